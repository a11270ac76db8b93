// Pages that hang, in real Firefox (docs/hanging.md, "Pages that hang"; the Chromium spec is e2e/hanging.spec.ts):
// local servers stand in for the platforms (e2e/hanging-servers.ts), reached through
// `network.dns.localDomains` (the hosts resolve to 127.0.0.1 without DNS; the URLs carry the ports),
// bypassing the dead proxy and the fixtures, with the test certificate accepted.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARRIVED, type HangingServers, SLOW_MS, startHangingServers } from '../hanging-servers';
import { message, pageAddress, UNREACHABLE_PAGE, useFirefox } from './firefox';

const START = 'https://example.net/start';
const PAGE = pageAddress(UNREACHABLE_PAGE, '\\?', '^moz-extension://[0-9a-f-]{36}');
const HOSTS = ['web.whatsapp.com', 't.me', 'www.youtube.com'];

const firefox = useFirefox('en', {
  prefs: { 'network.proxy.no_proxies_on': HOSTS.join(', '), 'network.dns.localDomains': HOSTS.join(', ') },
  passThrough: HOSTS,
  acceptInsecureCerts: true,
});

let servers: HangingServers;
beforeAll(async () => {
  servers = await startHangingServers();
});
afterAll(async () => {
  await servers?.close();
});

/** What the tab's document shows now; null while there is none to read. */
const state = (tab: Page) =>
  tab
    .evaluate(() => ({
      href: location.href,
      readyState: document.readyState,
      panels: document.querySelectorAll('html > [data-restriction-context]').length,
      text: document.body?.textContent ?? '',
    }))
    .catch(() => null);

/** From a page that loaded, starts loading `url` (the load may never end). */
async function startLoading(url: string): Promise<Page> {
  const tab = await firefox().openPage(START);
  void tab.goto(url, { timeout: 60_000 }).catch(() => {
    // A load that stalls or is taken over never reports its end to Puppeteer.
  });
  return tab;
}

/** Polls the tab until `done` holds for its state, or `timeout` ms; returns the last state read. */
async function waitFor(tab: Page, done: (s: NonNullable<Awaited<ReturnType<typeof state>>>) => boolean, timeout: number) {
  const deadline = Date.now() + timeout;
  let last = await state(tab);
  while (!(last && done(last)) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    last = await state(tab);
  }
  return last;
}

describe('Firefox: pages that hang', () => {
  it('a page that stalls after its first 15 KB gets the panel while it is still loading', async () => {
    const url = `https://web.whatsapp.com:${servers.ports.stalled}/`;
    const tab = await startLoading(url);
    // The contract's 3 s from the first bytes; the wait allows a busy machine (timing: `npm run bench`).
    const seen = await waitFor(tab, (s) => s.href === url && s.panels === 1, 10_000);
    expect(seen).toMatchObject({ href: url, panels: 1, readyState: 'loading' });
    expect(seen?.text).toContain(ARRIVED);
    await tab.close();
  });

  it('a platform that does not answer at all gets its context in the tab, and Keep waiting goes back to the load', async () => {
    const url = `https://t.me:${servers.ports.silent}/durov`;
    const tab = await startLoading(url);
    // The contract: within 10 s of the load's start.
    const shown = await waitFor(tab, (s) => PAGE.test(s.href) && s.text.includes('Telegram'), 14_000);
    expect(shown?.href).toMatch(PAGE);
    expect(shown?.text).toContain(message('failure_no_answer').replace('$HOST$', `t.me:${servers.ports.silent}`));
    const retry = await tab.evaluate(() =>
      [...document.querySelectorAll('a')].find((a) => a.textContent === 'Try again')?.getAttribute('href'),
    );
    expect(retry).toBe(url);
    const made = firefox().requests.length;
    await tab.evaluate(() => (document.querySelector('button.unreachable__wait') as HTMLButtonElement).click());
    await expect.poll(() => firefox().requests.slice(made), { timeout: 5000 }).toEqual([url]);
    await tab.close();
  }, 40_000);

  it(
    'a slow page that completes is never taken over, and has one panel',
    async () => {
      const url = `https://www.youtube.com:${servers.ports.slow}/watch?v=abc`;
      const tab = await startLoading(url);
      const early = await waitFor(tab, (s) => s.href === url && s.panels === 1, 10_000);
      expect(early).toMatchObject({ href: url, panels: 1, readyState: 'loading' });
      // Past the 8 s a load without an answer gets, and on until the page is whole: never taken over.
      const whole = await waitFor(tab, (s) => s.readyState === 'complete' || s.href !== url, SLOW_MS + 10_000);
      expect(whole).toMatchObject({ href: url, readyState: 'complete', panels: 1 });
      await tab.close();
    },
    SLOW_MS + 30_000,
  );

  it('the add-on logged no errors', () => {
    expect(firefox().errors).toEqual([]);
  });
});
