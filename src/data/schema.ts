// The one definition of the dataset's shape. Every type the code uses for data is inferred
// from here, the build validates `src/data/` against it, and `dist/dataset.schema.json` is
// generated from it, so the three can never disagree.
import { z } from 'zod';
import { BASIS_KINDS, EVENT_KINDS, STATUS_IDS } from './ids';

const isRealDate = (value: string): boolean => {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  return date.getUTCFullYear() === y && date.getUTCMonth() === (m ?? 1) - 1 && date.getUTCDate() === (d ?? 1);
};

/** A calendar day, `YYYY-MM-DD`. */
export const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a day as YYYY-MM-DD')
  .refine(isRealDate, 'not a real calendar date');

/** A day or, where the sources give no more, a month: `YYYY-MM-DD` or `YYYY-MM`. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected YYYY-MM-DD, or YYYY-MM where only the month is known')
  .refine(isRealDate, 'not a real calendar date');

/** When a page was published, as precisely as it shows: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export const PublishedDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY-MM-DD, or YYYY-MM or YYYY where the page shows no more')
  .refine(isRealDate, 'not a real calendar date');

export const Localized = z
  .object({
    en: z.string().trim().min(1, 'English text is empty'),
    ru: z.string().trim().min(1, 'Russian text is empty'),
  })
  .strict();

export const StatusId = z.enum(STATUS_IDS);
export const EventKind = z.enum(EVENT_KINDS);
export const BasisKind = z.enum(BASIS_KINDS);

/**
 * What an event's status rests on (docs/dataset.md, "When a status may stand"): an official act or statement,
 * named; independent reports, counted (the dataset check wants two at least); or a published network
 * measurement, with who published it.
 */
export const Basis = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('official'), act: Localized }).strict(),
  z.object({ kind: z.literal('reports'), reports: z.number().int().min(1) }).strict(),
  z.object({ kind: z.literal('measurement'), by: z.string().min(1) }).strict(),
]);

const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected lower-case letters, digits and single hyphens');

/** A registrable web host, lower-case, no scheme, port, path or trailing dot. */
export const Host = z
  .string()
  .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'expected a lower-case host name such as web.whatsapp.com');

export const HttpsUrl = z.url({ protocol: /^https$/, error: 'expected an https:// URL' });

const LanguageCode = z.string().regex(/^[a-z]{2}$/, 'expected a two-letter ISO 639-1 code such as en or ru');

/**
 * A short verbatim excerpt of a source the record cites, in the source's language, so that a reader
 * who cannot open the source (most outlets cited are blocked in Russia) can still read what it says;
 * translated into each interface language other than its own, marked as a translation where shown.
 */
export const Evidence = z
  .object({
    /** The cited source it is copied from. */
    source: Id,
    /** Verbatim: never reconstructed, merged or tidied. */
    quote: z.string().trim().min(1, 'the quote is empty'),
    /** The source's language (the dataset check holds the two equal). */
    lang: LanguageCode,
    /** Into each interface language (en, ru) other than the quote's own. */
    translation: z
      .object({
        en: z.string().trim().min(1, 'the English translation is empty').optional(),
        ru: z.string().trim().min(1, 'the Russian translation is empty').optional(),
      })
      .strict(),
  })
  .strict();

/** Where a cited source says a site is blocked in Russia: since when, as precisely as it says, and which source says so. */
export const BlockedInRussia = z
  .object({
    since: PartialDate.nullable(),
    sources: z.array(Id).min(1, 'name the source that says the site is blocked in Russia'),
  })
  .strict();

export const Event = z
  .object({
    id: Id,
    date: PartialDate,
    kind: EventKind,
    /** Only on events that put a new status in force. */
    status: StatusId.optional(),
    /** What that status rests on; on exactly the events that set a status. */
    basis: Basis.optional(),
    summary: Localized,
    /** Key into the dataset's `authorities`: who acted, where known. */
    authority: z.string().min(1).optional(),
    /** Where sources disagree (on the date, on "restricted" versus "blocked"), what each says. */
    disagreement: Localized.optional(),
    sources: z.array(Id).min(1, 'every event cites at least one source'),
    /** Short verbatim excerpts of the sources it cites. */
    evidence: z.array(Evidence).min(1).optional(),
  })
  .strict();

/** What OONI measures of a platform: its app test (`whatsapp`, `telegram`, `signal`) or its web domains. */
export const OoniTarget = z.union([
  z.object({ test: z.enum(['whatsapp', 'telegram', 'signal', 'facebook_messenger']) }).strict(),
  z.object({ domains: z.array(Host).min(1) }).strict(),
]);

export const Platform = z
  .object({
    id: Id,
    name: z.string().min(1),
    /** Every web host a reader reaches the platform on; subdomains of each match too. */
    hosts: z.array(Host).min(1, 'a platform needs at least one host'),
    /** What the current status means for a reader, in plain words. */
    impact: Localized,
    /** Anything a reader should know that is not an event (for example: the restriction is the platform's own). */
    note: Localized.optional(),
    /** Where OONI Explorer's live measurements of it are ("Check it now"); absent where OONI measures nothing of it. */
    ooni: OoniTarget.optional(),
    events: z.array(Event),
  })
  .strict();

export const Source = z
  .object({
    id: Id,
    /** Who published the page; for a reprint, the wire service in brackets: "Daily Sabah (Reuters)". */
    publisher: z.string().min(1),
    /** The publisher as Russian readers know it, where it has a Russian name («Коммерсантъ», ТАСС) or glue words ("citing"). */
    publisherRu: z.string().trim().min(1).optional(),
    title: z.string().min(1),
    /** "page": the page's own title; "url": words rebuilt from its address; "none": a description, no title was seen. */
    titleFrom: z.enum(['page', 'url', 'none']),
    url: HttpsUrl,
    /** The day published, the month (or year) where the page shows no more, null where it shows no date at all. */
    published: PublishedDate.nullable(),
    language: LanguageCode,
    /** Where a source says this outlet's site is blocked in Russia. */
    blockedInRussia: BlockedInRussia.optional(),
  })
  .strict();

/** A law or measure that shapes every platform, shown beside the per-platform histories. */
export const ContextItem = z
  .object({
    id: Id,
    date: PartialDate,
    kind: EventKind,
    title: Localized,
    summary: Localized,
    authority: z.string().min(1).optional(),
    disagreement: Localized.optional(),
    /** Changes what every platform's status means for a reader (mobile whitelists): shown on its own in the popup overview and on the unreachable page. */
    notice: z.literal(true).optional(),
    sources: z.array(Id).min(1, 'every context item cites at least one source'),
    evidence: z.array(Evidence).min(1).optional(),
  })
  .strict();

export const AUTHORITY_KINDS = ['state', 'company', 'ngo', 'other'] as const;

/**
 * Who acts in an event. `kind` says whether it is a state body (ministries, Roskomnadzor, courts,
 * the Duma, the Kremlin, FAS, prosecutors): only a state body's act or statement is an official basis.
 */
export const Authority = z.object({ en: z.string().min(1), ru: z.string().min(1), kind: z.enum(AUTHORITY_KINDS) }).strict();

/** OONI Explorer, where "Check it now" leads: whether a source says it is blocked in Russia. */
export const OoniExplorer = z.object({ blockedInRussia: BlockedInRussia }).strict();

/** `src/data/meta.json`: what belongs to the whole dataset rather than one platform. */
export const Meta = z
  .object({
    reviewed: Day,
    authorities: z.record(z.string(), Authority),
    context: z.array(ContextItem),
    ooniExplorer: OoniExplorer.optional(),
  })
  .strict();

/** A platform as published: its status, since-date and the event that set it are derived from its events, never typed. */
export const PublishedPlatform = Platform.extend({
  status: StatusId,
  statusSince: PartialDate.nullable(),
  /** The event that put the status in force; null where no event ever set one. */
  statusEventId: Id.nullable(),
  /** What the status in force rests on; null for `not-restricted`. */
  statusBasis: BasisKind.nullable(),
  /**
   * The status the authorities' own acts give: set by the latest event with an official basis. The
   * same as `status` where the two agree; null, with `officialSince`, where no event has an official basis.
   */
  officialStatus: StatusId.nullable(),
  officialSince: PartialDate.nullable(),
  /** The event that set the official status; null with it. */
  officialEventId: Id.nullable(),
});

/** `dist/dataset.json`, the open-data export. */
export const Dataset = z
  .object({
    reviewed: Day,
    /** The date of the newest source the last check found (days only: a month-only date has no day to give). */
    latestSource: Day,
    platforms: z.array(PublishedPlatform),
    sources: z.array(Source),
    authorities: z.record(z.string(), Authority),
    context: z.array(ContextItem),
    ooniExplorer: OoniExplorer.optional(),
  })
  .strict();

export type StatusId = z.infer<typeof StatusId>;
export type EventKind = z.infer<typeof EventKind>;
export type BasisKind = z.infer<typeof BasisKind>;
export type Basis = z.infer<typeof Basis>;
export type Localized = z.infer<typeof Localized>;
export type Event = z.infer<typeof Event>;
export type OoniTarget = z.infer<typeof OoniTarget>;
export type Platform = z.infer<typeof Platform>;
export type Source = z.infer<typeof Source>;
export type ContextItem = z.infer<typeof ContextItem>;
export type Authority = z.infer<typeof Authority>;
export type Evidence = z.infer<typeof Evidence>;
export type BlockedInRussia = z.infer<typeof BlockedInRussia>;
export type OoniExplorer = z.infer<typeof OoniExplorer>;
export type PublishedPlatform = z.infer<typeof PublishedPlatform>;
export type Dataset = z.infer<typeof Dataset>;
