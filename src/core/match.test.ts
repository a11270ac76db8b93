import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostMatches, matchHost, matchPatterns, matchUrl } from './match';

const platforms = [
  { id: 'whatsapp', hosts: ['whatsapp.com', 'web.whatsapp.com', 'wa.me'] },
  { id: 'telegram', hosts: ['telegram.org', 't.me'] },
  { id: 'facetime', hosts: ['facetime.apple.com'] },
];
const idOf = (url: string) => matchUrl(url, platforms)?.id ?? null;

describe('matchUrl', () => {
  it.each([
    ['https://web.whatsapp.com/', 'whatsapp'],
    ['https://whatsapp.com/download', 'whatsapp'],
    ['https://faq.whatsapp.com/en', 'whatsapp'],
    ['https://WEB.WhatsApp.COM/', 'whatsapp'],
    ['https://web.whatsapp.com./', 'whatsapp'],
    ['https://web.whatsapp.com:8443/x', 'whatsapp'],
    ['https://wa.me/123', 'whatsapp'],
    ['https://t.me/durov', 'telegram'],
    ['https://facetime.apple.com/join', 'facetime'],
  ])('%s belongs to %s', (url, id) => expect(idOf(url)).toBe(id));

  it.each([
    'https://notwhatsapp.com/',
    'https://whatsapp.com.example.org/',
    'https://example.org/whatsapp.com',
    'https://example.org/?q=web.whatsapp.com',
    'https://example.org/#wa.me',
    'https://web.whatsapp.com@evil.example/',
    'https://xn--whtsapp-3fg.com/', // whаtsapp.com with a Cyrillic а
    'https://whаtsapp.com/',
    'https://apple.com/',
    'https://www.apple.com/facetime/',
    'https://wa.me.evil.example/',
    'https://twa.me/',
    'ftp://web.whatsapp.com/',
    'not a url',
  ])('%s belongs to no platform', (url) => expect(idOf(url)).toBeNull());
});

describe('matchHost agrees with the plain rule for generated hosts', () => {
  const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/);
  const listed = platforms.flatMap((p) => p.hosts);
  const host = fc.oneof(
    fc.constantFrom(...listed),
    fc.tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom(...listed)).map(([sub, h]) => `${sub.join('.')}.${h}`),
    fc.tuple(label, fc.constantFrom(...listed)).map(([prefix, h]) => `${prefix}${h}`),
    fc.tuple(fc.constantFrom(...listed), label).map(([h, suffix]) => `${h}.${suffix}`),
    fc.array(label, { minLength: 2, maxLength: 4 }).map((labels) => labels.join('.')),
  );
  // The reference: exactly a listed host, or ends with "." + a listed host; case and a trailing dot ignored.
  const reference = (h: string) => {
    const n = h.toLowerCase().replace(/\.$/, '');
    return platforms.find((p) =>
      p.hosts.some(
        (l) =>
          n === l ||
          n
            .split('.')
            .slice(1)
            .some((_, i, parts) => parts.slice(i).join('.') === l),
      ),
    )?.id;
  };

  it('for lower-case hosts', () => {
    fc.assert(fc.property(host, (h) => matchHost(h, platforms)?.id === reference(h)));
  });

  it('for mixed case, trailing dots, ports and userinfo, through the URL parser', () => {
    const decorated = fc.tuple(
      host,
      fc.boolean(),
      fc.boolean(),
      fc.option(fc.integer({ min: 1, max: 65535 })),
      fc.option(fc.constantFrom(...listed)),
    );
    fc.assert(
      fc.property(decorated, ([h, upper, dot, port, userinfo]) => {
        const shown = `${upper ? h.toUpperCase() : h}${dot ? '.' : ''}`;
        const url = `https://${userinfo ? `${userinfo}@` : ''}${shown}${port ? `:${port}` : ''}/${listed[0]}`;
        return matchUrl(url, platforms)?.id === reference(h);
      }),
    );
  });
});

describe('hostMatches', () => {
  it('needs a label boundary', () => {
    expect(hostMatches('m.whatsapp.com', 'whatsapp.com')).toBe(true);
    expect(hostMatches('mwhatsapp.com', 'whatsapp.com')).toBe(false);
  });
});

describe('matchPatterns', () => {
  it('covers each host and its subdomains once, dropping hosts under another listed host', () => {
    expect(matchPatterns(['whatsapp.com', 'web.whatsapp.com', 'wa.me', 'facetime.apple.com'])).toEqual([
      'https://*.facetime.apple.com/*',
      'https://*.wa.me/*',
      'https://*.whatsapp.com/*',
    ]);
  });
});
