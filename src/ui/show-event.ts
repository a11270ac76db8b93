import type { Event } from '../data/schema';
import type { ChartEvents } from './chart-items';

/** Brings an event of the history list (`Timeline`, or the sources page's table) into view and focus. */
export function showEvent(eventId: string, root: Document | ShadowRoot = document): void {
  const target = root.getElementById(`event-${eventId}`);
  const closed = target?.closest('details');
  if (closed) closed.open = true;
  target?.scrollIntoView({ block: 'center' });
  target?.focus({ preventScroll: true });
}

/** What the chart says of each event on hover or focus. */
export function chartEvents(platforms: readonly { events: readonly Pick<Event, 'id' | 'date' | 'kind' | 'summary'>[] }[]): ChartEvents {
  return Object.fromEntries(platforms.flatMap((p) => p.events.map((e) => [e.id, { date: e.date, kind: e.kind, summary: e.summary }])));
}
