import { describe, expect, it } from 'vitest';
import type { Event } from '../data/schema';
import { deriveStatus } from './status';

const ev = (id: string, date: string, status?: Event['status']) => ({ id, date, status });

describe('deriveStatus', () => {
  it('is not-restricted, with no date, when no event ever set a status', () => {
    expect(deriveStatus([])).toEqual({ status: 'not-restricted', since: null, eventId: null });
    expect(deriveStatus([ev('fine', '2022-07-28'), ev('threat', '2025-11-28')])).toEqual({
      status: 'not-restricted',
      since: null,
      eventId: null,
    });
  });

  it('a block then a lift: not restricted since the lift', () => {
    const telegram2018 = [ev('ruling', '2018-04-13'), ev('block', '2018-04-16', 'blocked'), ev('lift', '2020-06-18', 'not-restricted')];
    expect(deriveStatus(telegram2018)).toEqual({ status: 'not-restricted', since: '2020-06-18', eventId: 'lift' });
  });

  it('a partial restriction then a block: blocked since the block, whatever came after without a status', () => {
    const events = [ev('calls', '2025-08-13', 'partially-restricted'), ev('block', '2026-02-11', 'blocked'), ev('kremlin', '2026-02-12')];
    expect(deriveStatus(events)).toEqual({ status: 'blocked', since: '2026-02-11', eventId: 'block' });
  });

  it('a restriction at month precision keeps its precision', () => {
    expect(deriveStatus([ev('throttle', '2024-08', 'throttled')])).toEqual({ status: 'throttled', since: '2024-08', eventId: 'throttle' });
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
