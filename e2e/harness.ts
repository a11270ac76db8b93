// The Playwright suite's harness: each test gets a real Chromium with the built extension loaded
// (tools/browsers/chromium.mjs), platform pages served from fixtures at their real URLs (nothing reaches the
// network), and the real toolbar popup. Specs import everything from here; what the Firefox suite
// shares with this one (paths, dataset, labels, lookalikes) lives in e2e/support.ts.
import { type Browser, type BrowserContext, test as base, expect as baseExpect, type Page, type Worker } from '@playwright/test';
import type { Browser as ExtensionApi } from 'webextension-polyfill';
import type { Lang } from '../src/core/lang';
import { extensionWorker, findPopup, type Launched, launchChromium } from '../tools/browsers/chromium.mjs';
import { distDir, POPUP_PAGE } from './support';

export * from './support';

export const DIST = distDir('chrome');

export interface Served {
  body: string;
  headers?: Record<string, string>;
}

export interface Options {
  /** The browser's UI language. */
  lang: Lang;
  /** More Chromium switches: `--host-resolver-rules` makes hosts fail for real, with no network. */
  browserArgs: string[];
  /** Hosts left to the browser's network stack instead of the fixtures, to fail as the rules say. */
  unroutedHosts: string[];
  /** Keep Chromium's back/forward cache on (Playwright turns it off by default). */
  backForwardCache: boolean;
  /** A 360x740 phone (Firefox for Android's user agent, touch, DPR 2) instead of a 1280x800 desktop. */
  phone: boolean;
  /** The phone's width in px, where not 360 (320: small Android phones, split screen). */
  phoneWidth: number;
  /** The browser's default font size in px (Chromium's "Font size" setting), where not its 16. */
  defaultFontSize: number | null;
}

const PHONE = {
  viewport: { width: 360, height: 740 },
  userAgent: 'Mozilla/5.0 (Android 14; Mobile; rv:140.0) Gecko/140.0 Firefox/140.0',
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
};

interface Fixtures {
  context: BrowserContext;
  /** Where this test's browser listens for CDP. */
  cdpPort: number;
  extensionId: string;
  serviceWorker: Worker;
  /** Serve `body` (default: e2e/fixtures/platform.html) at `url` and open it in a new tab. */
  openPage(url: string, served?: Served): Promise<Page>;
  /** Open one of the extension's own pages (its path in the build: SOURCES_PAGE, sourcesPath(), popupPath()) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Open the real toolbar popup with `tab` active, via `chrome.action.openPopup()`; it is found over CDP. */
  openPopup(tab: Page): Promise<Page>;
  /** Console errors and uncaught exceptions from every page and the extension's service worker. */
  consoleErrors: string[];
}

export const test = base.extend<Fixtures & Options & { launched: Launched }>({
  lang: ['en', { option: true }],
  browserArgs: [[], { option: true }],
  unroutedHosts: [[], { option: true }],
  backForwardCache: [false, { option: true }],
  phone: [false, { option: true }],
  phoneWidth: [360, { option: true }],
  defaultFontSize: [null, { option: true }],

  launched: async (
    { lang, colorScheme, forcedColors, browserArgs, unroutedHosts, backForwardCache, phone, phoneWidth, defaultFontSize },
    use,
  ) => {
    const launched = await launchChromium({
      extension: DIST,
      lang,
      colorScheme: colorScheme ?? 'light',
      args: browserArgs,
      passThrough: unroutedHosts,
      backForwardCache,
      contextOptions: {
        forcedColors: forcedColors ?? 'none',
        ...(phone ? { ...PHONE, viewport: { ...PHONE.viewport, width: phoneWidth } } : {}),
      },
      // A reader's font size is a profile preference, written before the browser starts.
      preferences: defaultFontSize ? { webkit: { webprefs: { default_font_size: defaultFontSize } } } : null,
    });
    await use(launched);
    await launched.close();
  },

  // Handed over once the extension is ready: a load started before its worker listens goes unwatched.
  context: async ({ launched }, use) => {
    await extensionWorker(launched.context);
    await use(launched.context);
  },

  cdpPort: async ({ launched }, use) => use(launched.cdpPort),

  serviceWorker: async ({ context }, use) => use(await extensionWorker(context)),

  extensionId: async ({ serviceWorker }, use) => use(new URL(serviceWorker.url()).host),

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

  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
  },

  openPopup: async ({ cdpPort, serviceWorker }, use) => {
    const connections: Browser[] = [];
    await use(async (tab) => {
      await tab.bringToFront();
      await inWorker(serviceWorker, (chrome) => chrome.action.openPopup());
      const { page, connection } = await findPopup(cdpPort, POPUP_PAGE);
      connections.push(connection);
      await page.waitForLoadState('domcontentloaded');
      return page;
    });
    for (const cdp of connections) await cdp.close().catch(() => {});
  },
});

export const expect = baseExpect;

/**
 * Runs `fn` in the extension's service worker with its `chrome` API, typed as the polyfill's
 * promise-based API (Chrome's MV3 calls used here return promises too). `fn` is sent as source:
 * it can use only its parameters, and `arg` must be JSON.
 */
export function inWorker<R, A = undefined>(worker: Worker, fn: (chrome: ExtensionApi, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
  return worker.evaluate(`(${fn.toString()})(globalThis.chrome, ${JSON.stringify(arg) ?? 'undefined'})`) as Promise<R>;
}

/** The panel host element the contract promises on platform pages. */
export const panelHost = (page: Page) => page.locator('[data-restriction-context]');

/** The panel's region, by its accessible name. */
export const region = (page: Page, name: string | RegExp = /in Russia/) => page.getByRole('region', { name });

/** A panel a reader can actually read: on screen, real size text, visible colours. */
export async function expectReadable(page: Page) {
  const chip = region(page).getByRole('button', { expanded: false });
  await expect(chip).toBeVisible();
  const style = await chip.evaluate((el) => {
    const s = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return { fontSize: s.fontSize, color: s.color, width: box.width, height: box.height, left: box.left, bottom: innerHeight - box.bottom };
  });
  expect(style.fontSize).toBe('14px');
  expect(style.color).not.toBe('rgba(0, 0, 0, 0)');
  expect(style.width).toBeGreaterThan(80);
  expect(style.height).toBeGreaterThanOrEqual(24);
  expect(style.left).toBeGreaterThanOrEqual(0);
  expect(style.bottom).toBeGreaterThanOrEqual(0);
}
