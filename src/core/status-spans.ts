// A platform's history as the status chart draws it: the stretches of time each status was in force,
// and the events that did not change it. Computed with deriveStatus itself, so the chart can never
// disagree with the status chip.
import type { BasisKind, Event, EventKind, StatusId } from '../data/schema';
import { deriveStatus } from './status';

type ChartEvent = Pick<Event, 'id' | 'date' | 'kind' | 'status' | 'basis'>;

export interface StatusSpan {
  status: StatusId;
  /**
   * The date it took force; for a platform's first span, the date its record starts (its first
   * event). Null only for a platform with no events at all: not restricted, from whenever the chart begins.
   */
  from: string | null;
  /** The date the next span took force; null while still in force. */
  to: string | null;
  /** The event a reader is taken to: the one that put the status in force, or, for the first span, the record's first event. */
  eventId: string | null;
  basis: BasisKind | null;
}

/** An event that did not change the status (a fine, a threat, a law, a status set again). */
export interface EventMark {
  eventId: string;
  date: string;
  kind: EventKind;
}

export interface StatusHistory {
  spans: StatusSpan[];
  marks: EventMark[];
}

/**
 * Walks the record day by day and asks deriveStatus what is in force at the end of each day: events
 * on the same day settle together (the later in the file wins, as for the chip), a status set again
 * continues its span, and consecutive equal statuses are one span.
 */
export function statusHistory(events: readonly ChartEvent[]): StatusHistory {
  if (events.length === 0) return { spans: [{ status: 'not-restricted', from: null, to: null, eventId: null, basis: null }], marks: [] };
  const spans: StatusSpan[] = [];
  const starters = new Set<string>();
  for (let i = 0; i < events.length; i++) {
    const endOfDay = i === events.length - 1 || events[i + 1].date !== events[i].date;
    if (!endOfDay) continue;
    const derived = deriveStatus(events.slice(0, i + 1));
    const current = spans.at(-1);
    if (current?.status === derived.status) continue;
    if (current) current.to = events[i].date;
    const eventId = derived.eventId ?? events[0].id;
    starters.add(eventId);
    spans.push({ status: derived.status, from: current ? events[i].date : events[0].date, to: null, eventId, basis: derived.basis });
  }
  // The record's first event anchors the first span but, unless it set the status, is a mark too.
  const marks = events
    .filter((e) => !(starters.has(e.id) && e.status))
    .map((e): EventMark => ({ eventId: e.id, date: e.date, kind: e.kind }));
  return { spans, marks };
}
