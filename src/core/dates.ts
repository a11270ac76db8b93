// Dataset dates are `YYYY-MM-DD` or `YYYY-MM` (month precision, as the sources allow; a source's
// publication date may be a year alone). They are
// formatted as calendar dates in UTC so a reader west of Greenwich never sees the day before.

import type { Lang } from './lang';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang, withDay: boolean): Intl.DateTimeFormat {
  const key = `${lang}:${withDay}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', {
      timeZone: 'UTC',
      year: 'numeric',
      month: withDay ? 'short' : 'long',
      ...(withDay ? { day: 'numeric' } : {}),
    });
    formatters.set(key, f);
  }
  return f;
}

export function formatDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined) return String(y);
  const text = formatter(lang, d !== undefined).format(new Date(Date.UTC(y, m - 1, d ?? 1)));
  // "февраль 2026 г." reads as a heading; the month alone in running text wants the nominative without "г."
  return lang === 'ru' ? text.replace(/\s?г\.$/, '') : text;
}

/** Today's date as `YYYY-MM-DD` in UTC. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Whether a dataset date (day, month or year) lies after `day`. A month or year counts from its first day. */
export function isAfter(date: string, day: string): boolean {
  return `${date}${'-01-01'.slice(date.length - 4)}` > day;
}
