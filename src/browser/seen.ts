import { parseSeen, SEEN_KEY, unseenIds, withSeen } from '../core/seen';
import { api } from './api';

async function read(): Promise<string[] | null> {
  try {
    return parseSeen((await api.storage.local.get(SEEN_KEY))[SEEN_KEY]);
  } catch {
    return null;
  }
}

/** The current ids the reader has not looked at; the first time, stores the baseline and returns none. */
export async function loadUnseen(current: readonly string[]): Promise<Set<string>> {
  const seen = await read();
  if (seen === null) await api.storage.local.set({ [SEEN_KEY]: withSeen(null, [], current) }).catch(() => {});
  return new Set(unseenIds(current, seen));
}

/** Records that the reader has looked at `ids`. */
export async function markSeen(ids: readonly string[], current: readonly string[]): Promise<void> {
  await api.storage.local.set({ [SEEN_KEY]: withSeen(await read(), ids, current) }).catch(() => {});
}
