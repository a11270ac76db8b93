import type { BasisKind, Event, StatusId } from '../data/schema';

export interface DerivedStatus {
  status: StatusId;
  /** When the status in force began; null where nothing was ever restricted. */
  since: string | null;
  /** The event that put it in force. */
  eventId: string | null;
  /** What the status rests on; null for `not-restricted`, which needs no confirmation. */
  basis: BasisKind | null;
}

/**
 * The status in force is the one set by the latest event that set a status; a platform no event
 * ever restricted is `not-restricted`. Events are in date order (the dataset check enforces it), and
 * for events on the same date the later one in the file wins.
 */
export function deriveStatus(events: readonly Pick<Event, 'id' | 'date' | 'status' | 'basis'>[]): DerivedStatus {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i];
    if (event.status) {
      const basis = event.status === 'not-restricted' ? null : (event.basis?.kind ?? null);
      return { status: event.status, since: event.date, eventId: event.id, basis };
    }
  }
  return { status: 'not-restricted', since: null, eventId: null, basis: null };
}
