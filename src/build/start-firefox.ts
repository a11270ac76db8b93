// `npm start -- --firefox`: Firefox with dist/firefox as a temporary add-on, through `web-ext run`.
//
// web-ext is Mozilla's tool for exactly this: a fresh profile, the add-on installed over Firefox's
// remote debugging protocol, reloads on demand. One thing it cannot do alone is open an extension
// page: its start URLs open before the add-on is installed, and the add-on's moz-extension:// host is
// random per install. So once it is installed, we ask Firefox over web-ext's own connection where the
// add-on lives and point the first tab at the overview.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import webExt from 'web-ext';
import { consoleStream } from 'web-ext/util/logger';
import type { Session } from './start-chromium';
import { overviewUrl, PLATFORM_PAGE } from './start-plan';

interface Tab {
  actor: string;
  url: string;
}

export async function startFirefox(firefox: string, dist: string, profileDir: string, browserArgs: string[]): Promise<Session> {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
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
        // The first tab becomes the overview once the add-on is installed.
        startUrl: ['about:blank', PLATFORM_PAGE],
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

  /** Points the tab showing `from` (about:blank at start, the overview after a reload) at the overview. */
  async function showOverview(from: (url: string) => boolean): Promise<void> {
    const { addons } = (await client!.request('listAddons')) as { addons: { id: string; manifestURL: string }[] };
    const addon = addons.find((a) => a.id === manifest.browser_specific_settings.gecko.id);
    if (!addon) throw new Error('Firefox does not list the add-on as installed.');
    const overview = overviewUrl(addon.manifestURL, manifest);
    const { tabs } = (await client!.request('listTabs')) as { tabs: Tab[] };
    const tab = tabs.find((t) => from(t.url) || t.url === overview);
    // A tab descriptor's navigateTo loads with the browser's own rights, so an extension page is allowed.
    if (tab) await client!.request({ to: tab.actor, type: 'navigateTo', url: overview, waitForLoad: true });
  }
  try {
    if (!client) throw new Error('web-ext no longer exposes its connection to Firefox, through which the overview is opened.');
    await showOverview((url) => url === 'about:blank');
  } catch (error) {
    await runner.exit();
    throw error;
  }

  return {
    closed,
    async reload() {
      await runner.reloadAllExtensions();
      await showOverview((url) => url.startsWith('moz-extension://'));
    },
    close: () => runner.exit(),
  };
}
