import type { ChartRow } from '../core/chart-layout';
import { formatDate } from '../core/dates';
import type { Lang } from '../core/lang';
import type { EventKind, Localized } from '../data/schema';
import { t } from './i18n';
import { keyOf } from './message-keys';

/** What the chart says of an event on hover or focus. */
export type ChartEvents = Record<string, { date: string; kind: EventKind; summary: Localized }>;

export interface Item {
  key: string;
  eventId: string;
  x: number;
  /** The span's status and dates, or the mark's date and kind. */
  what: string;
  /** Its accessible name: the platform, what, and the event's summary. */
  label: string;
  /** Shown on hover or focus: what, and the summary. */
  detail: string;
}

/** A row's spans and marks as the reader moves through them: left to right. */
export function itemsOf(row: ChartRow, events: ChartEvents, lang: Lang): Item[] {
  const date = (d: string) => formatDate(d, lang);
  const spans = row.spans.flatMap((s, i): Item[] => {
    if (!s.eventId) return [];
    const status = t(keyOf('status', s.status));
    const label = !s.from
      ? t('chartSpanNoRecord', status)
      : s.to
        ? t('chartSpan', status, date(s.from), date(s.to))
        : t('chartSpanOngoing', status, date(s.from));
    const summary = events[s.eventId]?.summary[lang] ?? '';
    return [
      {
        key: `s${i}`,
        eventId: s.eventId,
        x: s.x0,
        what: label,
        label: `${row.name}: ${label}. ${summary}`,
        detail: `${label}. ${summary}`,
      },
    ];
  });
  const marks = row.marks.map((m, i): Item => {
    const what = `${date(m.date)}, ${t(keyOf('kind', m.kind))}`;
    const detail = `${what}: ${events[m.eventId]?.summary[lang] ?? ''}`;
    return { key: `m${i}`, eventId: m.eventId, x: m.x, what, label: `${row.name}, ${detail}`, detail };
  });
  return [...spans, ...marks].sort((a, b) => a.x - b.x || a.key.localeCompare(b.key));
}
