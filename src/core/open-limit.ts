// The panel acts only on the reader's own clicks (it ignores a page's untrusted ones); behind that,
// the worker opens at most one extension page per tab in each interval, however many requests a tab
// sends (a double click, or a page that found a way to click for the reader).

/** A gate: `mayOpen(tabId, now)` is true at most once per tab per `intervalMs`. */
export function oncePerTab(intervalMs: number): (tabId: number | undefined, now: number) => boolean {
  const lastOpened = new Map<number, number>();
  return (tabId, now) => {
    for (const [id, at] of lastOpened) if (now - at >= intervalMs) lastOpened.delete(id);
    if (tabId === undefined || lastOpened.has(tabId)) return false;
    lastOpened.set(tabId, now);
    return true;
  };
}
