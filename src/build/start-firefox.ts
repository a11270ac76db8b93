// `npm start -- --firefox`: Firefox with dist/firefox as a temporary add-on, through `web-ext run`.
//
// web-ext is Mozilla's tool for exactly this: a fresh profile, the add-on installed over Firefox's
// remote debugging protocol, reloads on demand. One thing it cannot do is open an extension page: its
// start URLs open before the add-on is installed, the add-on's moz-extension:// host is random per
// install, and a reload closes the add-on's tabs. So once the add-on is in, `npm start` asks Firefox
// over web-ext's own connection where the add-on lives, and opens the overview in a tab itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import webExt, { type RdpClient } from 'web-ext';
import { consoleStream } from 'web-ext/util/logger';
import type { Session } from './start-chromium';
import { overviewUrl, PLATFORM_PAGE } from './start-plan';

interface FirefoxManifest {
  action?: { default_popup?: string };
  browser_specific_settings: { gecko: { id: string } };
}

/** The add-on as this Firefox has it installed: its actor, and its manifest URL (moz-extension://<uuid>/manifest.json). */
async function installed(client: RdpClient, manifest: FirefoxManifest): Promise<{ actor: string; manifestURL: string }> {
  const { addons } = (await client.request('listAddons')) as { addons: { id: string; actor: string; manifestURL: string }[] };
  const addon = addons.find((a) => a.id === manifest.browser_specific_settings.gecko.id);
  if (!addon) throw new Error('Firefox does not list the add-on as installed.');
  return addon;
}

/**
 * Opens `url` in a new, selected tab. Web content may not open an extension page, so this runs in
 * Firefox's own (parent) process, with the browser's rights, as the Browser Console would; web-ext's
 * profile allows it (devtools.chrome.enabled), and the profile is thrown away afterwards.
 */
async function openTab(client: RdpClient, url: string): Promise<void> {
  const { processDescriptor } = (await client.request({ to: 'root', type: 'getProcess', id: 0 })) as {
    processDescriptor: { actor: string };
  };
  const { process } = (await client.request({ to: processDescriptor.actor, type: 'getTarget' })) as { process: { consoleActor: string } };
  const text = `{ const w = Services.wm.getMostRecentWindow('navigator:browser');
    w.gBrowser.selectedTab = w.gBrowser.addTab(${JSON.stringify(url)}, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() }); }`;
  await client.request({ to: process.consoleActor, type: 'evaluateJSAsync', text });
  // The evaluation answers later, on its own; the tab list says whether it worked.
  for (let wait = 0; wait < 50; wait++) {
    const { tabs } = (await client.request('listTabs')) as { tabs: { url: string }[] };
    if (tabs.some((tab) => tab.url === url)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Firefox did not open ${url}.`);
}

export async function startFirefox(firefox: string, dist: string, profileDir: string, browserArgs: string[]): Promise<Session> {
  const manifest: FirefoxManifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
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
        startUrl: PLATFORM_PAGE,
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
    throw new Error('web-ext no longer exposes its connection to Firefox, through which the overview is opened.');
  }
  const showOverview = async () => openTab(client, overviewUrl((await installed(client, manifest)).manifestURL, manifest));
  try {
    await showOverview();
  } catch (error) {
    await runner.exit();
    throw error;
  }

  return {
    closed,
    async reload() {
      // What web-ext's own reload sends, without the status line it writes over the terminal's last line.
      await client.request({ to: (await installed(client, manifest)).actor, type: 'reload' });
      await showOverview();
    },
    close: () => runner.exit(),
  };
}
