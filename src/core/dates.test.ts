import { describe, expect, it } from 'vitest';
import { formatDate, isAfter, today, unbroken } from './dates';

const MONTHS_GENITIVE = 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря'.split(' ');
const MONTHS_PREPOSITIONAL = 'январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре'.split(' ');

describe('formatDate', () => {
  it('formats days and months in English, as calendar dates whatever the time zone', () => {
    expect(formatDate('2026-02-11', 'en')).toBe('11 Feb 2026');
    expect(formatDate('2024-08', 'en')).toBe('August 2024');
    expect(formatDate('2018', 'ru')).toBe('2018');
    expect(formatDate('2018', 'en', 'prepositional')).toBe('2018');
    expect(formatDate('2024-08', 'en', 'genitive')).toBe('August 2024');
  });

  it('writes Russian days as running text does: the month spelt out in the genitive, with «г.»', () => {
    expect(formatDate('2026-02-11', 'ru')).toBe('11 февраля 2026 г.');
    expect(formatDate('2022-03-04', 'ru', 'genitive')).toBe('4 марта 2022 г.');
    expect(formatDate('2022-03-04', 'ru', 'prepositional')).toBe('4 марта 2022 г.');
  });

  it('puts a Russian month-only date in the case its sentence needs', () => {
    expect(formatDate('2025-08', 'ru')).toBe('август 2025 г.');
    expect(formatDate('2025-08', 'ru', 'genitive')).toBe('августа 2025 г.');
    expect(formatDate('2026-04', 'ru', 'prepositional')).toBe('апреле 2026 г.');
    for (let m = 1; m <= 12; m++) {
      const month = `2025-${String(m).padStart(2, '0')}`;
      expect(formatDate(month, 'ru', 'genitive')).toBe(`${MONTHS_GENITIVE[m - 1]} 2025 г.`);
      expect(formatDate(month, 'ru', 'prepositional')).toBe(`${MONTHS_PREPOSITIONAL[m - 1]} 2025 г.`);
    }
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

describe('unbroken', () => {
  it('joins a date with non-breaking spaces, so no line breaks inside it', () => {
    expect(unbroken(formatDate('2026-11-25', 'ru'))).toBe('25\u00a0ноября\u00a02026\u00a0г.');
  });
});
