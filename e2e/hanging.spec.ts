// Pages that hang (docs/hanging.md, "Pages that hang"): a platform's page that stalls after its first 15 KB
// gets the panel while it is still loading; a load that gets no answer at all is followed by the
// context saying the platform did not answer; a slow page that does complete is never taken over.
// Local servers stand in for the platforms (e2e/hanging-servers.ts); how fast is `npm run bench`'s.
import type { Page } from '@playwright/test';
import { ARRIVED, type HangingServers, SLOW_MS, startHangingServers } from './hanging-servers';
import { expect, message, panelHost, platformById, test } from './harness';
import { pageShown } from './unreachable-support';

const STALLED = 'https://web.whatsapp.com/';
const SILENT = 'https://t.me/durov';
const SLOW = 'https://www.youtube.com/watch?v=abc';

const hanging = test.extend<{ servers: HangingServers; requests: string[]; tab: Page }>({
  /** A new tab (the context comes once the extension's worker listens). */
  tab: async ({ context }, use) => use(await context.newPage()),
  /** Every request the browser made, in order. */
  requests: async ({ context }, use) => {
    const seen: string[] = [];
    context.on('request', (request) => seen.push(request.url()));
    await use(seen);
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
  servers: async ({}, use) => {
    const servers = await startHangingServers();
    await use(servers);
    await servers.close();
  },
  browserArgs: async ({ servers: { ports } }, use) => {
    const rules = [
      `MAP web.whatsapp.com 127.0.0.1:${ports.stalled}`,
      `MAP t.me 127.0.0.1:${ports.silent}`,
      `MAP m.youtube.com 127.0.0.1:${ports.silent}`,
      `MAP www.youtube.com 127.0.0.1:${ports.slow}`,
    ];
    await use([`--host-resolver-rules=${rules.join(', ')}`, '--ignore-certificate-errors']);
  },
  // biome-ignore lint/correctness/noEmptyPattern: as above
  unroutedHosts: async ({}, use) => use(['web.whatsapp.com', 't.me', 'm.youtube.com', 'www.youtube.com']),
});

/** Starts loading `url` in a new tab and returns as soon as the browser has committed it (the first bytes are in). */
async function startLoading(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'commit' });
}

/** Milliseconds from the response's first bytes to now, on the page's clock. */
const sinceFirstBytes = (page: Page) =>
  page.evaluate(() => performance.now() - (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseStart);

hanging('a page that stalls after its first 15 KB gets the panel while it is still loading', async ({ tab: page }) => {
  await startLoading(page, STALLED);
  await expect(page.getByRole('heading', { name: ARRIVED })).toBeVisible();
  // Never DOMContentLoaded: the panel comes all the same (the contract: within 3 s of the first bytes).
  await expect(panelHost(page)).toHaveCount(1, { timeout: 10_000 });
  test
    .info()
    .annotations.push({ type: 'first bytes to panel (upper bound)', description: `${(await sinceFirstBytes(page)).toFixed(0)} ms` });
  expect(await page.evaluate(() => document.readyState)).toBe('loading');
  await expect(panelHost(page)).toHaveAttribute('data-restriction-context', 'whatsapp');
  await expect(page.getByRole('region', { name: /WhatsApp/ }).getByRole('button', { expanded: false })).toBeVisible();
  // It is the panel, not a page in its place: the tab still shows what arrived.
  expect(page.url()).toBe(STALLED);
});

hanging(
  'a platform that does not answer at all gets its context in the tab, with Keep waiting and Try again',
  async ({ tab: page, requests }) => {
    const started = Date.now();
    void page.goto(SILENT).catch(() => {
      // The load is replaced by the extension's page.
    });
    // The contract: within 10 s of the load's start (8 s of silence, then the page). Longer here would let
    // the browser's own time-out (30 s) bring the failed-load page, which says something else.
    await pageShown(page, 14_000);
    test.info().annotations.push({ type: 'start to page', description: `${Date.now() - started} ms` });
    const { name } = platformById('telegram');
    await expect(page.locator('[data-restriction-context="telegram"]')).toContainText(name);
    await expect(page.getByText(message('failure_no_answer').replace('$HOST$', 't.me'))).toBeVisible();
    await expect(page.locator(`a[href="${SILENT}"]`)).toHaveText('Try again');
    // Keep waiting: back to the load (this page stays in view meanwhile), and this time nothing takes
    // its place after 8 s: the tab waits for as long as the browser does. (Read from the requests the
    // browser makes: while a load is pending, calls into the page wait for it.)
    const made = requests.length;
    await page.getByRole('button', { name: 'Keep waiting' }).click({ noWaitAfter: true });
    await expect.poll(() => requests.slice(made)).toEqual([SILENT]);
    await page.waitForTimeout(10_000);
    expect(requests.slice(made)).toEqual([SILENT]);
  },
);

hanging('a slow page that completes is never taken over, and has one panel', async ({ tab: page }) => {
  hanging.setTimeout(SLOW_MS + 30_000);
  await startLoading(page, SLOW);
  // The panel while the page is still coming in.
  await expect(panelHost(page)).toHaveCount(1, { timeout: 10_000 });
  expect(await page.evaluate(() => document.readyState)).toBe('loading');
  // Past the 8 s a load without an answer gets: this one had its headers at once.
  await page.waitForTimeout(10_000);
  expect(page.url()).toBe(SLOW);
  await page.waitForLoadState('load', { timeout: SLOW_MS });
  await expect(page.getByRole('button', { name: 'Send' })).toBeAttached();
  expect(page.url()).toBe(SLOW);
  // DOMContentLoaded came at last: still the one panel.
  await page.waitForTimeout(500);
  await expect(panelHost(page)).toHaveCount(1);
});

hanging('a speculative load that gets no answer leaves the reader where they are', async ({ tab: page, serviceWorker }) => {
  // The reader reads a page whose markup asks Chromium to prefetch one platform URL and prerender
  // another; neither answers. Chromium reports both as main-frame loads in the reader's tab.
  const article = 'https://music.youtube.com/article';
  const [prefetched, prerendered] = ['https://m.youtube.com/watch?v=1', 'https://m.youtube.com/watch?v=2'];
  const rules = { prefetch: [{ source: 'list', urls: [prefetched] }], prerender: [{ source: 'list', urls: [prerendered] }] };
  await page.route(article, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>An article</title><script type="speculationrules">${JSON.stringify(rules)}</script><h1>An article</h1>`,
    }),
  );
  // What the extension's worker sees: the loads the watcher would time.
  await serviceWorker.evaluate(() => {
    type OnBeforeRequest = { addListener(f: (details: { url: string }) => void, filter: object): void };
    const g = globalThis as unknown as { started: string[]; chrome: { webRequest: { onBeforeRequest: OnBeforeRequest } } };
    g.started = [];
    g.chrome.webRequest.onBeforeRequest.addListener(({ url }) => void g.started.push(url), {
      urls: ['https://m.youtube.com/*'],
      types: ['main_frame'],
    });
  });
  await page.goto(article);
  const started = () => serviceWorker.evaluate(() => (globalThis as unknown as { started: string[] }).started);
  await expect.poll(async () => [...new Set(await started())].sort()).toEqual([prefetched, prerendered]);
  // Past the 8 s a load of the tab's own gets: still the article.
  await page.waitForTimeout(10_000);
  expect(page.url()).toBe(article);
  await expect(page.getByRole('heading', { name: 'An article' })).toBeVisible();
});
