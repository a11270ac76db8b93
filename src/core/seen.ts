// "What changed": the ids of the events (and context items) the reader has looked at, kept in
// `storage.local` and nothing else. Whatever is found there is read as a valid value, never thrown on.

const isEventId = (id: unknown): id is string => typeof id === 'string' && /^[a-z0-9-]{1,120}$/.test(id);

/** The ids stored, or null where nothing usable is: a new install, a version before this one, garbage. */
export function parseSeen(raw: unknown): string[] | null {
  return Array.isArray(raw) ? raw.filter(isEventId) : null;
}

/**
 * Which of the current ids the reader has not seen. Where nothing was stored yet there is no "before"
 * to compare with, so nothing is new: the current data becomes the baseline.
 */
export function unseenIds(current: readonly string[], seen: readonly string[] | null): string[] {
  if (seen === null) return [];
  const known = new Set(seen);
  return current.filter((id) => !known.has(id));
}

/** The stored set after looking at `ids`; ids no longer in the data are dropped, so it never grows stale. */
export function withSeen(seen: readonly string[] | null, ids: readonly string[], current: readonly string[]): string[] {
  const now = new Set(current);
  return [...new Set([...(seen ?? current), ...ids])].filter((id) => now.has(id)).sort();
}
