// When a platform's page does not load, in real Firefox: real failures with no network. The profile
// turns DNS off (`network.dns.disabled`: every name lookup fails inside Firefox, none is sent), lets
// `network.dns.localDomains` resolve two hosts to 127.0.0.1 without DNS, where a closed port refuses
// and a local server resets every connection. These hosts bypass the dead proxy and the fixtures.
import { createServer, type Server } from 'node:net';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset, pageAddress, UNREACHABLE_PAGE, useFirefox } from './firefox';

const START = 'https://example.net/start';
const PREFETCHED = 'https://www.youtube.com/prefetched';
const SCAM = 'ACCOUNT-SUSPENDED-by-Roskomnadzor.-Call-8-800-555-35-35';
const PAGE = pageAddress(UNREACHABLE_PAGE, '\\?', '^moz-extension://[0-9a-f-]{36}');

const FAILING = ['web.whatsapp.com', 'nx-1.whatsapp.com', 't.me', 'www.youtube.com', 'example.org'];
const firefox = useFirefox('en', {
  prefs: {
    'network.proxy.no_proxies_on': FAILING.join(', '),
    'network.dns.disabled': true,
    'network.dns.localDomains': 't.me, www.youtube.com',
    'network.prefetch-next': true,
  },
  passThrough: FAILING,
});

let resetting: Server;
let ports: { refused: number; reset: number };

async function listen(server: Server): Promise<number> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return (server.address() as { port: number }).port;
}

beforeAll(async () => {
  resetting = createServer((socket) => socket.resetAndDestroy());
  const closed = createServer();
  ports = { reset: await listen(resetting), refused: await listen(closed) };
  await new Promise((done) => closed.close(done));
});
afterAll(() => {
  resetting?.close();
});

/** The tab's address as its document has it; null while it has no document we can read. */
const address = (tab: Page) => tab.evaluate(() => location.href).catch(() => null);

/** From a page that loaded, follows the failing URL; resolves with the address the tab settles on. */
async function loadFailing(url: string): Promise<{ tab: Page; shown: string | null }> {
  const tab = await firefox().openPage(START);
  void tab.goto(url, { timeout: 10_000 }).catch(() => {
    // Puppeteer reports the failed load, or times out on the page that replaced it.
  });
  // The page shows well within a second here; a machine busy with other work may take longer.
  const deadline = Date.now() + 10_000;
  let shown: string | null = null;
  // The page's address, once its document has drawn the contract's element.
  const drawn = () => tab.evaluate(() => (document.querySelector('[data-restriction-context]') ? location.href : null)).catch(() => null);
  while (Date.now() < deadline && !shown) {
    await new Promise((r) => setTimeout(r, 100));
    shown = await drawn();
  }
  return { tab, shown: shown ?? (await address(tab)) };
}

const contract = (tab: Page) =>
  tab.evaluate(() => ({
    hosts: [...document.querySelectorAll('[data-restriction-context][data-status]')].map((el) => ({
      id: el.getAttribute('data-restriction-context'),
      status: el.getAttribute('data-status'),
      text: el.textContent ?? '',
    })),
    retry: [...document.querySelectorAll('a')].filter((a) => a.textContent === 'Try again').map((a) => a.getAttribute('href')),
    heading: document.querySelector('h1')?.textContent,
    body: document.body.textContent ?? '',
    history: history.length,
  }));

describe('Firefox: a platform that does not load shows its context in the tab', () => {
  const cases = () => [
    { id: 'whatsapp', url: 'https://web.whatsapp.com/', error: 'NS_ERROR_UNKNOWN_HOST', words: 'web.whatsapp.com did not resolve' },
    {
      id: 'telegram',
      url: `https://t.me:${ports.refused}/durov`,
      error: 'NS_ERROR_CONNECTION_REFUSED',
      words: `The connection to t.me:${ports.refused} was refused`,
    },
    {
      id: 'youtube',
      url: `https://www.youtube.com:${ports.reset}/watch?v=abc`,
      error: 'NS_ERROR_NET_RESET',
      words: `www.youtube.com:${ports.reset} was reset`,
    },
  ];

  it.each(['whatsapp', 'telegram', 'youtube'])('%s', async (id) => {
    const failure = cases().find((c) => c.id === id);
    if (!failure) throw new Error(id);
    const { tab, shown } = await loadFailing(failure.url);
    expect(shown).toMatch(PAGE);
    const platform = dataset.platforms.find((p) => p.id === id);
    const page = await contract(tab);
    expect(page.hosts).toHaveLength(1);
    expect(page.hosts[0]).toMatchObject({ id, status: platform?.status });
    expect(page.hosts[0].text).toContain(platform?.name);
    expect(page.retry).toEqual([failure.url]);
    expect(page.heading).toMatch(new RegExp(`^${platform?.name} did not load: `));
    expect(page.body).toContain(failure.words);
    expect(page.body).toContain(`Browser error: ${failure.error}`);
    // Firefox puts the page in place of the error page's history entry: Back leads straight out.
    expect(page.history).toBe(2);
    await tab.goBack().catch(() => {});
    await expect.poll(() => address(tab), { timeout: 5000 }).toBe(START);
    await tab.close();
  });

  it('a site that is not a platform keeps the browser error page', async () => {
    const { tab, shown } = await loadFailing('https://example.org/');
    expect(shown ?? '').not.toMatch(PAGE);
    await tab.close();
  });

  it('a prefetch of a failing platform URL leaves the reader where they are', async () => {
    const tab = await firefox().openPage(START, 'prefetch-platform.html');
    // The prefetch went out (and failed: every name lookup fails here)...
    await expect.poll(() => firefox().requests.includes(PREFETCHED), { timeout: 10_000 }).toBe(true);
    await new Promise((r) => setTimeout(r, 3000));
    // ...and the tab still shows the article.
    expect(await address(tab)).toBe(START);
    await tab.close();
  });

  it('an address a page made up shows the host and the platform, its words only on request', async () => {
    const url = `https://nx-1.whatsapp.com/${SCAM}?why=${SCAM}`;
    const { tab, shown } = await loadFailing(url);
    expect(shown).toMatch(PAGE);
    // biome-ignore lint/performance/useDomNodeTextContent: what the reader sees: a closed <details> keeps its text out of innerText
    const read = await tab.evaluate(() => ({ shown: document.body.innerText, title: document.title }));
    expect(read.shown).not.toContain('ACCOUNT-SUSPENDED');
    expect(read.title).not.toContain('ACCOUNT-SUSPENDED');
    expect(read.shown).toContain('nx-1.whatsapp.com is an address under whatsapp.com');
    // Nothing of the failed URL in the page's own address, which the browser's history keeps.
    expect(shown).not.toContain('nx-1');
    expect((await contract(tab)).retry).toEqual([url]);
    await tab.close();
  });

  it('nothing reached the network, and the add-on logged no errors', () => {
    const allowed = new Set([
      START,
      'https://example.net/favicon.ico',
      'https://example.org/',
      PREFETCHED,
      `https://nx-1.whatsapp.com/${SCAM}?why=${SCAM}`,
      ...cases().map((c) => c.url),
    ]);
    for (const url of firefox().requests) expect(allowed, url).toContain(url);
    expect(firefox().errors).toEqual([]);
  });
});
