// Read access to the published dataset, shared by every surface.
import type { Authority, Basis, ContextItem, Dataset, PublishedPlatform, Source } from '../data/schema';

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
  const named = new Set(platform.events.flatMap((e) => (e.authority ? [e.authority] : [])));
  return {
    reviewed: dataset.reviewed,
    latestSource: dataset.latestSource,
    platform,
    sources: Object.fromEntries(dataset.sources.filter((s) => cited.has(s.id)).map((s) => [s.id, s])),
    authorities: Object.fromEntries(Object.entries(dataset.authorities).filter(([id]) => named.has(id))),
  };
}

export function sourcesById(dataset: Pick<Dataset, 'sources'>): Record<string, Source> {
  return Object.fromEntries(dataset.sources.map((s) => [s.id, s]));
}

const SEVERITY = { blocked: 0, throttled: 1, 'partially-restricted': 2, 'not-restricted': 3 } as const;

/** Most restricted first, then the longest-standing restriction first, then by name. */
export function byRestriction(a: PublishedPlatform, b: PublishedPlatform): number {
  return (
    SEVERITY[a.status] - SEVERITY[b.status] ||
    (a.statusSince ?? '9999').localeCompare(b.statusSince ?? '9999') ||
    a.name.localeCompare(b.name)
  );
}

/** What the status in force rests on, in full (the act named, the reports counted); null for not-restricted. */
export function basisOf(platform: PublishedPlatform): Basis | null {
  if (platform.statusBasis === null) return null;
  const setter = platform.events.findLast((e) => e.status !== undefined);
  return setter?.basis ?? null;
}

/** Every event and context item id, the set "what changed" is measured against. */
export function recordIds(dataset: Pick<Dataset, 'platforms' | 'context'>): string[] {
  return [...dataset.platforms.flatMap((p) => p.events.map((e) => e.id)), ...dataset.context.map((c) => c.id)];
}

/** Context items that change what every status means for a reader (mobile whitelists). */
export function noticesOf(dataset: Pick<Dataset, 'context'>): ContextItem[] {
  return dataset.context.filter((item) => item.notice);
}
