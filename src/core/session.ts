// What the panel remembers for one browsing session (kept in `storage.session`, gone when the
// browser restarts): which platforms the reader has been shown the full chip on, and which they
// dismissed. The worker decides from it whether a page gets the chip or the small mark. (Not
// core/seen.ts: the events the reader has looked at, kept for good to tell what is new.)
import type { PublishedPlatform } from '../data/schema';
import type { PanelMode } from './settings';

export interface SessionState {
  /** Per platform, the version of its data the reader was shown the chip for (`dataVersion`). */
  chipShown: Record<string, string>;
  /** Platforms whose panel the reader dismissed this session. */
  dismissed: string[];
}

/** The chip states the status in words; the mark is a small button that opens the same panel. */
export type PanelForm = 'chip' | 'mark';

const isId = (id: unknown): id is string => typeof id === 'string' && /^[a-z0-9-]{1,40}$/.test(id);

export function parseSession(raw: unknown): SessionState {
  const record = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const chipShown = record.chipShown && typeof record.chipShown === 'object' && !Array.isArray(record.chipShown) ? record.chipShown : {};
  return {
    chipShown: Object.fromEntries(Object.entries(chipShown).filter(([id, v]) => isId(id) && typeof v === 'string' && v.length <= 200)),
    dismissed: [...new Set(Array.isArray(record.dismissed) ? record.dismissed.filter(isId) : [])],
  };
}

/** Changes whenever an update brings the platform a new event or a new status. */
export function dataVersion(platform: Pick<PublishedPlatform, 'status' | 'statusEventId' | 'events'>): string {
  return `${platform.status}:${platform.statusEventId ?? ''}:${platform.events.length}:${platform.events.at(-1)?.id ?? ''}`;
}

/**
 * Calm by default: the chip on the first visit of the session and whenever the platform's data
 * changed, the mark after that; a platform Russia does not restrict gets only the mark.
 */
export function panelForm(
  mode: PanelMode,
  platform: Pick<PublishedPlatform, 'id' | 'status' | 'statusEventId' | 'events'>,
  session: SessionState,
): PanelForm {
  if (mode === 'always') return 'chip';
  if (platform.status === 'not-restricted') return 'mark';
  return session.chipShown[platform.id] === dataVersion(platform) ? 'mark' : 'chip';
}

/** The session after the chip was shown for the platform's current data. */
export function withChipShown(
  session: SessionState,
  platform: Pick<PublishedPlatform, 'id' | 'status' | 'statusEventId' | 'events'>,
): SessionState {
  return { ...session, chipShown: { ...session.chipShown, [platform.id]: dataVersion(platform) } };
}

export function withDismissed(session: SessionState, platformId: string, dismissed: boolean): SessionState {
  const others = session.dismissed.filter((id) => id !== platformId);
  return { ...session, dismissed: dismissed ? [...others, platformId] : others };
}
