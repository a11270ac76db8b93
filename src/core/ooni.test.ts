import { describe, expect, it } from 'vitest';
import { ooniUrl } from './ooni';

describe('ooniUrl', () => {
  const now = new Date('2026-11-25T10:00:00Z');

  it("charts a platform's domains measured from Russia over the last 30 days", () => {
    const url = new URL(ooniUrl({ domains: ['www.youtube.com'] }, now));
    expect(`${url.origin}${url.pathname}`).toBe('https://explorer.ooni.org/chart/mat');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      probe_cc: 'RU',
      test_name: 'web_connectivity',
      domain: 'www.youtube.com',
      since: '2026-10-26',
      until: '2026-11-25',
      time_grain: 'day',
      axis_x: 'measurement_start_day',
    });
  });

  it("uses the app's own OONI test where there is one, and several domains joined by commas", () => {
    expect(new URL(ooniUrl({ test: 'telegram' }, now)).searchParams.get('test_name')).toBe('telegram');
    expect(new URL(ooniUrl({ test: 'telegram' }, now)).searchParams.has('domain')).toBe(false);
    expect(new URL(ooniUrl({ domains: ['twitter.com', 'x.com'] }, now)).searchParams.get('domain')).toBe('twitter.com,x.com');
  });

  it("follows the reader's clock: the window moves with the date it is built on", () => {
    const url = new URL(ooniUrl({ test: 'signal' }, new Date('2027-03-01T23:59:00Z')));
    expect([url.searchParams.get('since'), url.searchParams.get('until')]).toEqual(['2027-01-30', '2027-03-01']);
  });
});
