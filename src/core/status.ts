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

export interface OfficialStatus {
  /** Null where no event sets a status on an official basis (an official statement may still be in the history). */
  status: StatusId | null;
  since: string | null;
  eventId: string | null;
}

/**
 * The status the authorities' own acts give: the one set by the latest event with an official basis,
 * whatever measurements or reports set after it (those give the status a reader meets, `deriveStatus`).
 */
export function deriveOfficialStatus(events: readonly Pick<Event, 'id' | 'date' | 'status' | 'basis'>[]): OfficialStatus {
  const event = events.findLast((e) => e.status !== undefined && e.basis?.kind === 'official');
  return event?.status ? { status: event.status, since: event.date, eventId: event.id } : { status: null, since: null, eventId: null };
}
