// The panel's session state in `storage.session`, for the worker and the popup (polyfilled: see api.ts).
import browser, { type Storage } from 'webextension-polyfill';
import { parseSession, SESSION_KEY, type SessionState } from '../core/session';

// `storage.session` (Chromium 102+, Firefox 115+) lives as long as the browser session; where it is
// missing, the worker's memory stands in (a worker restart then shows the chip once more).
const area = (): Storage.StorageArea | undefined => (browser.storage as { session?: Storage.StorageArea }).session;
let memory: unknown;

export async function readSession(): Promise<SessionState> {
  try {
    const store = area();
    return parseSession(store ? (await store.get(SESSION_KEY))[SESSION_KEY] : memory);
  } catch {
    return parseSession(undefined);
  }
}

let queue: Promise<unknown> = Promise.resolve();

/** Read, change and write in turn, so two tabs loading at once cannot both see a fresh session. */
export function updateSession(change: (session: SessionState) => SessionState): Promise<SessionState> {
  const next = queue.then(async () => {
    const before = await readSession();
    const after = change(before);
    if (JSON.stringify(after) === JSON.stringify(before)) return before;
    memory = after;
    await area()
      ?.set({ [SESSION_KEY]: after })
      .catch(() => {});
    return after;
  });
  queue = next.catch(() => {});
  return next;
}

/** Called when the set of platforms dismissed this session changes (not on every visit recorded). */
export function onDismissalsChanged(listener: (session: SessionState) => void): void {
  browser.storage.onChanged.addListener((changes: Record<string, Storage.StorageChange>, areaName: string) => {
    if (areaName !== 'session' || !(SESSION_KEY in changes)) return;
    const [before, after] = [changes[SESSION_KEY].oldValue, changes[SESSION_KEY].newValue].map(parseSession);
    if (before.dismissed.join() !== after.dismissed.join()) listener(after);
  });
}
