// Dataset dates are `YYYY-MM-DD` or `YYYY-MM` (month precision, as the sources allow; a source's
// publication date may be a year alone). They are
// formatted as calendar dates in UTC so a reader west of Greenwich never sees the day before.

import type { Lang } from './lang';

/** A date (or a phrase holding one) that a line never breaks inside: «25 / ноября 2026 г.» reads badly. */
export const unbroken = (text: string) => text.replace(/ /g, '\u00a0');

/**
 * How a month-only date stands in Russian running text: «август 2025 г.» alone (nominative),
 * «с августа 2025 г.» (genitive), «в августе 2025 г.» (prepositional). A day always reads
 * «11 февраля 2026 г.», and English needs no case.
 */
export type DateCase = 'nominative' | 'genitive' | 'prepositional';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang, withDay: boolean): Intl.DateTimeFormat {
  const key = `${lang}:${withDay}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', {
      timeZone: 'UTC',
      year: 'numeric',
      // Russian running text spells the month out («11 февраля 2026 г.»); CLDR's «11 февр. 2026» reads as machine-made.
      month: withDay && lang === 'en' ? 'short' : 'long',
      ...(withDay ? { day: 'numeric' } : {}),
    });
    formatters.set(key, f);
  }
  return f;
}

export function formatDate(date: string, lang: Lang, grammaticalCase: DateCase = 'nominative'): string {
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined) return String(y);
  const day = new Date(Date.UTC(y, m - 1, d ?? 1));
  if (d !== undefined || lang === 'en' || grammaticalCase === 'nominative') return formatter(lang, d !== undefined).format(day);
  // The genitive month is what a full date holds: «1 августа 2025 г.» without its day.
  const genitive = formatter(lang, true)
    .format(day)
    .replace(/^\d+\s/, '');
  // Every month's genitive ends in -а or -я; its prepositional in -е: августа -> августе, мая -> мае.
  return grammaticalCase === 'genitive' ? genitive : genitive.replace(/[ая](?= )/, 'е');
}

/** Today's date as `YYYY-MM-DD` in UTC. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Whether a dataset date (day, month or year) lies after `day`. A month or year counts from its first day. */
export function isAfter(date: string, day: string): boolean {
  return `${date}${'-01-01'.slice(date.length - 4)}` > day;
}
