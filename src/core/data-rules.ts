// The dataset's rules that a schema cannot express: when a status may stand, that a disagreement
// cites whom it names, that a source's address is canonical, and that an excerpt is short, verbatim
// from a source cited, and translated. Pure; the dataset check applies them.
import type { Authority, BasisKind, Event, Evidence, Source } from '../data/schema';
import { LANGS } from './lang';

/**
 * When a status may stand (docs/dataset.md, "When a status may stand"): an official act or statement, named;
 * or at least this many independent reports; or a published network measurement. A single report is
 * shown as an event but never sets a status.
 */
export const MIN_INDEPENDENT_REPORTS = 2;

export interface RuleProblem {
  field: string;
  message: string;
}

/**
 * The publisher that reported it, without the wire or outlet it carries ("Daily Sabah (Reuters)" ->
 * "Daily Sabah"): what counting independent reports counts. (core/dataset.ts publisherName is the
 * name shown to a reader.)
 */
export const reportingPublisher = (publisher: string) => publisher.replace(/\s*\(.*$/, '').replace(/^The\s+/, '');

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
      const publishers = new Set(cited.map((s) => reportingPublisher(s.publisher)));
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

/**
 * An official basis is an act or statement of a state body: a company's or an NGO's own statement
 * is a report, however well placed (Meta announcing it leaves Russia is not Russia's act).
 */
export function officialAuthorityProblem(
  event: Pick<Event, 'basis' | 'authority'>,
  authorities: Record<string, Authority>,
): RuleProblem | null {
  if (event.basis?.kind !== 'official' || !event.authority) return null;
  const who = authorities[event.authority];
  if (!who || who.kind === 'state') return null;
  return {
    field: 'basis.kind',
    message: `"official" needs an act or statement of a state body, but authority "${event.authority}" (${who.en}) is of kind "${who.kind}" in meta.json authorities: name the state body that acted, or rest the status on "reports" or a "measurement"`,
  };
}

/** An excerpt is a sentence or two: about 40 words, with room for Russian's longer counts. */
export const MAX_QUOTE_WORDS = 45;

const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** The problems with a record's excerpts, given the ids it cites and every source by id. */
export function evidenceProblems(
  record: { sources: readonly string[]; evidence?: readonly Evidence[] },
  sourceById: ReadonlyMap<string, Source>,
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  (record.evidence ?? []).forEach((item, i) => {
    const at = `evidence[${i}]`;
    if (!record.sources.includes(item.source))
      problems.push({
        field: `${at}.source`,
        message: `quotes "${item.source}", which this entry does not cite: quote one of its sources (${record.sources.join(', ')}) or cite it`,
      });
    const source = sourceById.get(item.source);
    if (source && source.language !== item.lang)
      problems.push({
        field: `${at}.lang`,
        message: `"${item.lang}", but source "${item.source}" is in "${source.language}": a quote stays in its source's language (the translation goes in "translation")`,
      });
    for (const lang of LANGS) {
      if (lang !== item.lang && !item.translation[lang])
        problems.push({
          field: `${at}.translation.${lang}`,
          message: `missing: a quote in "${item.lang}" needs a translation into ${lang}`,
        });
      if (lang === item.lang && item.translation[lang])
        problems.push({ field: `${at}.translation.${lang}`, message: `the quote is itself in ${lang}: no translation into it` });
    }
    const words = wordCount(item.quote);
    if (words > MAX_QUOTE_WORDS)
      problems.push({
        field: `${at}.quote`,
        message: `${words} words: an excerpt is a sentence or two, at most about 40 words (${MAX_QUOTE_WORDS} allowed); quote less, never tidy or merge`,
      });
  });
  return problems;
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

// Link shorteners: the address says nothing of where it leads, and may lead elsewhere tomorrow.
const SHORTENERS = new Set([
  't.co',
  'bit.ly',
  'goo.gl',
  'tinyurl.com',
  'ow.ly',
  'buff.ly',
  'is.gd',
  't.ly',
  'rebrand.ly',
  'cutt.ly',
  'shorturl.at',
  'rb.gy',
  'tiny.cc',
  'lnkd.in',
  'youtu.be',
  'vk.cc',
  'clck.ru',
  'dlvr.it',
  'fb.me',
  'trib.al',
  'amzn.to',
  'surl.li',
]);

// Query parameters that say who sent the reader (campaigns, click ids), not which page it is.
const TRACKING =
  /^(utm_\w+|fbclid|gclid|gbraid|wbraid|dclid|yclid|msclkid|mc_cid|mc_eid|igshid|igsh|_hsenc|_hsmi|ns_\w+|ito|ref_src|cmpid|smid|at_medium|at_campaign|_ga|__twitter_impression)$/i;

/** Whether a path segment marks an AMP copy: `/amp`, `/amp/`, `amp-11615375134708.html`, `amp.html`. */
const isAmpSegment = (segment: string) => /^amp$|^amp[-_.]\d|^amp\.html?$/i.test(segment);

/**
 * Why a source URL is not canonical, or null: a default port, a trailing dot in the host, an AMP
 * copy, a short link (a shortener's, or a WordPress `/?p=123`), or tracking parameters.
 */
export function urlProblem(url: string): string | null {
  const authority = /^https:\/\/([^/?#]*)/.exec(url)?.[1] ?? '';
  const host = authority.replace(/^.*@/, '');
  if (/:443$/.test(host)) return `not canonical: drop the default port ":443" (${url.replace(':443', '')})`;
  if (/\.(:\d+)?$/.test(host)) return `not canonical: drop the trailing dot of the host "${host}"`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null; // the schema reports an address that is not one
  }
  const hostname = parsed.hostname.replace(/^www\./, '');
  if (SHORTENERS.has(hostname)) return `a short link (${hostname}): cite the address it leads to`;
  if (parsed.pathname === '/' && /^\?p=\d+$/.test(parsed.search))
    return `a WordPress short link ("${parsed.search}"): cite the article's own address (its permalink)`;
  if (/^amp\./.test(hostname) || hostname.endsWith('.cdn.ampproject.org') || parsed.pathname.split('/').some(isAmpSegment))
    return 'an AMP copy: cite the page\'s canonical address (the AMP page names it in <link rel="canonical">)';
  if (parsed.searchParams.has('amp') || parsed.searchParams.get('outputType') === 'amp')
    return 'an AMP copy: drop the AMP parameter and cite the canonical address';
  const tracking = [...parsed.searchParams.keys()].filter((key) => TRACKING.test(key));
  if (tracking.length) return `tracking parameters (${tracking.join(', ')}): drop them and cite the page's own address`;
  return null;
}
