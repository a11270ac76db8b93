// The panel's session state (core/stored-items.ts PANEL_SESSION), for the worker and the popup.
import type { SessionState } from '../core/session';
import { PANEL_SESSION } from '../core/stored-items';
import { areaOf, read, watch, write } from './storage';

// Where the browser has no `storage.session`, the worker's memory stands in (a worker restart then
// shows the chip once more).
let memory: unknown;

export const readSession = (): Promise<SessionState> =>
  areaOf(PANEL_SESSION) ? read(PANEL_SESSION) : Promise.resolve(PANEL_SESSION.parse(memory));

let queue: Promise<unknown> = Promise.resolve();

/** Read, change and write in turn, so two tabs loading at once cannot both see a fresh session. */
export function updateSession(change: (session: SessionState) => SessionState): Promise<SessionState> {
  const next = queue.then(async () => {
    const before = await readSession();
    const after = change(before);
    if (JSON.stringify(after) === JSON.stringify(before)) return before;
    memory = after;
    await write(PANEL_SESSION, after).catch(() => {});
    return after;
  });
  queue = next.catch(() => {});
  return next;
}

/** Called when the set of platforms dismissed this session changes (not on every chip shown). */
export function onDismissalsChanged(listener: (session: SessionState) => void): void {
  watch(PANEL_SESSION, (after, before) => {
    if (before.dismissed.join() !== after.dismissed.join()) listener(after);
  });
}
