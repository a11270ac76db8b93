// Every item the extension stores, declared once: the storage area, the key, and how whatever is
// found there is read (a valid value, never thrown on). src/browser/storage.ts reads and writes
// them; nothing else names a storage key.
import { parseSeen } from './seen';
import { parseSession, type SessionState } from './session';
import { parseSettings, type Settings } from './settings';
import { readStoredLoads, type StoredLoad } from './unreachable-page';

export interface StoredItem<T> {
  /** `local` lasts; `session` is memory only, gone when the browser closes. */
  area: 'local' | 'session';
  key: string;
  parse: (raw: unknown) => T;
  /** The form it is stored in, where that is not the value itself. */
  toStored?: (value: T) => unknown;
}

/** The reader's settings: the panel per platform, its corner, the failed-load page per platform. */
export const SETTINGS: StoredItem<Settings> = { area: 'local', key: 'settings', parse: parseSettings };

/** This browsing session's chips shown and dismissals (core/session.ts). */
export const PANEL_SESSION: StoredItem<SessionState> = { area: 'session', key: 'panelSession', parse: parseSession };

/** The events and context items the reader has looked at, to tell what is new (core/seen.ts); null before the first visit. */
export const SEEN_EVENTS: StoredItem<string[] | null> = { area: 'local', key: 'seenEvents', parse: parseSeen };

/** Per tab, the latest failed load the worker showed the failed-load page for (core/unreachable-page.ts). */
export const UNREACHABLE_LOADS: StoredItem<Map<number, StoredLoad>> = {
  area: 'session',
  key: 'unreachableTabs',
  parse: readStoredLoads,
  toStored: (loads) => Object.fromEntries(loads),
};
