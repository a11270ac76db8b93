// The Firefox e2e harness: a real, headless Firefox driven over WebDriver BiDi by puppeteer-core,
// with dist/firefox installed as a temporary add-on, and platform pages served from the fixtures at
// their real URLs. Nothing reaches the network: every page's requests are intercepted (navigations
// get a fixture, anything else is refused), and the profile sends all other traffic to a dead proxy.
//
// Extension pages: Firefox's WebDriver BiDi refuses to navigate a tab to a moz-extension:// URL and
// cannot open the toolbar popup, but the extension opens its pages itself (the panel's links, the
// worker's popup fallback, the failed-load page). The tab it opens is reported as about:blank, yet can
// be scripted, and the real popup can be read from inside any extension page through
// extension.getViews() (tabOpenedBy; e2e/firefox/extension-pages.test.ts).
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import type { Lang } from '../../src/core/lang';
import { firefoxPath } from '../../tools/browsers/browsers.mjs';
import { distDir, fixture } from '../support';

export * from '../support';

const DIST = distDir('firefox');

export interface Firefox {
  browser: Browser;
  /** Serve e2e/fixtures/`fixtureName` (default platform.html) at `url` and open it in a new tab. */
  openPage(url: string, fixtureName?: string): Promise<Page>;
  /** Console errors and uncaught exceptions from pages (content script included) and from the add-on's own pages. */
  errors: string[];
  /** Every http(s) and ws(s) request a page made (all were answered locally or refused). */
  requests: string[];
  close(): Promise<void>;
}

const DEAD_PROXY = { host: '127.0.0.1', port: 9 };

export interface LaunchOptions {
  /** More profile preferences (e2e/firefox/unreachable.test.ts makes hosts fail with them). */
  prefs?: Record<string, string | number | boolean>;
  /** Hosts whose requests go to Firefox's network stack instead of the fixtures, to fail as the prefs say. */
  passThrough?: string[];
  /** Accept any certificate (e2e/firefox/hanging.test.ts serves platform hosts from local TLS servers). */
  acceptInsecureCerts?: boolean;
}

/** One Firefox for the test file, started before its tests and closed after them. */
export function useFirefox(lang: Lang, options: LaunchOptions = {}): () => Firefox {
  let firefox: Firefox | undefined;
  beforeAll(async () => {
    firefox = await launchFirefox(lang, options);
  });
  afterAll(async () => {
    await firefox?.close();
  });
  return () => {
    if (!firefox) throw new Error('Firefox has not started');
    return firefox;
  };
}

const withoutFragment = (url: string) => url.replace(/#.*/, '');

async function launchFirefox(
  lang: Lang,
  { prefs = {}, passThrough = [], acceptInsecureCerts = false }: LaunchOptions = {},
): Promise<Firefox> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    acceptInsecureCerts,
    executablePath: firefoxPath(),
    headless: true,
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: {
      // The UI language: Firefox picks the add-on's _locales from it. Needs Firefox's Russian
      // language pack (Debian: firefox-esr-l10n-ru) to take effect; the Russian test checks it did.
      'intl.locale.requested': lang === 'ru' ? 'ru' : 'en-US',
      'intl.accept_languages': lang === 'ru' ? 'ru-RU, ru' : 'en-US, en',
      // Belt and braces against the network: whatever escapes the per-page interception goes to a
      // proxy that is not there, and Firefox's own background services are off.
      'network.proxy.type': 1,
      'network.proxy.http': DEAD_PROXY.host,
      'network.proxy.http_port': DEAD_PROXY.port,
      'network.proxy.ssl': DEAD_PROXY.host,
      'network.proxy.ssl_port': DEAD_PROXY.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'toolkit.telemetry.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.region.network.url': '',
      'browser.search.geoip.url': '',
      'extensions.getAddons.showPane': false,
      'extensions.blocklist.enabled': false,
      // Console output of web and add-on contexts (the add-on's background page too) goes to stdout,
      // where it is read below: no other channel reports errors from the add-on's own pages. Firefox's
      // own (chrome) console stays out of it: it has noise of its own.
      'devtools.console.stdout.content': true,
      // Some of Firefox's own modules log to stdout all the same: Nimbus (experiments) logs
      // "console.error: RSLoader: ..." when it cannot reach Remote Settings, as here. Silence them.
      'messaging-system.log': 'off',
      ...prefs,
    },
  });
  const errors: string[] = [];
  const requests: string[] = [];
  const proc = browser.process();
  let pending = '';
  const readLog = (chunk: Buffer) => {
    const lines = (pending + chunk.toString('utf8')).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      // Uncaught errors from any of the add-on's contexts name its moz-extension:// file; console.error
      // lines come from content contexts only (no fixture page logs an error of its own).
      if (/^(JavaScript error: moz-extension:\/\/|console\.error: )/.test(line)) errors.push(`stdout: ${line}`);
    }
  };
  proc?.stdout?.on('data', readLog);
  proc?.stderr?.on('data', readLog);

  await browser.installExtension(DIST);

  return {
    browser,
    errors,
    requests,
    async openPage(url, fixtureName = 'platform.html') {
      const tab = await browser.newPage();
      tab.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${tab.url()}: ${message.text()}`);
      });
      tab.on('pageerror', (error) => errors.push(`${tab.url()}: ${error}`));
      await tab.setRequestInterception(true);
      tab.on('request', (request) => {
        const target = request.url();
        if (!/^(https?|wss?):/.test(target)) return void request.continue();
        requests.push(target);
        if (passThrough.includes(new URL(target).hostname)) return void request.continue();
        // The tab's own address gets the fixture asked for (whatever its #fragment, which Firefox
        // reports with the request); any other page it navigates to, the generic one.
        if (request.isNavigationRequest())
          void request.respond({
            status: 200,
            contentType: 'text/html; charset=utf-8',
            body: fixture(withoutFragment(target) === withoutFragment(url) ? fixtureName : 'platform.html'),
          });
        else void request.abort('blockedbyclient');
      });
      await tab.goto(url, { waitUntil: 'domcontentloaded' });
      return tab;
    },
    close: () => browser.close(),
  };
}

/** The panel hosts on the page: what the contract promises, read from the page. */
export function panelHosts(page: Page): Promise<{ id: string | null; status: string | null }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-restriction-context]')].map((el) => ({
      id: el.getAttribute('data-restriction-context'),
      status: el.getAttribute('data-status'),
    })),
  );
}

/** Waits until the page holds `count` panel hosts (the contract allows the panel 3 s). */
export async function waitForPanels(page: Page, count: number, timeout = 5000): Promise<void> {
  await page.waitForFunction((n) => document.querySelectorAll('[data-restriction-context]').length === n, { timeout, polling: 50 }, count);
}

/**
 * The button inside the panel's open shadow root whose accessible name is `name` (its aria-label,
 * else its text), or the chip (`aria-expanded="false"`) when `name` is omitted.
 */
export async function panelButton(page: Page, name?: string) {
  const handle = await page.waitForFunction(
    (wanted) => {
      const root = document.querySelector('[data-restriction-context]')?.shadowRoot;
      const buttons = [...(root?.querySelectorAll('button') ?? [])];
      return (
        buttons.find((b) =>
          wanted === null
            ? b.getAttribute('aria-expanded') === 'false'
            : (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === wanted,
        ) ?? null
      );
    },
    { timeout: 5000, polling: 50 },
    name ?? null,
  );
  return handle.asElement() as import('puppeteer-core').ElementHandle<HTMLButtonElement>;
}

/** Opens the panel from its chip and waits for its dated history. */
export async function expandPanel(page: Page): Promise<void> {
  await (await panelButton(page)).click();
  await page.waitForFunction(
    () => (document.querySelector('[data-restriction-context]')?.shadowRoot?.querySelectorAll('li.event').length ?? 0) > 0,
    { timeout: 5000, polling: 50 },
  );
}

/** What the panel's shadow root holds: its region's name, its text, and the history entries shown. */
export function panelContent(page: Page): Promise<{ region: string | null; text: string; events: number }> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-restriction-context]')?.shadowRoot;
    return {
      region: root?.querySelector('[role="region"], section[aria-label]')?.getAttribute('aria-label') ?? null,
      text: root?.textContent ?? '',
      events: root?.querySelectorAll('li.event').length ?? 0,
    };
  });
}

/**
 * The tab the extension opens in answer to `action` (a real click in the panel, say). Firefox's
 * WebDriver BiDi will not navigate a tab to moz-extension://, and reports the tab the extension
 * opens as about:blank, but scripts it: its real address is read from inside it.
 */
export async function tabOpenedBy(browser: Browser, action: () => Promise<unknown>, timeout = 5000): Promise<Page> {
  const before = new Set(browser.targets());
  const opened = browser.waitForTarget((t) => t.type() === 'page' && !before.has(t), { timeout });
  await action();
  const page = (await (await opened).page()) as Page;
  await page.waitForFunction(() => location.protocol === 'moz-extension:' && document.readyState === 'complete', { timeout, polling: 50 });
  return page;
}

/** Page targets (tabs) the browser has now; the extension's own tabs are among them. */
export const tabCount = (browser: Browser) => browser.targets().filter((t) => t.type() === 'page').length;

/**
 * `.click()` from the page's own script (an untrusted event) on the panel's control whose accessible
 * name starts with `name`, `times` times; returns how many clicks it made (0: no such control).
 */
export function scriptClick(page: Page, name: string, times = 1): Promise<number> {
  return page.evaluate(
    (name, times) => {
      const root = document.querySelector('html > [data-restriction-context]')?.shadowRoot;
      const control = [...(root?.querySelectorAll('button, a') ?? [])].find((el) =>
        (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().startsWith(name),
      ) as HTMLElement | undefined;
      if (!control) return 0;
      for (let i = 0; i < times; i++) control.click();
      return times;
    },
    name,
    times,
  );
}

/** The panel's control (button or link) whose accessible name starts with `name`, for a real click. */
export async function panelControl(page: Page, name: string) {
  const handle = await page.waitForFunction(
    (wanted) => {
      const root = document.querySelector('html > [data-restriction-context]')?.shadowRoot;
      return (
        [...(root?.querySelectorAll('button, a') ?? [])].find((el) =>
          (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().startsWith(wanted),
        ) ?? null
      );
    },
    { timeout: 5000, polling: 50 },
    name,
  );
  return handle.asElement() as import('puppeteer-core').ElementHandle<HTMLElement>;
}
