import { describe, expect, it } from 'vitest';
import type { Basis, Event } from '../data/schema';
import { deriveOfficialStatus, deriveStatus } from './status';

const official: Basis = { kind: 'official', act: { en: 'Roskomnadzor statement', ru: 'Заявление Роскомнадзора' } };
const ev = (id: string, date: string, status?: Event['status'], basis: Basis | undefined = status ? official : undefined) => ({
  id,
  date,
  status,
  basis,
});

describe('deriveStatus', () => {
  it('is not-restricted, with no date and no basis, when no event ever set a status', () => {
    expect(deriveStatus([])).toEqual({ status: 'not-restricted', since: null, eventId: null, basis: null });
    expect(deriveStatus([ev('fine', '2022-07-28'), ev('threat', '2025-11-28')])).toEqual({
      status: 'not-restricted',
      since: null,
      eventId: null,
      basis: null,
    });
  });

  it('a block then a lift: not restricted since the lift, which needs no basis to show', () => {
    const telegram2018 = [ev('ruling', '2018-04-13'), ev('block', '2018-04-16', 'blocked'), ev('lift', '2020-06-18', 'not-restricted')];
    expect(deriveStatus(telegram2018)).toEqual({ status: 'not-restricted', since: '2020-06-18', eventId: 'lift', basis: null });
  });

  it('a partial restriction then a block: blocked since the block, whatever came after without a status', () => {
    const events = [ev('calls', '2025-08-13', 'partially-restricted'), ev('block', '2026-02-11', 'blocked'), ev('kremlin', '2026-02-12')];
    expect(deriveStatus(events)).toEqual({ status: 'blocked', since: '2026-02-11', eventId: 'block', basis: 'official' });
  });

  it('the basis is that of the event that set the status in force', () => {
    const events = [
      ev('throttle', '2024-07-11', 'throttled', { kind: 'reports', reports: 2 }),
      ev('dns', '2026-02-10'),
      ev('measured', '2026-03-20', 'blocked', { kind: 'measurement', by: 'OONI' }),
    ];
    expect(deriveStatus(events.slice(0, 2)).basis).toBe('reports');
    expect(deriveStatus(events).basis).toBe('measurement');
  });

  it('a restriction at month precision keeps its precision', () => {
    expect(deriveStatus([ev('throttle', '2024-08', 'throttled')])).toEqual({
      status: 'throttled',
      since: '2024-08',
      eventId: 'throttle',
      basis: 'official',
    });
  });

  it('block, lift, then a new partial restriction', () => {
    const events = [
      ev('a', '2018-04-16', 'blocked'),
      ev('b', '2020-06-18', 'not-restricted'),
      ev('c', '2025-08-13', 'partially-restricted'),
    ];
    expect(deriveStatus(events).status).toBe('partially-restricted');
  });
});

describe('deriveOfficialStatus', () => {
  it('is null, with no date, where no event has an official basis', () => {
    const events = [ev('throttle', '2024-07-11', 'throttled', { kind: 'reports', reports: 2 }), ev('fine', '2025-01-01')];
    expect(deriveOfficialStatus(events)).toEqual({ status: null, since: null, eventId: null });
    expect(deriveOfficialStatus([])).toEqual({ status: null, since: null, eventId: null });
  });

  it('an official throttling then a measured block: the reader meets the block, the act says throttled', () => {
    const events = [
      ev('throttle', '2026-02-10', 'throttled'),
      ev('advertising', '2026-03-06'),
      ev('measured', '2026-03-20', 'blocked', { kind: 'measurement', by: 'OONI' }),
    ];
    expect(deriveStatus(events)).toMatchObject({ status: 'blocked', since: '2026-03-20', basis: 'measurement' });
    expect(deriveOfficialStatus(events)).toEqual({ status: 'throttled', since: '2026-02-10', eventId: 'throttle' });
  });

  it('agrees with the status in force where the latest status was set officially', () => {
    const events = [ev('reports', '2024-07-11', 'throttled', { kind: 'reports', reports: 2 }), ev('block', '2026-02-11', 'blocked')];
    expect(deriveOfficialStatus(events)).toEqual({ status: 'blocked', since: '2026-02-11', eventId: 'block' });
  });

  it('an official lift is an official status too', () => {
    const events = [ev('block', '2018-04-16', 'blocked'), ev('lift', '2020-06-18', 'not-restricted')];
    expect(deriveOfficialStatus(events)).toEqual({ status: 'not-restricted', since: '2020-06-18', eventId: 'lift' });
  });
});
