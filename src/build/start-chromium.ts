// `npm start` in Chromium: a headed Chromium with dist/chrome loaded, through Playwright.
//
// Why not `web-ext run -t chromium`: on Debian's Chromium under xvfb-run it reported the browser
// started, but none stayed up. Playwright's persistent context starts the same binary with
// --load-extension (what the e2e tests do), hands us the extension's service worker (its id, and proof
// that the worker runs), lets us open the overview once the id is known, and reloads the extension
// after a rebuild. The browser closes with this process.
import { mkdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Worker } from '@playwright/test';
import { CHROMIUM_PREFERENCES, chromiumArgs, overviewUrl, PLATFORM_PAGE } from './start-plan';

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

/** Opens the overview in a tab of its own, and waits until it shows the platforms. */
async function openOverview(context: BrowserContext, worker: Worker, dist: string, tab = context.newPage()) {
  const page = await tab;
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  // The popup shows the platform of the active tab, so this tab is made active before it loads.
  await page.bringToFront();
  const { protocol, host } = new URL(worker.url());
  await page.goto(overviewUrl(`${protocol}//${host}/`, manifest));
  await page.locator('main *').first().waitFor();
}

export async function startChromium(executablePath: string, dist: string, profileDir: string, browserArgs: string[]): Promise<Session> {
  mkdirSync(join(profileDir, 'Default'));
  writeFileSync(join(profileDir, 'Default/Preferences'), JSON.stringify(CHROMIUM_PREFERENCES));
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
    const [first] = context.pages();
    const platform = await context.newPage();
    // Not awaited: without a network (or where it is blocked) this page does not load.
    platform.goto(PLATFORM_PAGE).catch(() => {});
    await openOverview(context, worker, dist, Promise.resolve(first ?? (await context.newPage())));
  } catch (error) {
    await context.close();
    throw error;
  }

  return {
    closed,
    async reload() {
      const next = context.waitForEvent('serviceworker', { timeout: WORKER_TIMEOUT });
      // The worker goes away mid-call, so the call itself may fail.
      await worker
        .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload())
        .catch(() => {});
      worker = await next;
      // Chromium closes an extension's tabs when it reloads: bring the overview back.
      await openOverview(context, worker, dist);
    },
    close: () => context.close(),
  };
}
