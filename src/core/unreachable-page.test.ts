import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNREACHABLE_PAGE } from '../browser/pages';
import {
  addressShown,
  linkablePlatformUrl,
  newLoadToken,
  pageAddressIn,
  pageQuery,
  readFailedLoad,
  readStoredLoads,
} from './unreachable-page';

const platforms = [
  { id: 'whatsapp', hosts: ['whatsapp.com', 'web.whatsapp.com', 'wa.me'] },
  { id: 'telegram', hosts: ['telegram.org', 't.me'] },
];
const [whatsapp, telegram] = platforms;
const PAGE = `chrome-extension://abcdefghijklmnopabcdefghijklmnop/${UNREACHABLE_PAGE}`;

/** What the worker stores for a tab that shows the page for `url`. */
const storedFor = (load: string, url: string, error: string, tab = 7) => ({ [tab]: { load, url, error, showing: true } });

describe("the page's address: the platform and a token, nothing of the failed load", () => {
  it('carries no part of the URL or the error', () => {
    const load = newLoadToken();
    const query = pageQuery('telegram', load);
    expect(query).toBe(`?platform=telegram&load=${load}`);
    expect(load).toMatch(/^[0-9a-f]{16}$/);
    expect(newLoadToken()).not.toBe(load);
  });

  it.each([
    ['https://web.whatsapp.com/', 'net::ERR_NAME_NOT_RESOLVED', 'whatsapp', 'dns'],
    ['https://t.me/durov?start=1&x=%20y', 'NS_ERROR_CONNECTION_REFUSED', 'telegram', 'refused'],
    ['https://web.whatsapp.com:8443/send?phone=1#frag', 'net::ERR_CONNECTION_RESET', 'whatsapp', 'reset'],
  ])('%s (%s) is found by its token in what the worker stored', (url, error, id, kind) => {
    const load = newLoadToken();
    const read = readFailedLoad(pageQuery(id, load), storedFor(load, url, error), platforms);
    expect(read).toEqual({ platform: platforms.find((p) => p.id === id), url, error, kind });
    expect(pageAddressIn(PAGE + pageQuery(id, load), PAGE, platforms)).toEqual({ platform: platforms.find((p) => p.id === id), load });
  });

  it('round-trips any canonical URL on a platform host', () => {
    const path = fc.stringMatching(/^[a-zA-Z0-9._~!$&'()*+,;=:@/%-]{0,60}$/);
    fc.assert(
      fc.property(fc.constantFrom('https://web.whatsapp.com/', 'https://x.whatsapp.com/'), path, (base, rest) => {
        const url = new URL(base + rest).href;
        const load = newLoadToken();
        expect(readFailedLoad(pageQuery('whatsapp', load), storedFor(load, url, 'net::ERR_CONNECTION_RESET'), platforms)?.url).toBe(url);
      }),
    );
  });

  it('an unknown token, or none, shows the platform with no URL', () => {
    const load = newLoadToken();
    const stored = storedFor(load, 'https://t.me/x', 'net::ERR_CONNECTION_RESET');
    for (const query of [pageQuery('telegram', newLoadToken()), '?platform=telegram', `?platform=telegram&load=${load}x`])
      expect(readFailedLoad(query, stored, platforms)).toEqual({ platform: telegram, url: null, error: null, kind: null });
  });

  it('a stored URL of another platform than the address names is not linked', () => {
    const load = newLoadToken();
    expect(
      readFailedLoad(pageQuery('whatsapp', load), storedFor(load, 'https://t.me/x', 'net::ERR_CONNECTION_RESET'), platforms)?.url,
    ).toBeNull();
  });

  it('an error the page does not know is not repeated', () => {
    const load = newLoadToken();
    const read = readFailedLoad(pageQuery('telegram', load), storedFor(load, 'https://t.me/', 'Call +1 555 0100'), platforms);
    expect(read).toMatchObject({ url: 'https://t.me/', error: null, kind: null });
  });

  it.each([
    ['no platform', '?load=0123456789abcdef'],
    ['an unknown platform', '?platform=evil&load=0123456789abcdef'],
    ['nothing', ''],
  ])('%s: nothing to show', (_, query) => {
    expect(readFailedLoad(query, {}, platforms)).toBeNull();
  });

  it('only the page itself, in this extension, is the page', () => {
    const query = pageQuery('telegram', newLoadToken());
    expect(pageAddressIn(`https://t.me/${query}`, PAGE, platforms)).toBeNull();
    expect(pageAddressIn(`chrome-extension://other/${UNREACHABLE_PAGE}${query}`, PAGE, platforms)).toBeNull();
    expect(pageAddressIn(`${PAGE.replace('index.html', 'other.html')}${query}`, PAGE, platforms)).toBeNull();
    expect(pageAddressIn(undefined, PAGE, platforms)).toBeNull();
    expect(pageAddressIn(PAGE, PAGE, platforms)).toBeNull();
  });
});

describe('what the worker stored, read back', () => {
  it.each([
    ['null', null],
    ['a string', 'x'],
    ['an array', [1, 2]],
    ['junk entries', { a: 1, 5: 'x', 6: { load: 'short', url: 'u', error: 'e' }, 7: { load: '0123456789abcdef', url: 3, error: 'e' } }],
  ])('%s gives nothing', (_, value) => {
    expect(readStoredLoads(value).size).toBe(0);
  });

  it('keeps well-formed entries', () => {
    const read = readStoredLoads({ 3: { load: '0123456789abcdef', url: 'https://t.me/', error: 'e', showing: 'yes' } });
    expect(read.get(3)).toEqual({ load: '0123456789abcdef', url: 'https://t.me/', error: 'e', showing: false });
  });
});

describe('linkablePlatformUrl: only canonical https URLs on a platform host', () => {
  it.each([
    ['another site', 'https://evil.example/'],
    ['a lookalike host', 'https://web.whatsapp.com.evil.example/'],
    ['a platform name in the path', 'https://evil.example/web.whatsapp.com/'],
    ['javascript:', 'javascript:alert(1)//t.me/'],
    ['data:', 'data:text/html,<p>t.me'],
    ['an extension page', 'chrome-extension://abc/t.me'],
    ['credentials', 'https://user:pass@t.me/'],
    ['a non-canonical URL', 'HTTPS://T.ME/durov'],
    ['a URL with spaces', ' https://t.me/'],
    ['plain http', 'http://t.me/'],
    ['not a URL', 't.me'],
    ['an absurd length', `https://t.me/${'a'.repeat(5000)}`],
  ])('%s is not linked', (_, url) => {
    expect(linkablePlatformUrl(url, platforms)).toBeUndefined();
  });

  it('for any string, a linked URL is canonical', () => {
    fc.assert(
      fc.property(fc.string(), (url) => {
        if (linkablePlatformUrl(url, platforms)) expect(new URL(url).href).toBe(url);
      }),
    );
  });
});

describe('how the page names the address that failed', () => {
  it("a platform's own host, or www. before one, is known", () => {
    expect(addressShown('https://web.whatsapp.com/', whatsapp)).toMatchObject({
      host: 'web.whatsapp.com',
      known: true,
      under: 'whatsapp.com',
    });
    expect(addressShown('https://www.whatsapp.com/x', whatsapp)).toMatchObject({ known: true });
  });

  it('a made-up subdomain or a port is an address under the platform, not one of its own', () => {
    expect(addressShown('https://nx-1.whatsapp.com/ACCOUNT-SUSPENDED', whatsapp)).toMatchObject({
      host: 'nx-1.whatsapp.com',
      known: false,
      under: 'whatsapp.com',
    });
    expect(addressShown('https://web.whatsapp.com:1/', whatsapp)).toMatchObject({ host: 'web.whatsapp.com:1', known: false });
  });

  it('a long address is elided in the middle', () => {
    const url = `https://t.me/${'A'.repeat(4000)}?end=here`;
    const { elided } = addressShown(url, telegram);
    expect(elided.length).toBe(120);
    expect(elided.startsWith('https://t.me/AAA')).toBe(true);
    expect(elided.endsWith('?end=here')).toBe(true);
    expect(elided).toContain('…');
    expect(addressShown('https://t.me/durov', telegram).elided).toBe('https://t.me/durov');
  });
});
