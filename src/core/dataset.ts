// Read access to the published dataset, shared by every surface.
import type { Authority, Basis, ContextItem, Dataset, PublishedPlatform, Source } from '../data/schema';
import type { Lang } from './lang';

/** What one platform's page needs: its record, the sources it cites and the authorities it names. */
export interface PlatformSlice {
  reviewed: string;
  latestSource: string;
  platform: PublishedPlatform;
  sources: Record<string, Source>;
  authorities: Record<string, Authority>;
}

export function sliceFor(dataset: Dataset, platform: PublishedPlatform): PlatformSlice {
  const cited = new Set(platform.events.flatMap((e) => e.sources));
  // The sources that say a cited outlet is blocked in Russia are shown beside it.
  for (const s of dataset.sources) if (cited.has(s.id)) for (const id of s.blockedInRussia?.sources ?? []) cited.add(id);
  const named = new Set(platform.events.flatMap((e) => (e.authority ? [e.authority] : [])));
  return {
    reviewed: dataset.reviewed,
    latestSource: dataset.latestSource,
    platform,
    sources: Object.fromEntries(dataset.sources.filter((s) => cited.has(s.id)).map((s) => [s.id, s])),
    authorities: Object.fromEntries(Object.entries(dataset.authorities).filter(([id]) => named.has(id))),
  };
}

/** The publisher as the reader's language names it: «Коммерсантъ (со ссылкой на ТАСС)» for a Russian reader. */
export function publisherName(source: Pick<Source, 'publisher' | 'publisherRu'>, lang: Lang): string {
  return (lang === 'ru' && source.publisherRu) || source.publisher;
}

export function sourcesById(dataset: Pick<Dataset, 'sources'>): Record<string, Source> {
  return Object.fromEntries(dataset.sources.map((s) => [s.id, s]));
}

/** The platforms the project began with, which most readers come for: WhatsApp, Telegram, YouTube, Facebook, Instagram. */
export const FOUNDING_PLATFORMS = ['whatsapp', 'telegram', 'youtube', 'facebook', 'instagram'];

const latest = (p: PublishedPlatform) => p.events.at(-1)?.date ?? '';

/** The overview's order: the founding platforms first, then the most recent change first. */
export function overviewOrder(a: PublishedPlatform, b: PublishedPlatform): number {
  // Not founding: indexOf's -1 as an unsigned number, after every founding one.
  const [i, j] = [a, b].map((p) => FOUNDING_PLATFORMS.indexOf(p.id) >>> 0);
  return i - j || latest(b).localeCompare(latest(a)) || a.name.localeCompare(b.name);
}

/** What the status in force rests on, in full (the act named, the reports counted); null for not-restricted. */
export function basisOf(platform: PublishedPlatform): Basis | null {
  if (platform.statusBasis === null) return null;
  const setter = platform.events.findLast((e) => e.status !== undefined);
  return setter?.basis ?? null;
}

/** Where a source says OONI Explorer ("Check it now") is blocked in Russia: since when, and the sources saying so. */
export function ooniExplorerBlock(dataset: Pick<Dataset, 'ooniExplorer' | 'sources'>): { since: string | null; sources: Source[] } | null {
  const blocked = dataset.ooniExplorer?.blockedInRussia;
  if (!blocked) return null;
  const sources = dataset.sources.filter((s) => blocked.sources.includes(s.id));
  return { since: blocked.since, sources };
}

/** Every event and context item id, the set "what changed" is measured against. */
export function recordIds(dataset: Pick<Dataset, 'platforms' | 'context'>): string[] {
  return [...dataset.platforms.flatMap((p) => p.events.map((e) => e.id)), ...dataset.context.map((c) => c.id)];
}

/** Context items that change what every status means for a reader (mobile whitelists). */
export function noticesOf(dataset: Pick<Dataset, 'context'>): ContextItem[] {
  return dataset.context.filter((item) => item.notice);
}
