// "Check it now": a link to OONI Explorer's Measurement Aggregation Toolkit (MAT) for one platform
// in Russia over the last 30 days. The URL format is the one OONI's own Explorer user guide links
// to (https://ooni.org/support/ooni-explorer/, "Other MAT use cases"): `probe_cc`, `test_name`,
// `domain` (comma-separated), `since`, `until`, `time_grain`, `axis_x`. The extension only builds
// the address; the reader's click opens it, nothing is fetched.
import type { OoniTarget } from '../data/schema';

const MAT = 'https://explorer.ooni.org/chart/mat';
export const OONI_WINDOW_DAYS = 30;

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The MAT chart of `target` measured from Russia, from 30 days before `now` until `now` (UTC days). */
export function ooniUrl(target: OoniTarget, now: Date): string {
  const since = new Date(now.getTime() - OONI_WINDOW_DAYS * 24 * 60 * 60 * 1000);
  const params = new URLSearchParams({ probe_cc: 'RU' });
  if ('test' in target) params.set('test_name', target.test);
  else {
    params.set('test_name', 'web_connectivity');
    params.set('domain', target.domains.join(','));
  }
  params.set('since', day(since));
  params.set('until', day(now));
  params.set('time_grain', 'day');
  params.set('axis_x', 'measurement_start_day');
  return `${MAT}?${params}`;
}
