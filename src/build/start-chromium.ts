// `npm start` in Chromium: a headed Chromium with dist/chrome loaded, through Playwright.
//
// Why not `web-ext run -t chromium`: on Debian's Chromium under xvfb-run it reported the browser
// started, but none stayed up. Playwright's persistent context starts the same binary with
// --load-extension (what the e2e tests do), hands us the extension's service worker (its id, and proof
// that the worker runs), lets us open the overview once the id is known, and reloads the extension
// after a rebuild. The browser closes with this process.
import { mkdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Worker } from '@playwright/test';
import { chromiumArgs, chromiumPreferences, overviewUrl, PLATFORM_PAGE } from './start-plan';

export interface Session {
  /** Resolves when the browser has gone, closed by the reader or by `close()`. */
  closed: Promise<void>;
  /** Reloads the extension from its rebuilt files. */
  reload(): Promise<void>;
  close(): Promise<void>;
}

const WORKER_TIMEOUT = 30_000;

/**
 * The browser's process id, from the lock Chromium keeps in its profile (a symlink to
 * `<host>-<pid>`). Playwright does not expose the process of a persistent context.
 */
function browserPid(profileDir: string): number | undefined {
  try {
    return Number(readlinkSync(join(profileDir, 'SingletonLock')).split('-').pop()) || undefined;
  } catch {
    return undefined;
  }
}

/** Resolves once the process has ended: the connection closes first, and Chromium goes on writing to its profile for a while. */
async function ended(pid: number | undefined): Promise<void> {
  const alive = () => {
    try {
      return pid !== undefined && process.kill(pid, 0);
    } catch {
      return false;
    }
  };
  for (let wait = 0; wait < 300 && alive(); wait++) await new Promise((resolve) => setTimeout(resolve, 100));
}

async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const running = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return running ?? context.waitForEvent('serviceworker', { timeout: WORKER_TIMEOUT });
}

/** The extension's base URL, chrome-extension://<id>/, from its worker's. */
const baseOf = (worker: Worker) => `chrome-extension://${new URL(worker.url()).host}/`;

export async function startChromium(executablePath: string, dist: string, profileDir: string, browserArgs: string[]): Promise<Session> {
  mkdirSync(join(profileDir, 'Default'));
  writeFileSync(join(profileDir, 'Default/Preferences'), JSON.stringify(chromiumPreferences(dist)));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: false,
    viewport: null,
    // Ctrl+C is handled by `npm start`, which closes the browser and removes the profile.
    handleSIGINT: false,
    handleSIGTERM: false,
    // No "controlled by automated test software" bar: this is the reader's browser for a while.
    ignoreDefaultArgs: ['--enable-automation'],
    args: chromiumArgs(dist, process.getuid?.(), browserArgs),
  });
  const pid = browserPid(profileDir);
  const closed = new Promise<void>((resolve) => context.on('close', () => resolve())).then(() => ended(pid));
  let worker: Worker;
  try {
    worker = await extensionWorker(context);
    const overview = context.pages()[0] ?? (await context.newPage());
    const platform = await context.newPage();
    // Not awaited: without a network (or where it is blocked) this page does not load.
    platform.goto(PLATFORM_PAGE).catch(() => {});
    // The popup shows the platform of the active tab, so this tab is made active before it loads.
    await overview.bringToFront();
    await overview.goto(overviewUrl(baseOf(worker)));
    await overview.locator('main *').first().waitFor();
  } catch (error) {
    await context.close();
    throw error;
  }

  return {
    closed,
    async reload() {
      // Chromium closes the extension's tabs when it reloads (and quits with them when they are all
      // it has): blank them first, and bring each back, as it was, once the new worker runs.
      const base = baseOf(worker);
      const ours = context
        .pages()
        .map((page) => ({ page, url: page.url() }))
        .filter(({ url }) => url.startsWith(base));
      for (const { page } of ours) await page.goto('about:blank');
      const next = context.waitForEvent('serviceworker', { timeout: WORKER_TIMEOUT });
      // The worker goes away mid-call, so the call itself may fail.
      await worker
        .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload())
        .catch(() => {});
      worker = await next;
      for (const { page, url } of ours) if (!page.isClosed()) page.goto(url).catch(() => {});
    },
    close: () => context.close(),
  };
}
