import { describe, expect, it } from 'vitest';
import { formatDate, isAfter, today } from './dates';

describe('formatDate', () => {
  it('formats days and months in English and Russian, as calendar dates whatever the time zone', () => {
    expect(formatDate('2026-02-11', 'en')).toBe('11 Feb 2026');
    expect(formatDate('2026-02-11', 'ru')).toMatch(/^11 февр\.? 2026$/);
    expect(formatDate('2024-08', 'en')).toBe('August 2024');
    expect(formatDate('2024-08', 'ru')).toMatch(/^август 2024$/);
    expect(formatDate('2018', 'ru')).toBe('2018');
  });
});

describe('isAfter', () => {
  it('compares days, and months from their first day', () => {
    expect(isAfter('2026-11-26', '2026-11-25')).toBe(true);
    expect(isAfter('2026-11-25', '2026-11-25')).toBe(false);
    expect(isAfter('2026-12', '2026-11-25')).toBe(true);
    expect(isAfter('2026-11', '2026-11-25')).toBe(false);
    expect(isAfter('2027', '2026-11-25')).toBe(true);
    expect(isAfter('2026', '2026-11-25')).toBe(false);
  });
});

it('today is the UTC date', () => {
  expect(today(new Date('2026-11-25T23:30:00-05:00'))).toBe('2026-11-26');
});
