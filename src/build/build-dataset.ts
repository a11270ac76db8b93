// Turns the data files into the published dataset, or refuses them with every problem named by
// file, entry and field. Pure: the caller reads the files, so tests can feed it any text.
import type { z } from 'zod';
import {
  basisProblems,
  evidenceProblems,
  namedButUncited,
  officialAuthorityProblem,
  reportingPublisher,
  urlProblem,
} from '../core/data-rules';
import { isAfter } from '../core/dates';
import { deriveOfficialStatus, deriveStatus } from '../core/status';
import { type BlockedInRussia, type Dataset, type Evidence, Meta, Platform, type PublishedPlatform, Source } from '../data/schema';
import { AWAITING_CANONICAL } from './awaiting-canonical';
import { jsonSyntaxError } from './json-syntax';

export interface DataFile {
  /** Path as the reader should see it in an error, e.g. `src/data/platforms/whatsapp.json`. */
  path: string;
  text: string;
}

export interface DatasetProblem {
  file: string;
  entry: string;
  field: string;
  message: string;
}

export class DatasetError extends Error {
  constructor(readonly problems: DatasetProblem[]) {
    super(`Invalid dataset (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'DatasetError';
  }
}

function formatProblem(p: DatasetProblem): string {
  return `  ${p.file}: ${p.entry}: ${p.field}: ${p.message}`;
}

export interface DatasetFiles {
  meta: DataFile;
  sources: DataFile;
  platforms: DataFile[];
}

type Path = readonly PropertyKey[];

function fieldOf(path: Path): string {
  return (
    path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '') ||
    '(whole entry)'
  );
}

/** Names the entry an error is in: a record of a list (a source, an event, a context item) by its id. */
function entryOf(root: unknown, path: Path, rootName: string): { entry: string; rest: Path } {
  const at = typeof path[0] === 'number' ? 0 : (path[0] === 'events' || path[0] === 'context') && typeof path[1] === 'number' ? 1 : -1;
  if (at === -1) return { entry: rootName, rest: path };
  let node: unknown = root;
  for (const key of path.slice(0, at + 1)) node = (node as Record<PropertyKey, unknown> | undefined)?.[key as never];
  const id = (node as { id?: unknown } | undefined)?.id;
  return { entry: `${fieldOf(path.slice(0, at + 1))}${typeof id === 'string' ? ` "${id}"` : ''}`, rest: path.slice(at + 1) };
}

function parseFile<T>(file: DataFile, schema: z.ZodType<T>, rootName: string, problems: DatasetProblem[]): T | undefined {
  let json: unknown;
  try {
    json = JSON.parse(file.text);
  } catch (error) {
    const at = jsonSyntaxError(file.text);
    problems.push({
      file: file.path,
      entry: at ? `line ${at.line}, column ${at.column}` : '(file)',
      field: '(syntax)',
      message: at
        ? `not valid JSON: expected ${at.expected} here: ${lineAt(file.text, at.line).trim().slice(0, 80)}`
        : `not valid JSON: ${(error as Error).message}`,
    });
    return undefined;
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const { entry, rest } = entryOf(json, issue.path, rootName);
    problems.push({ file: file.path, entry, field: fieldOf(rest), message: issue.message });
  }
  return undefined;
}

const lineAt = (text: string, line: number) => text.split('\n')[line - 1] ?? '';

const SourceList = Source.array();

/**
 * Validates every file against the schema, then checks what a schema cannot see: cited sources and
 * authorities exist, no source is unused, no duplicate id or URL, URLs canonical, no date in the
 * future or after the review, events in date order, hosts unique across platforms, every status on
 * a basis the rule accepts (an official one from a state body) and never set twice in a row, every
 * outlet a disagreement names cited, every excerpt from a source cited, in its language, translated
 * and short. Returns the dataset with each platform's status, since-date, basis and the event that set
 * it derived from its events, the status the official acts give beside it, and the date of the newest
 * source.
 */
export function buildDataset(files: DatasetFiles, todayIso: string): Dataset {
  const problems: DatasetProblem[] = [];
  const meta = parseFile(files.meta, Meta, 'meta', problems);
  const sources = parseFile(files.sources, SourceList, 'sources', problems);
  const platforms = files.platforms.map((file) => ({ file, platform: parseFile(file, Platform, 'platform', problems) }));
  if (!meta || !sources || platforms.some((p) => !p.platform)) throw new DatasetError(problems);

  const add = (file: string, entry: string, field: string, message: string) => problems.push({ file, entry, field, message });
  const sourceFile = files.sources.path;
  const metaFile = files.meta.path;

  if (isAfter(meta.reviewed, todayIso)) add(metaFile, 'meta', 'reviewed', `${meta.reviewed} is in the future`);

  const sourceIds = new Map<string, number>();
  const urls = new Map<string, string>();
  sources.forEach((s, i) => {
    const entry = `[${i}] "${s.id}"`;
    if (sourceIds.has(s.id)) add(sourceFile, entry, 'id', `duplicate source id (also at [${sourceIds.get(s.id)}])`);
    sourceIds.set(s.id, i);
    const url = s.url.replace(/\/$/, '');
    if (urls.has(url)) add(sourceFile, entry, 'url', `duplicate URL (also source "${urls.get(url)}")`);
    urls.set(url, s.id);
    if (s.published && isAfter(s.published, todayIso)) add(sourceFile, entry, 'published', `${s.published} is in the future`);
    else if (s.published && isAfter(s.published, meta.reviewed))
      add(sourceFile, entry, 'published', `${s.published} is after the review date ${meta.reviewed}: update ${metaFile} reviewed`);
    const notCanonical = urlProblem(s.url);
    if (notCanonical && AWAITING_CANONICAL.get(s.id) !== s.url) add(sourceFile, entry, 'url', notCanonical);
  });
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const publishers = [...new Set(sources.map((s) => reportingPublisher(s.publisher)))];
  const platformHosts = platforms.flatMap((p) => p.platform?.hosts ?? []);

  const cited = new Set<string>();
  const eventIds = new Map<string, string>();
  const checkRecord = (
    file: string,
    entry: string,
    record: { id: string; date: string; authority?: string; sources: string[]; disagreement?: { en: string }; evidence?: Evidence[] },
  ) => {
    if (eventIds.has(record.id)) add(file, entry, 'id', `duplicate id (also in ${eventIds.get(record.id)})`);
    eventIds.set(record.id, file);
    if (isAfter(record.date, todayIso)) add(file, entry, 'date', `${record.date} is in the future`);
    if (record.authority !== undefined && !(record.authority in meta.authorities))
      add(file, entry, 'authority', `unknown authority "${record.authority}" (add it to ${metaFile} authorities)`);
    record.sources.forEach((id, i) => {
      cited.add(id);
      if (!sourceIds.has(id)) add(file, entry, `sources[${i}]`, `cites unknown source "${id}"`);
    });
    const seen = new Set<string>();
    record.sources.forEach((id, i) => {
      if (seen.has(id)) add(file, entry, `sources[${i}]`, `cites "${id}" twice`);
      seen.add(id);
    });
    if (record.disagreement)
      for (const name of namedButUncited(record.disagreement.en, citedSources(record.sources), publishers, platformHosts))
        add(file, entry, 'disagreement.en', `names "${name}" but cites no source from it: cite it or leave it out`);
    for (const p of evidenceProblems(record, sourceById)) add(file, entry, p.field, p.message);
  };
  // A source that says a site is blocked in Russia counts as cited: the reader is shown it.
  const checkBlocked = (file: string, entry: string, field: string, blocked: BlockedInRussia) => {
    blocked.sources.forEach((id, i) => {
      cited.add(id);
      if (!sourceIds.has(id)) add(file, entry, `${field}.sources[${i}]`, `cites unknown source "${id}"`);
    });
    if (blocked.since && isAfter(blocked.since, todayIso)) add(file, entry, `${field}.since`, `${blocked.since} is in the future`);
  };
  sources.forEach((s, i) => {
    if (s.blockedInRussia) checkBlocked(sourceFile, `[${i}] "${s.id}"`, 'blockedInRussia', s.blockedInRussia);
  });
  if (meta.ooniExplorer) checkBlocked(metaFile, 'meta', 'ooniExplorer.blockedInRussia', meta.ooniExplorer.blockedInRussia);
  const citedSources = (ids: string[]) => ids.flatMap((id) => sourceById.get(id) ?? []);

  meta.context.forEach((item, i) => {
    checkRecord(metaFile, `context[${i}] "${item.id}"`, item);
  });

  const hostOwner = new Map<string, string>();
  const platformIds = new Set<string>();
  const published: PublishedPlatform[] = [];
  for (const { file, platform } of platforms) {
    if (!platform) continue;
    const path = file.path;
    const expectedId = path.replace(/^.*\//, '').replace(/\.json$/, '');
    if (platform.id !== expectedId) add(path, 'platform', 'id', `"${platform.id}" does not match the file name (expected "${expectedId}")`);
    if (platformIds.has(platform.id)) add(path, 'platform', 'id', `duplicate platform id "${platform.id}"`);
    platformIds.add(platform.id);
    platform.hosts.forEach((host, i) => {
      for (const [other, owner] of hostOwner) {
        if (owner !== platform.id && (host === other || host.endsWith(`.${other}`) || other.endsWith(`.${host}`)))
          add(path, 'platform', `hosts[${i}]`, `"${host}" overlaps "${other}" of platform "${owner}"`);
      }
      if (hostOwner.get(host) === platform.id) add(path, 'platform', `hosts[${i}]`, `"${host}" is listed twice`);
      hostOwner.set(host, platform.id);
    });
    if (platform.ooni && 'domains' in platform.ooni)
      platform.ooni.domains.forEach((domain, i) => {
        if (!platform.hosts.some((host) => domain === host || domain.endsWith(`.${host}`)))
          add(path, 'platform', `ooni.domains[${i}]`, `"${domain}" is not one of the platform's hosts or a subdomain of one`);
      });
    platform.events.forEach((event, i) => {
      const entry = `events[${i}] "${event.id}"`;
      checkRecord(path, entry, event);
      const previous = platform.events[i - 1];
      if (previous && event.date < previous.date)
        add(path, entry, 'date', `${event.date} comes before the previous event's ${previous.date}: keep events in date order`);
      for (const p of basisProblems(event, citedSources(event.sources))) add(path, entry, p.field, p.message);
      const notState = officialAuthorityProblem(event, meta.authorities);
      if (notState) add(path, entry, notState.field, notState.message);
      const inForce = deriveStatus(platform.events.slice(0, i));
      if (event.status && inForce.eventId && event.status === inForce.status)
        add(
          path,
          entry,
          'status',
          `"${event.status}" is already in force since ${inForce.since}: a status goes only on an event that changes it`,
        );
    });
    const derived = deriveStatus(platform.events);
    const official = deriveOfficialStatus(platform.events);
    published.push({
      ...platform,
      status: derived.status,
      statusSince: derived.since,
      statusEventId: derived.eventId,
      statusBasis: derived.basis,
      officialStatus: official.status,
      officialSince: official.since,
      officialEventId: official.eventId,
    });
  }

  sources.forEach((s, i) => {
    if (!cited.has(s.id)) add(sourceFile, `[${i}] "${s.id}"`, 'id', 'source is cited by no event: remove it or cite it');
  });

  if (problems.length > 0) throw new DatasetError(problems);
  published.sort((a, b) => a.id.localeCompare(b.id));
  return {
    reviewed: meta.reviewed,
    latestSource: latestSource(sources),
    platforms: published,
    sources,
    authorities: meta.authorities,
    context: meta.context,
    ...(meta.ooniExplorer ? { ooniExplorer: meta.ooniExplorer } : {}),
  };
}

/** The newest day any source was published (a month or year alone has no day to give). */
function latestSource(sources: readonly Source[]): string {
  return sources.reduce(
    (latest, s) => (s.published && s.published.length === 10 && s.published > latest ? s.published : latest),
    '0000-01-01',
  );
}
