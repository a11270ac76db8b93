// The dataset's rules that a schema cannot express: when a status may stand, that a disagreement
// cites whom it names, and that a source's address is canonical. Pure; the dataset check applies them.
import type { BasisKind, Event, Source } from '../data/schema';

/**
 * When a status may stand (README, "When a status may stand"): an official act or statement, named;
 * or at least this many independent reports; or a published network measurement. A single report is
 * shown as an event but never sets a status.
 */
export const MIN_INDEPENDENT_REPORTS = 2;

export interface RuleProblem {
  field: string;
  message: string;
}

/** The publisher itself, without the wire or outlet it carries: "Daily Sabah (Reuters)" -> "Daily Sabah". */
export const publisherName = (publisher: string) => publisher.replace(/\s*\(.*$/, '').replace(/^The\s+/, '');

/** Whether a status resting on this basis was confirmed by an authority. */
export const officiallyConfirmed = (basis: BasisKind | null) => basis === null || basis === 'official';

/** The problems with an event's basis, given the sources it cites. */
export function basisProblems(event: Event, cited: readonly Source[]): RuleProblem[] {
  const { status, basis } = event;
  if (status === undefined) return basis ? [{ field: 'basis', message: 'a basis belongs only on an event that sets a status' }] : [];
  if (!basis)
    return [
      { field: 'basis', message: 'an event that sets a status names its basis: an official act, independent reports or a measurement' },
    ];
  switch (basis.kind) {
    case 'official':
      return event.authority ? [] : [{ field: 'authority', message: 'an official basis needs the authority that acted' }];
    case 'reports': {
      if (basis.reports < MIN_INDEPENDENT_REPORTS)
        return [
          {
            field: 'basis.reports',
            message: `a status rests on ${basis.reports} report: it needs an official act, ${MIN_INDEPENDENT_REPORTS} independent reports or a measurement (a single report is shown, never sets the status)`,
          },
        ];
      const publishers = new Set(cited.map((s) => publisherName(s.publisher)));
      return basis.reports > publishers.size
        ? [{ field: 'basis.reports', message: `counts ${basis.reports} independent reports but cites ${publishers.size} publisher(s)` }]
        : [];
    }
    case 'measurement':
      return cited.some((s) => s.publisher.includes(basis.by))
        ? []
        : [{ field: 'basis.by', message: `rests on a measurement by "${basis.by}" but cites no source from it` }];
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// "klerk.ru", "TechDigest.ng": an outlet named by its address.
const DOMAIN_LIKE = /(?<![\w.@/-])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:[a-z]{2,6})(?![\w.-]*\w)/g;

/**
 * Outlets a disagreement names (English text) that the event does not cite: any publisher the dataset
 * knows, and any outlet named by its address (a platform's own host, such as youtube.com, is not an
 * outlet). A name carried by a cited source ("Kyiv Post (citing The Moscow Times)") counts as cited.
 */
export function namedButUncited(
  text: string,
  cited: readonly Source[],
  knownPublishers: readonly string[],
  platformHosts: readonly string[] = [],
): string[] {
  const citedText = cited.map((s) => `${s.publisher} ${new URL(s.url).hostname}`).join(' | ');
  const missing = new Set<string>();
  for (const name of knownPublishers) {
    if (new RegExp(`(?<![\\w.])${escapeRegExp(name)}(?![\\w])`).test(text) && !citedText.includes(name)) missing.add(name);
  }
  for (const [domain] of text.matchAll(DOMAIN_LIKE)) {
    const host = domain.toLowerCase();
    if (platformHosts.some((h) => host === h || host.endsWith(`.${h}`))) continue;
    if (!citedText.toLowerCase().includes(host)) missing.add(domain);
  }
  return [...missing];
}

/** Why a source URL is not canonical (a default port, a trailing dot in the host), or null. */
export function urlProblem(url: string): string | null {
  const authority = /^https:\/\/([^/?#]*)/.exec(url)?.[1] ?? '';
  const host = authority.replace(/^.*@/, '');
  if (/:443$/.test(host)) return `not canonical: drop the default port ":443" (${url.replace(':443', '')})`;
  if (/\.(:\d+)?$/.test(host)) return `not canonical: drop the trailing dot of the host "${host}"`;
  return null;
}
