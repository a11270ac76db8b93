import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../build/load-dataset';
import type { Basis, Event, EventKind, StatusId } from '../data/schema';
import { chartLayout, dateValue } from './chart-layout';
import { deriveStatus } from './status';
import { statusHistory } from './status-spans';

const dataset = loadDataset(resolve(import.meta.dirname, '../..'));

const official: Basis = { kind: 'official', act: { en: 'Order', ru: 'Приказ' } };
const ev = (id: string, date: string, kind: EventKind, status?: StatusId): Pick<Event, 'id' | 'date' | 'kind' | 'status' | 'basis'> => ({
  id,
  date,
  kind,
  status,
  basis: status && status !== 'not-restricted' ? official : undefined,
});
const shape = (events: Parameters<typeof statusHistory>[0]) =>
  statusHistory(events).spans.map(({ status, from, to, eventId }) => [status, from, to, eventId]);

describe('statusHistory', () => {
  it('a platform never restricted: one not-restricted span from its first event, every event a mark', () => {
    const events = [ev('fine', '2021-12', 'fine'), ev('threat', '2022-04-26', 'threat')];
    expect(shape(events)).toEqual([['not-restricted', '2021-12', null, 'fine']]);
    expect(statusHistory(events).marks.map((m) => m.eventId)).toEqual(['fine', 'threat']);
    expect(shape([])).toEqual([['not-restricted', null, null, null]]);
  });

  it('a lifted block: not restricted, blocked, not restricted again, each from the event that set it', () => {
    const events = [
      ev('fine', '2017-10-16', 'fine'),
      ev('block', '2018-04-16', 'block', 'blocked'),
      ev('lift', '2020-06-18', 'lifted', 'not-restricted'),
      ev('squeeze', '2025-08-13', 'partial-restriction', 'partially-restricted'),
    ];
    expect(shape(events)).toEqual([
      ['not-restricted', '2017-10-16', '2018-04-16', 'fine'],
      ['blocked', '2018-04-16', '2020-06-18', 'block'],
      ['not-restricted', '2020-06-18', '2025-08-13', 'lift'],
      ['partially-restricted', '2025-08-13', null, 'squeeze'],
    ]);
    expect(statusHistory(events).marks.map((m) => m.eventId)).toEqual(['fine']);
  });

  it('a status set twice is one span; the second setting is a mark', () => {
    const events = [ev('b1', '2022-03-04', 'block', 'blocked'), ev('law', '2022-03-21', 'law'), ev('b2', '2026-02-10', 'block', 'blocked')];
    expect(shape(events)).toEqual([['blocked', '2022-03-04', null, 'b1']]);
    expect(statusHistory(events).marks.map((m) => m.eventId)).toEqual(['law', 'b2']);
  });

  it('month- and year-precision dates start spans like any other; they sit at the first of the month or year', () => {
    const events = [ev('fine', '2023', 'fine'), ev('calls', '2024-12', 'partial-restriction', 'partially-restricted')];
    expect(shape(events)).toEqual([
      ['not-restricted', '2023', '2024-12', 'fine'],
      ['partially-restricted', '2024-12', null, 'calls'],
    ]);
    expect(dateValue('2024-12').toISOString()).toBe('2024-12-01T00:00:00.000Z');
    expect(dateValue('2023').toISOString()).toBe('2023-01-01T00:00:00.000Z');
  });

  it('events on the same day settle together: the later in the file wins and no empty span is drawn', () => {
    const events = [
      ev('throttle', '2026-02-10', 'throttle', 'throttled'),
      ev('block', '2026-02-10', 'block', 'blocked'),
      ev('note', '2026-02-10', 'other'),
      ev('lift', '2026-03-01', 'lifted', 'not-restricted'),
      ev('again', '2026-03-01', 'block', 'blocked'),
    ];
    expect(shape(events)).toEqual([['blocked', '2026-02-10', null, 'block']]);
    expect(statusHistory(events).marks.map((m) => m.eventId)).toEqual(['throttle', 'note', 'lift', 'again']);
  });

  it('for every platform in the dataset, the span in force is the chip: the same status, and it began by the chip’s date', () => {
    for (const platform of dataset.platforms) {
      const { spans } = statusHistory(platform.events);
      const chip = deriveStatus(platform.events);
      expect(chip.status, platform.id).toBe(platform.status);
      const last = spans.at(-1);
      expect(last?.status, platform.id).toBe(chip.status);
      if (chip.since) expect(dateValue(last?.from ?? '0').getTime()).toBeLessThanOrEqual(dateValue(chip.since).getTime());
      for (let i = 1; i < spans.length; i++) expect(spans[i].status, platform.id).not.toBe(spans[i - 1].status);
    }
  });
});

describe('chartLayout', () => {
  const events = [
    ev('fine', '2017-10-16', 'fine'),
    ev('block', '2018-04-16', 'block', 'blocked'),
    ev('lift', '2020-06-18', 'lifted', 'not-restricted'),
  ];
  const layout = chartLayout([{ id: 'telegram', name: 'Telegram', events }], '2026-11-25', '2026-11-20', 'en');

  it('runs from a January to today, spans edge to edge in time order, today at the right edge', () => {
    expect(layout.start).toBe('2017-01-01');
    expect(layout.end).toBe('2026-11-25');
    const spans = layout.rows[0].spans;
    expect(spans[0].x0).toBeGreaterThan(0);
    for (let i = 1; i < spans.length; i++) expect(spans[i].x0).toBe(spans[i - 1].x1);
    expect(spans.at(-1)?.x1).toBe(100);
    expect(layout.reviewedX).toBeGreaterThan(99);
    expect(layout.reviewedX).toBeLessThan(100);
  });

  it('ticks are calendar years, labelled in the reader’s language, left to right', () => {
    expect(layout.ticks.length).toBeGreaterThan(2);
    expect(layout.ticks.map((tick) => tick.label)).toEqual(['2018', '2020', '2022', '2024', '2026']);
    for (let i = 1; i < layout.ticks.length; i++) expect(layout.ticks[i].x).toBeGreaterThan(layout.ticks[i - 1].x);
    const short = chartLayout(
      [{ id: 'roblox', name: 'Roblox', events: [ev('b', '2025-12-03', 'block', 'blocked')] }],
      '2026-11-25',
      '2026-11-25',
      'ru',
    );
    expect(short.start).toBe('2025-12-01');
    expect(short.ticks.some((tick) => /[а-я]/.test(tick.label))).toBe(true);
  });
});
