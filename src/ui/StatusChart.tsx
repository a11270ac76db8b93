import { useId, useMemo, useState } from 'preact/hooks';
import type { ChartLayout } from '../core/chart-layout';
import type { Lang } from '../core/lang';
import { ChartAxis, ChartBar } from './ChartBar';
import { ChartLegend, ChartPatterns } from './ChartLegend';
import { type ChartEvents, type Item, itemsOf } from './chart-items';
import { t } from './i18n';

interface StatusChartProps {
  layout: ChartLayout;
  events: ChartEvents;
  lang: Lang;
  /** One platform, small: no names column, no heading of its own. */
  strip?: boolean;
  /** The reader chose a span or mark: show its event in the history. */
  onPick(platformId: string, eventId: string): void;
}

/**
 * The status of each platform over time, one row each: spans drawn by the status in force (with the
 * status's fill pattern, so colour is never the only cue) and marks for events that did not change
 * it. One tab stop; arrow keys move between spans and marks; Enter or a click shows the event.
 */
export function StatusChart({ layout, events, lang, strip = false, onPick }: StatusChartProps) {
  const uid = useId();
  const rows = useMemo(() => layout.rows.map((row) => itemsOf(row, events, lang)), [layout, events, lang]);
  const [at, setAt] = useState<[number, number]>([0, 0]);
  const [hovered, setHovered] = useState<Item | null>(null);
  const [focused, setFocused] = useState<Item | null>(null);
  const shown = hovered ?? focused;
  const [rowAt, itemAt] = rows[at[0]]?.[at[1]] ? at : [0, 0];

  // One set of listeners for the whole chart, not seven on each of its hundred-odd links.
  const itemOf = (e: Event): [number, number] | null => {
    const code = (e.target as Element).closest?.('[data-item]')?.getAttribute('data-item');
    return code ? (code.split('-').map(Number) as [number, number]) : null;
  };
  const moveTo = (grid: Element, r: number, i: number) => {
    setAt([r, i]);
    grid.querySelector<SVGElement>(`[data-item="${r}-${i}"]`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const found = itemOf(e);
    if (!found) return;
    const [r, i] = found;
    const row = rows[r];
    const nearest = (target: number) =>
      rows[target].reduce((best, item, j) => (Math.abs(item.x - row[i].x) < Math.abs(rows[target][best].x - row[i].x) ? j : best), 0);
    const grid = e.currentTarget as Element;
    const moves: Record<string, () => void> = {
      ArrowRight: () => i < row.length - 1 && moveTo(grid, r, i + 1),
      ArrowLeft: () => i > 0 && moveTo(grid, r, i - 1),
      Home: () => moveTo(grid, r, 0),
      End: () => moveTo(grid, r, row.length - 1),
      ArrowDown: () => rows[r + 1]?.length && moveTo(grid, r + 1, nearest(r + 1)),
      ArrowUp: () => rows[r - 1]?.length && moveTo(grid, r - 1, nearest(r - 1)),
      Enter: () => onPick(layout.rows[r].platformId, row[i].eventId),
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    move();
  };
  const handlers = {
    onKeyDown,
    onClick: (e: MouseEvent) => {
      const found = itemOf(e);
      if (!found) return;
      e.preventDefault();
      onPick(layout.rows[found[0]].platformId, rows[found[0]][found[1]].eventId);
    },
    onFocusIn: (e: FocusEvent) => {
      const found = itemOf(e);
      if (!found) return;
      setAt(found);
      setFocused(rows[found[0]][found[1]]);
    },
    onFocusOut: () => setFocused(null),
    onMouseOver: (e: MouseEvent) => {
      const found = itemOf(e);
      setHovered(found ? rows[found[0]][found[1]] : null);
    },
    onMouseLeave: () => setHovered(null),
  };
  const itemProps = (r: number, j: number) => {
    const item = rows[r][j];
    return {
      href: `#event-${item.eventId}`,
      'data-item': `${r}-${j}`,
      'data-event': item.eventId,
      // Lower case: Preact writes SVG props as attributes verbatim, and SVG ignores `tabIndex`.
      tabindex: r === rowAt && j === itemAt ? 0 : -1,
      'aria-label': item.label,
    };
  };

  return (
    <figure class={`status-chart${strip ? ' status-chart--strip' : ''}`} aria-labelledby={`${uid}-caption`}>
      <figcaption>
        <h2 id={`${uid}-caption`} class={strip ? 'status-chart__caption' : 'status-chart__heading'}>
          {t('chartHeading')}
        </h2>
      </figcaption>
      <p class="status-chart__help">{t('chartHelp')}</p>
      <ChartPatterns uid={uid} />
      {/* The links' events, delegated to the grid (handlers). */}
      <div class="status-chart__grid" data-status-timeline={strip ? undefined : ''} {...handlers}>
        {layout.rows.map((row, r) => (
          // biome-ignore lint/a11y/useSemanticElements: a row of a chart, named by its platform, not a form's fieldset
          <div key={row.platformId} class="status-chart__row" data-platform={row.platformId} role="group" aria-label={row.name}>
            {strip ? null : (
              <span class="status-chart__name" aria-hidden="true">
                {row.name}
              </span>
            )}
            <ChartBar
              row={row}
              layout={layout}
              uid={uid}
              wrap={(key, child) => {
                const j = rows[r].findIndex((item) => item.key === key);
                if (j < 0) return child;
                return (
                  <a key={key} class={key[0] === 'm' ? 'status-chart__mark' : undefined} {...itemProps(r, j)}>
                    {child}
                  </a>
                );
              }}
            />
          </div>
        ))}
        <ChartAxis ticks={layout.ticks} names={!strip} />
      </div>
      {shown ? (
        <p class="status-chart__detail" aria-hidden="true">
          {shown.detail}
        </p>
      ) : null}
      <ChartLegend uid={uid} lang={lang} end={layout.end} reviewed={layout.reviewed} />
    </figure>
  );
}
