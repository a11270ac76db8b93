import type { ContextItem, Dataset, Event, PublishedPlatform, Source } from '../data/schema';
import { publisherName } from './dataset';
import type { Lang } from './lang';

/** An event (or context item) as a backlink from one of its sources. */
export interface Citation {
  platform: Pick<PublishedPlatform, 'id' | 'name'> | null;
  event: Pick<Event | ContextItem, 'id' | 'date' | 'summary' | 'evidence'>;
}

/** For each source id, every event that cites it, oldest first. */
export function citationsBySource(dataset: Dataset): Map<string, Citation[]> {
  const index = new Map<string, Citation[]>();
  const add = (platform: PublishedPlatform | null, event: Event | ContextItem) => {
    for (const id of event.sources) {
      const list = index.get(id) ?? [];
      list.push({ platform, event });
      index.set(id, list);
    }
  };
  for (const platform of dataset.platforms) for (const event of platform.events) add(platform, event);
  for (const event of dataset.context) add(null, event);
  for (const list of index.values()) list.sort((a, b) => compareText(a.event.date, b.event.date));
  return index;
}

export type SourceSort = 'date' | 'publisher';

export interface SourceFilter {
  platformId: string;
  text: string;
  sort: SourceSort;
  /** The reader's language: publishers sort by the name they are shown under. */
  lang?: Lang;
}

// ISO dates order correctly as plain strings; no need for the (much slower) locale-aware compare.
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const collator = new Intl.Collator(undefined, { sensitivity: 'base' });

/** Sources matching the platform and text filters (publisher in either language, or title, case-insensitive), sorted. */
export function filterSources(sources: readonly Source[], citations: Map<string, Citation[]>, filter: SourceFilter): Source[] {
  const needle = filter.text.trim().toLocaleLowerCase();
  const shown = sources.filter((s) => {
    if (filter.platformId && !(citations.get(s.id) ?? []).some((c) => c.platform?.id === filter.platformId)) return false;
    return !needle || `${s.publisher}\n${s.publisherRu ?? ''}\n${s.title}`.toLocaleLowerCase().includes(needle);
  });
  const name = (s: Source) => publisherName(s, filter.lang ?? 'en').replace(/^«/, '');
  const byName = (a: Source, b: Source) => collator.compare(name(a), name(b));
  const byDate = (a: Source, b: Source) => compareText(b.published ?? '', a.published ?? '') || byName(a, b);
  const byPublisher = (a: Source, b: Source) => byName(a, b) || compareText(b.published ?? '', a.published ?? '');
  return shown.sort(filter.sort === 'date' ? byDate : byPublisher);
}

export function eventCount(dataset: Dataset): number {
  return dataset.platforms.reduce((n, p) => n + p.events.length, 0) + dataset.context.length;
}
