// Real page-load failures without a network, for the specs of "When a platform's page does not
// load": Chromium's --host-resolver-rules give no DNS answer (~NOTFOUND) or a refused connection
// (127.0.0.1:9, where nothing listens), and a local server resets every connection. The failing
// hosts are left to the browser's network stack (not routed to the fixtures), so the browser
// reports the very errors a block produces; none of them reaches beyond this machine.
import { createServer, type Server } from 'node:net';
import type { Page, Worker } from '@playwright/test';
import { expect, pageAddress, test, UNREACHABLE_PAGE } from './harness';

export type Kind = 'dns' | 'refused' | 'reset' | 'hang';

/** A local TCP server that resets every connection (RST), or accepts and never answers. */
async function server(kind: 'reset' | 'hang'): Promise<Server> {
  const started = createServer((socket) => (kind === 'reset' ? socket.resetAndDestroy() : socket.on('error', () => {})));
  await new Promise<void>((done) => started.listen(0, '127.0.0.1', done));
  return started;
}

/**
 * The Playwright test with `failing` hosts: each fails the way its kind says. Override
 * `failing` with `test.use` to fail other hosts.
 */
export const failureTest = test.extend<{ failing: Record<string, Kind>; ports: { reset: number; hang: number }; requests: string[] }>({
  failing: [{}, { option: true }],
  /** Every request the browser made, extension pages included, in order. */
  requests: async ({ context }, use) => {
    const seen: string[] = [];
    context.on('request', (request) => seen.push(request.url()));
    await use(seen);
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
  ports: async ({}, use) => {
    const servers = [await server('reset'), await server('hang')];
    const [reset, hang] = servers.map((s) => (s.address() as { port: number }).port);
    await use({ reset, hang });
    for (const s of servers) s.close();
  },
  browserArgs: async ({ failing, ports }, use) => {
    const to = { dns: '~NOTFOUND', refused: '127.0.0.1:9', reset: `127.0.0.1:${ports.reset}`, hang: `127.0.0.1:${ports.hang}` };
    const rules = Object.entries(failing).map(([host, kind]) => `MAP ${host} ${to[kind]}`);
    await use(rules.length ? [`--host-resolver-rules=${rules.join(', ')}`] : []);
  },
  unroutedHosts: async ({ failing }, use) => use(Object.keys(failing)),
});

export const PAGE = pageAddress(UNREACHABLE_PAGE, '\\?', '^chrome-extension://[a-z]{32}');
/** A page that loads (served from the fixtures), to come from and go back to. */
export const START = 'https://example.net/start';

/** The contract's element: exactly one on the page, naming the platform, with its status. */
export const contractElement = (page: Page) => page.locator('[data-restriction-context][data-status]');

/**
 * Waits for the tab to show the page. The address first: a locator waiting from the browser's error
 * page can miss the document that replaces it. The wait allows a busy machine; the 2 s promise is
 * timed by `npm run bench` (bench/measure/unreachable.mjs), not here.
 */
export async function pageShown(page: Page, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  await expect.poll(() => page.url(), { timeout }).toMatch(PAGE);
  await expect(contractElement(page)).toHaveCount(1, { timeout: Math.max(deadline - Date.now(), 1) });
}

/** Loads `url` in `page`; it fails, and Playwright reports the browser's error name. */
export function loadFailing(page: Page, url: string): Promise<string | undefined> {
  return page.goto(url).then(
    () => undefined,
    (error: Error) => error.message.match(/net::ERR_[A-Z_]+/)?.[0],
  );
}

/** Follows a link to `url` from the page, as a reader would (a new history entry, a referrer). */
export async function followLink(page: Page, url: string): Promise<void> {
  await page.evaluate((href) => {
    const link = Object.assign(document.createElement('a'), { href, textContent: 'go' });
    document.body.append(link);
    link.click();
  }, url);
}

/** Waits `ms`, then the tab's address: for asserting that nothing replaced the browser's own error page. */
export async function addressAfter(page: Page, ms: number): Promise<string> {
  await page.waitForTimeout(ms);
  return page.url();
}

export interface Failure {
  url: string;
  type: string;
  error: string;
  at: number;
}

/** From now on, every failed request the extension's worker sees, with the browser's timestamp. */
export async function recordFailures(worker: Worker): Promise<() => Promise<Failure[]>> {
  type Global = {
    failures: Failure[];
    chrome: { webRequest: { onErrorOccurred: { addListener(f: (d: Failure & { timeStamp: number }) => void, filter: object): void } } };
  };
  await worker.evaluate(() => {
    const g = globalThis as unknown as Global;
    g.failures = [];
    g.chrome.webRequest.onErrorOccurred.addListener(
      ({ url, type, error, timeStamp }) => g.failures.push({ url, type, error, at: timeStamp }),
      {
        urls: ['<all_urls>'],
      },
    );
  });
  return () => worker.evaluate(() => (globalThis as unknown as Global).failures);
}

/** When the page was first painted, on the same clock as webRequest's timeStamp. */
export const paintedAt = (page: Page) =>
  page.evaluate(() => performance.timeOrigin + (performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN));

/** Only web requests (the extension's own pages load from chrome-extension://). */
export const webRequests = (requests: string[]) => requests.filter((url) => /^(https?|wss?):/.test(url));
