import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNREACHABLE_PAGE } from '../browser/pages';
import { failedLoadInTab, linkablePlatformUrl, readFailedLoad, unreachableQuery } from './unreachable-page';

const platforms = [
  { id: 'whatsapp', hosts: ['whatsapp.com', 'web.whatsapp.com', 'wa.me'] },
  { id: 'telegram', hosts: ['telegram.org', 't.me'] },
];
const PAGE = `chrome-extension://abcdefghijklmnopabcdefghijklmnop/${UNREACHABLE_PAGE}`;

describe('the query the worker writes and the page reads', () => {
  it.each([
    ['https://web.whatsapp.com/', 'net::ERR_NAME_NOT_RESOLVED', 'whatsapp', 'dns'],
    ['https://t.me/durov?start=1&x=%20y', 'NS_ERROR_CONNECTION_REFUSED', 'telegram', 'refused'],
    ['https://web.whatsapp.com:8443/send?phone=1#frag', 'net::ERR_CONNECTION_RESET', 'whatsapp', 'reset'],
    ['http://wa.me/', 'net::ERR_EMPTY_RESPONSE', 'whatsapp', 'empty'],
  ])('%s (%s) reads back exactly', (url, error, id, kind) => {
    const read = readFailedLoad(unreachableQuery(url, error), platforms);
    expect(read).toEqual({ platform: platforms.find((p) => p.id === id), url, error, kind });
    expect(failedLoadInTab(PAGE + unreachableQuery(url, error), PAGE, platforms)?.url).toBe(url);
  });

  it('round-trips any canonical URL on a platform host', () => {
    const path = fc.stringMatching(/^[a-zA-Z0-9._~!$&'()*+,;=:@/%-]{0,60}$/);
    fc.assert(
      fc.property(fc.constantFrom('https://web.whatsapp.com/', 'https://t.me/', 'https://x.telegram.org/'), path, (base, rest) => {
        const url = new URL(base + rest).href;
        expect(readFailedLoad(unreachableQuery(url, 'net::ERR_CONNECTION_RESET'), platforms)?.url).toBe(url);
      }),
    );
  });

  it('shows an error it does not know as no error, and keeps the URL', () => {
    const read = readFailedLoad(unreachableQuery('https://t.me/', 'Your computer is infected, call +1 555'), platforms);
    expect(read).toMatchObject({ url: 'https://t.me/', error: null, kind: null });
    expect(readFailedLoad('?url=https%3A%2F%2Ft.me%2F', platforms)).toMatchObject({ error: null, kind: null });
  });
});

describe('a crafted address never yields a link off the platforms', () => {
  it.each([
    ['no url', '?error=net::ERR_CONNECTION_RESET'],
    ['another site', unreachableQuery('https://evil.example/', 'net::ERR_CONNECTION_RESET')],
    ['a lookalike host', unreachableQuery('https://web.whatsapp.com.evil.example/', 'net::ERR_CONNECTION_RESET')],
    ['a platform name in the path', unreachableQuery('https://evil.example/web.whatsapp.com/', 'net::ERR_CONNECTION_RESET')],
    ['javascript:', unreachableQuery('javascript:alert(1)//t.me/', 'net::ERR_CONNECTION_RESET')],
    ['data:', unreachableQuery('data:text/html,<p>t.me', 'net::ERR_CONNECTION_RESET')],
    ['an extension page', unreachableQuery('chrome-extension://abc/t.me', 'net::ERR_CONNECTION_RESET')],
    ['credentials', unreachableQuery('https://user:pass@t.me/', 'net::ERR_CONNECTION_RESET')],
    ['a non-canonical URL', unreachableQuery('HTTPS://T.ME/durov', 'net::ERR_CONNECTION_RESET')],
    ['a URL with spaces', unreachableQuery(' https://t.me/', 'net::ERR_CONNECTION_RESET')],
    ['not a URL', unreachableQuery('t.me', 'net::ERR_CONNECTION_RESET')],
    ['an absurd length', unreachableQuery(`https://t.me/${'a'.repeat(5000)}`, 'net::ERR_CONNECTION_RESET')],
    ['two urls, the first off-platform', '?url=https%3A%2F%2Fevil.example%2F&url=https%3A%2F%2Ft.me%2F'],
  ])('%s', (_, query) => {
    expect(readFailedLoad(query, platforms)).toBeNull();
  });

  it('only the page itself stands for a failed load', () => {
    const query = unreachableQuery('https://t.me/', 'net::ERR_CONNECTION_RESET');
    expect(failedLoadInTab(`https://t.me/${query}`, PAGE, platforms)).toBeNull();
    expect(failedLoadInTab(`chrome-extension://other/${UNREACHABLE_PAGE}${query}`, PAGE, platforms)).toBeNull();
    expect(failedLoadInTab(`${PAGE.replace('index.html', 'other.html')}${query}`, PAGE, platforms)).toBeNull();
    expect(failedLoadInTab(undefined, PAGE, platforms)).toBeNull();
    expect(failedLoadInTab(PAGE, PAGE, platforms)).toBeNull();
  });

  it('linkablePlatformUrl agrees with the page for any string', () => {
    fc.assert(
      fc.property(fc.string(), (url) => {
        const platform = linkablePlatformUrl(url, platforms);
        if (platform) expect(new URL(url).href).toBe(url);
        expect(readFailedLoad(unreachableQuery(url, 'x'), platforms)?.platform).toBe(platform ?? undefined);
      }),
    );
  });
});
