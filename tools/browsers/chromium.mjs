// The one place that starts Chromium with a built extension, for the e2e harness (e2e/harness.ts)
// and the bench (bench/): headless, quiet, in the reader's language, and sealed off from the
// network (a navigation gets a fixture page, any other web request is refused). Plain JS so that
// `node bench/run.mjs` can use it as it is.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from './browsers.mjs';

const PLATFORM_PAGE = readFileSync(new URL('../../e2e/fixtures/platform.html', import.meta.url), 'utf8');

/**
 * A persistent Chromium context with `extension` (a built extension's folder) loaded, or none, in a
 * fresh profile that `close()` deletes. `contextOptions` go to Playwright (a phone's viewport and user
 * agent, forced colours); `preferences` are written into the profile before start (a default font size).
 * It listens for CDP on a port of its own choosing (`cdpPort`): the toolbar popup can only be
 * found over CDP, and a fixed port could reach another run's browser on a shared machine.
 */
export async function launchChromium({
  extension = null,
  lang = 'en',
  colorScheme = 'light',
  args = [],
  passThrough = [],
  backForwardCache = false,
  contextOptions = {},
  preferences = null,
} = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'rr-chromium-'));
  if (preferences) {
    mkdirSync(join(profile, 'Default'));
    writeFileSync(join(profile, 'Default/Preferences'), JSON.stringify(preferences));
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    locale: lang === 'ru' ? 'ru-RU' : 'en-US',
    colorScheme,
    viewport: { width: 1280, height: 800 },
    // Playwright turns the back/forward cache off; a test of what a cached page does turns it on.
    ignoreDefaultArgs: backForwardCache ? ['--disable-back-forward-cache'] : undefined,
    ...contextOptions,
    env: { ...process.env, LANGUAGE: lang, LANG: lang === 'ru' ? 'ru_RU.UTF-8' : 'en_US.UTF-8' },
    args: [
      ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
      '--remote-debugging-port=0',
      `--lang=${lang}`,
      ...CHROMIUM_FLAGS,
      ...args,
    ],
  });
  await context.route(/^(https?|wss?):\/\//, (route) => {
    // Hosts the caller makes fail for real (`args`: --host-resolver-rules) go to the network stack.
    if (passThrough.includes(new URL(route.request().url()).hostname)) return route.continue();
    return route.request().isNavigationRequest()
      ? route.fulfill({ contentType: 'text/html', body: PLATFORM_PAGE })
      : route.abort('blockedbyclient');
  });
  return {
    context,
    /** The profile's folder: a test may read the browser's own files (its History) once the context is closed. */
    profile,
    cdpPort: await devToolsPort(profile),
    // Once close() has returned the browser process has ended, so nothing writes to the profile any more.
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

/** The port Chromium chose: the first line of DevToolsActivePort in its profile, written at start-up. */
async function devToolsPort(profile) {
  for (let tries = 0; tries < 100; tries++) {
    try {
      const port = Number(readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0]);
      if (port) return port;
    } catch {}
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Chromium wrote no DevToolsActivePort in ${profile}`);
}

/** The extension's service worker, once its script has run and its listeners are registered. */
export async function extensionWorker(context) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // The worker is listed as soon as it starts, before its script has run: a load started then goes
  // unwatched (no webRequest event reaches it), so wait for its listeners and one round trip through
  // the browser after them. (The bench's reference extension has no webRequest.)
  await worker.evaluate(async () => {
    while (chrome.webRequest && !chrome.webRequest.onBeforeRequest.hasListeners()) await new Promise((r) => setTimeout(r, 10));
    await chrome.runtime.getPlatformInfo();
  });
  return worker;
}

/**
 * The open toolbar popup at `path` (inside the extension). A CDP connection lists only the pages
 * that existed when it attached, so each look is a fresh one; the caller closes `connection`.
 */
export async function findPopup(cdpPort, path, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const connection = await chromium.connectOverCDP(`http://127.0.0.1:${cdpPort}`);
    const page = connection
      .contexts()
      .flatMap((c) => c.pages())
      .find((p) => p.url().startsWith('chrome-extension://') && p.url().includes(`/${path}`));
    if (page) return { page, connection };
    await connection.close();
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`The toolbar popup (${path}) did not open within ${timeout / 1000} s`);
}
