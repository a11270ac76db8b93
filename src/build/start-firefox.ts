// `npm start -- --firefox`: Firefox with dist/firefox as a temporary add-on, through `web-ext run`.
//
// web-ext is Mozilla's tool for exactly this: a fresh profile, the add-on installed over Firefox's
// remote debugging protocol, reloads on demand. What it cannot do is show the start pages: its start
// URLs load before the add-on is installed, and the add-on's moz-extension:// host is random per
// install. So Firefox starts on two blank tabs, and once the add-on is in, `npm start` asks Firefox
// over web-ext's own connection where the add-on lives and points the tabs at the pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import webExt, { type RdpClient } from 'web-ext';
import { consoleStream } from 'web-ext/util/logger';
import type { Session } from './start-chromium';
import { overviewUrl, PLATFORM_PAGE } from './start-plan';

interface Tab {
  actor: string;
  url: string;
}

/**
 * Asks the root actor, and returns `field` of its answer. Its notices (addonListChanged after a
 * listAddons, …) come from the same actor, and web-ext's client can take one for the answer to a
 * pending request: ask again until the answer holds the field.
 */
async function ask<T>(client: RdpClient, type: 'listTabs' | 'listAddons', field: 'tabs' | 'addons'): Promise<T> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const reply = await client.request(type);
    if (reply[field] !== undefined) return reply[field] as T;
  }
  throw new Error(`Firefox did not answer ${type}.`);
}

/**
 * Loads `url` in a tab. A tab descriptor's navigateTo loads with the browser's own rights, so an
 * extension page is allowed (web content could not open one).
 */
function navigate(client: RdpClient, tab: Tab, url: string, waitForLoad = false) {
  return client.request({ to: tab.actor, type: 'navigateTo', url, waitForLoad });
}

export async function startFirefox(firefox: string, dist: string, profileDir: string, browserArgs: string[]): Promise<Session> {
  const addonId: string = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
  // web-ext's progress lines would bury the one line `npm start` prints: kept back, shown if it fails.
  consoleStream.startCapturing();
  const runner = await webExt.cmd
    .run(
      {
        sourceDir: dist,
        firefox,
        firefoxProfile: profileDir,
        keepProfileChanges: true,
        noInput: true,
        // Reloaded by `npm start` once a rebuild is complete, not on each file the build writes.
        noReload: true,
        startUrl: ['about:blank', 'about:blank'],
        args: browserArgs,
      },
      { shouldExitProgram: false },
    )
    .catch((error) => {
      consoleStream.flushCapturedLogs();
      throw error;
    });
  const closed = new Promise<void>((resolve) => runner.registerCleanup(resolve));
  const client = runner.extensionRunners[0]?.remoteFirefox?.client;
  if (!client) {
    await runner.exit();
    throw new Error('web-ext no longer exposes its connection to Firefox, through which the pages are opened.');
  }
  /** The add-on as Firefox has it installed: its actor, and its moz-extension:// base. */
  const addon = async () => {
    const addons = await ask<{ id: string; actor: string; manifestURL: string }[]>(client, 'listAddons', 'addons');
    const found = addons.find((a) => a.id === addonId);
    if (!found) throw new Error('Firefox does not list the add-on as installed.');
    return { actor: found.actor, base: new URL('/', found.manifestURL).href };
  };

  try {
    const [overviewTab, platformTab] = await ask<Tab[]>(client, 'listTabs', 'tabs');
    await navigate(client, platformTab, PLATFORM_PAGE);
    await navigate(client, overviewTab, overviewUrl((await addon()).base), true);
  } catch (error) {
    await runner.exit();
    throw error;
  }

  return {
    closed,
    async reload() {
      // Firefox closes the add-on's tabs when it reloads, and itself with them when they are all it
      // has: blank them first, and bring each back, as it was, once the add-on is in again.
      const { actor, base } = await addon();
      const ours = (await ask<Tab[]>(client, 'listTabs', 'tabs')).filter((tab) => tab.url.startsWith(base));
      for (const tab of ours) await navigate(client, tab, 'about:blank', true);
      // What web-ext's own reload sends, without the status line it writes over the terminal's last line.
      await client.request({ to: actor, type: 'reload' });
      for (const tab of ours) await navigate(client, tab, tab.url);
    },
    close: () => runner.exit(),
  };
}
