// Where on the time axis the status chart draws each span, mark and tick: percentages of the chart's
// width, so the drawing needs no pixel measurements and a worker can lay it out for the panel.
// The ticks and the calendar steps are d3-time's (utcTicks picks years, quarters or months as the
// span needs, the way d3-scale's scaleUtc does): calendar-aware intervals are easy to get subtly
// wrong by hand. d3-scale itself is left out: for a linear map from time to 0–100 it would bring
// d3-interpolate, d3-format and d3-time-format, some 13 KiB gzip, to the page.
import { utcMonth, utcTicks, utcYear } from 'd3-time';
import type { Event } from '../data/schema';
import type { Lang } from './lang';
import { type EventMark, type StatusHistory, type StatusSpan, statusHistory } from './status-spans';

export interface PlacedSpan extends StatusSpan {
  /** Left and right edges, 0–100. */
  x0: number;
  x1: number;
}
export interface PlacedMark extends EventMark {
  x: number;
}
export interface ChartRow {
  platformId: string;
  name: string;
  spans: PlacedSpan[];
  marks: PlacedMark[];
}
export interface Tick {
  x: number;
  label: string;
}
/** Everything the chart draws, plain data (it crosses from the worker to the content script). */
export interface ChartLayout {
  rows: ChartRow[];
  ticks: Tick[];
  /** The first and last day shown, `YYYY-MM-DD`: the last is today. */
  start: string;
  end: string;
  reviewed: string;
  /** Where the review date stands (null when it lies outside the chart). */
  reviewedX: number | null;
}

/** A dataset date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) as its first UTC moment. */
export function dateValue(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
}

const round = (x: number) => Math.round(x * 100) / 100;

interface PlatformLike {
  id: string;
  name: string;
  events: Pick<Event, 'id' | 'date' | 'kind' | 'status' | 'basis'>[];
}

/**
 * Lays out one row per platform from the earliest event of any to `today`. The axis starts at a
 * January (or, for less than two years, at the first of a month) so the first tick sits at the left edge.
 */
export function chartLayout(platforms: readonly PlatformLike[], today: string, reviewed: string, lang: Lang, tickCount = 6): ChartLayout {
  const histories: StatusHistory[] = platforms.map((p) => statusHistory(p.events));
  const firsts = platforms.flatMap((p) => (p.events[0] ? [dateValue(p.events[0].date)] : []));
  const end = dateValue(today);
  const earliest = firsts.length > 0 ? new Date(Math.min(end.getTime(), ...firsts.map((d) => d.getTime()))) : utcYear.offset(end, -1);
  const interval = end.getTime() - earliest.getTime() > 2 * 365 * 864e5 ? utcYear : utcMonth;
  let start = interval.floor(earliest);
  if (start.getTime() >= end.getTime()) start = utcMonth.offset(end, -1);
  const x = (date: Date) => Math.min(100, Math.max(0, ((date.getTime() - start.getTime()) / (end.getTime() - start.getTime())) * 100));
  const at = (date: string | null, fallback: number) => (date === null ? fallback : round(x(dateValue(date))));
  const ticks = utcTicks(start, end, tickCount);
  const yearsOnly = ticks.every((tick) => tick.getUTCMonth() === 0 && tick.getUTCDate() === 1);
  const format = new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', {
    timeZone: 'UTC',
    year: 'numeric',
    ...(yearsOnly ? {} : { month: 'short' }),
  });
  const reviewedAt = dateValue(reviewed);
  return {
    rows: platforms.map((p, i) => ({
      platformId: p.id,
      name: p.name,
      spans: histories[i].spans.map((s) => ({ ...s, x0: at(s.from, 0), x1: at(s.to, 100) })),
      marks: histories[i].marks.map((m) => ({ ...m, x: at(m.date, 0) })),
    })),
    ticks: ticks.map((tick) => ({ x: round(x(tick)), label: format.format(tick).replace(/\s?г\.$/, '') })),
    start: start.toISOString().slice(0, 10),
    end: today,
    reviewed,
    reviewedX: reviewedAt >= start && reviewedAt <= end ? round(x(reviewedAt)) : null,
  };
}
