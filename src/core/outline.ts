// The sources page's first screen, computed at build time (`virtual:dataset-outline`): the header's
// figures, every platform's events as the status chart draws them, and the first sources of the list
// in each language. The page draws it before the whole dataset has loaded, and loads the rest after
// its first paint (src/sources/whole-dataset.ts).
//
// Why: loading the dataset is most of the page's first paint; with ten times today's data, 2.2 MB
// took a page from 112 to 360 ms before it drew a line. The outline is under a third of it.
import type { Dataset, Event, PublishedPlatform, Source } from '../data/schema';
import { type Citation, citationsBySource, eventCount, filterSources } from './citations';
import { LANGS, type Lang } from './lang';

/** An event as the status chart draws it and names it. */
export type OutlineEvent = Pick<Event, 'id' | 'date' | 'kind' | 'status' | 'basis' | 'summary'>;
export type OutlinePlatform = Pick<PublishedPlatform, 'id' | 'name'> & { events: OutlineEvent[] };

/** A source as the list shows it, with the events that cite it. */
export interface ListedSource {
  source: Source;
  cites: Citation[];
}

export interface DatasetOutline {
  reviewed: string;
  latestSource: string;
  sourceCount: number;
  eventCount: number;
  platforms: OutlinePlatform[];
  /** The list's first entries before any filter, in the reader's language (publishers sort by the name shown). */
  firstSources: Record<Lang, ListedSource[]>;
}

// The list's entries drawn before the first paint. The list starts 800 px down (below the header and
// the chart) and an entry is about 170 px tall, so a 1920x1080 window shows two.
const FIRST_SOURCES = 3;

const outlineEvent = ({ id, date, kind, status, basis, summary }: Event): OutlineEvent => ({ id, date, kind, status, basis, summary });

/** What a citation shows: the platform's name, the event's date and summary, and its excerpts of this source. */
const listedCitation =
  (sourceId: string) =>
  ({ platform, event }: Citation): Citation => {
    const evidence = event.evidence?.filter((e) => e.source === sourceId);
    return {
      platform: platform && { id: platform.id, name: platform.name },
      event: { id: event.id, date: event.date, summary: event.summary, ...(evidence?.length ? { evidence } : {}) },
    };
  };

export function datasetOutline(dataset: Dataset): DatasetOutline {
  const citations = citationsBySource(dataset);
  const first = (lang: Lang) =>
    filterSources(dataset.sources, citations, { platformId: '', text: '', sort: 'date', lang })
      .slice(0, FIRST_SOURCES)
      .map((source) => ({ source, cites: (citations.get(source.id) ?? []).map(listedCitation(source.id)) }));
  return {
    reviewed: dataset.reviewed,
    latestSource: dataset.latestSource,
    sourceCount: dataset.sources.length,
    eventCount: eventCount(dataset),
    platforms: dataset.platforms.map((p) => ({ id: p.id, name: p.name, events: p.events.map(outlineEvent) })),
    firstSources: Object.fromEntries(LANGS.map((lang) => [lang, first(lang)])) as Record<Lang, ListedSource[]>,
  };
}
