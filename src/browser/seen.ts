// The events the reader has looked at (core/stored-items.ts SEEN_EVENTS), for the worker and the popup.
import { unseenIds, withSeen } from '../core/seen';
import { SEEN_EVENTS } from '../core/stored-items';
import { read, write } from './storage';

/** The current ids the reader has not looked at; the first time, stores the baseline and returns none. */
export async function loadUnseen(current: readonly string[]): Promise<Set<string>> {
  const seen = await read(SEEN_EVENTS);
  if (seen === null) await write(SEEN_EVENTS, withSeen(null, [], current)).catch(() => {});
  return new Set(unseenIds(current, seen));
}

/** Records that the reader has looked at `ids`. */
export async function markSeen(ids: readonly string[], current: readonly string[]): Promise<void> {
  await write(SEEN_EVENTS, withSeen(await read(SEEN_EVENTS), ids, current)).catch(() => {});
}
