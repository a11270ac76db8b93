// The e2e harness every spec uses: a real Chromium with the built extension loaded, platform pages
// served from fixtures at their real URLs (nothing reaches the network), and the real toolbar popup.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Browser, type BrowserContext, test as base, chromium, type Page, type Worker } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from './browsers.mjs';

export const ROOT = resolve(import.meta.dirname, '..');
export const DIST = resolve(ROOT, 'dist/chrome');
export const fixture = (name: string) => readFileSync(resolve(ROOT, 'e2e/fixtures', name), 'utf8');

/** The published dataset, as the contract promises it. */
export const dataset = JSON.parse(readFileSync(resolve(ROOT, 'dist/dataset.json'), 'utf8')) as import('../src/data/schema').Dataset;

export interface Served {
  body: string;
  headers?: Record<string, string>;
}

export interface Options {
  /** The browser's UI language. */
  lang: 'en' | 'ru';
}

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Serve `body` (default: e2e/fixtures/platform.html) at `url` and open it in a new tab. */
  openPage(url: string, served?: Served): Promise<Page>;
  /** Open the real toolbar popup with `tab` active, via `chrome.action.openPopup()`; it is found over CDP. */
  openPopup(tab: Page): Promise<Page>;
  /** Every request any page made, extension pages included. */
  requests: string[];
  /** Console errors and uncaught exceptions from every page and the extension's service worker. */
  consoleErrors: string[];
}

let nextPort = 9300 + Math.floor(Math.random() * 400) * 2;

export const test = base.extend<Fixtures & Options>({
  lang: ['en', { option: true }],

  context: async ({ lang, colorScheme }, use, testInfo) => {
    const port = nextPort + testInfo.workerIndex * 1000 + (testInfo.repeatEachIndex % 100);
    nextPort += 2;
    const context = await chromium.launchPersistentContext('', {
      executablePath: chromiumPath(),
      headless: true,
      locale: lang === 'ru' ? 'ru-RU' : 'en-US',
      colorScheme: colorScheme ?? 'light',
      viewport: { width: 1280, height: 800 },
      env: { ...process.env, LANGUAGE: lang, LANG: lang === 'ru' ? 'ru_RU.UTF-8' : 'en_US.UTF-8' },
      args: [
        `--disable-extensions-except=${DIST}`,
        `--load-extension=${DIST}`,
        `--lang=${lang}`,
        `--remote-debugging-port=${port}`,
        ...CHROMIUM_FLAGS,
      ],
    });
    (context as BrowserContext & { cdpPort?: number }).cdpPort = port;
    // Nothing leaves the machine: pages not served by a test get the generic fixture page,
    // anything else a page asks for from the web is refused.
    await context.route(/^(https?|wss?):\/\//, (route) =>
      route.request().isNavigationRequest()
        ? route.fulfill({ contentType: 'text/html', body: fixture('platform.html') })
        : route.abort('blockedbyclient'),
    );
    await use(context);
    await context.close();
  },

  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },

  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },

  requests: async ({ context }, use) => {
    const seen: string[] = [];
    context.on('request', (request) => seen.push(request.url()));
    await use(seen);
  },

  consoleErrors: async ({ context }, use) => {
    const errors: string[] = [];
    // The context's console covers its pages and the extension's service worker.
    context.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${message.location().url || message.page()?.url()}: ${message.text()}`);
    });
    context.on('weberror', (error) => errors.push(`${error.page()?.url() ?? 'worker'}: ${error.error().message}`));
    await use(errors);
  },

  openPage: async ({ context }, use) => {
    await use(async (url, served) => {
      const page = await context.newPage();
      if (served) {
        await page.route(url, (route) => route.fulfill({ contentType: 'text/html', headers: served.headers, body: served.body }));
      }
      await page.goto(url);
      return page;
    });
  },

  openPopup: async ({ context, serviceWorker }, use) => {
    const connections: Browser[] = [];
    await use(async (tab) => {
      await tab.bringToFront();
      const port = (context as BrowserContext & { cdpPort?: number }).cdpPort;
      await serviceWorker.evaluate(() =>
        (globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }).chrome.action.openPopup(),
      );
      // A CDP connection lists the pages that existed when it attached, so look with a fresh one.
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
        const popup = cdp
          .contexts()
          .flatMap((c) => c.pages())
          .find((p) => p.url().includes('/src/popup/index.html'));
        if (popup) {
          connections.push(cdp);
          await popup.waitForLoadState('domcontentloaded');
          return popup;
        }
        await cdp.close();
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('The toolbar popup did not open within 10 s');
    });
    for (const cdp of connections) await cdp.close().catch(() => {});
  },
});

export const expect = test.expect;

/** The panel host element the contract promises on platform pages. */
export const panelHost = (page: Page) => page.locator('[data-restriction-context]');
