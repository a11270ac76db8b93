import type { ComponentChild } from 'preact';
import type { ChartLayout, ChartRow, Tick } from '../core/chart-layout';

const MARK = 'M0,-4L4,0L0,4L-4,0Z';

interface ChartBarProps {
  row: ChartRow;
  layout: ChartLayout;
  /** Prefix of the chart's fill patterns (ChartPatterns). */
  uid: string;
  /**
   * What each span (`s<i>`) or mark (`m<i>`) is drawn in: a link on extension pages, a plain group
   * with a tooltip where the worker renders the panel's strip.
   */
  wrap(key: string, child: ComponentChild): ComponentChild;
  role?: 'presentation' | 'img';
  label?: string;
}

/**
 * One platform's row: the spans by status (each `[data-status]`, in time order), the review date's
 * dashed line, and a diamond per event that did not change the status. No hooks and no handlers, so
 * the worker can render it for the panel (src/background/to-tree.ts).
 */
export function ChartBar({ row, layout, uid, wrap, role = 'presentation', label }: ChartBarProps) {
  return (
    <svg class="status-chart__bar" width="100%" height="28" role={role} aria-label={label}>
      {layout.ticks.map((tick) => (
        <line key={tick.x} class="status-chart__grid-line" x1={`${tick.x}%`} x2={`${tick.x}%`} y1="0" y2="28" />
      ))}
      {row.spans.map((span, i) => (
        <g key={`s${i}`} data-status={span.status}>
          {wrap(
            `s${i}`,
            <rect
              class={`status-chart__span status-chart__span--${span.status}`}
              x={`${span.x0}%`}
              width={`${Math.max(span.x1 - span.x0, 0.4)}%`}
              y={span.status === 'not-restricted' ? 17 : 10}
              height={span.status === 'not-restricted' ? 6 : 14}
              fill={`url(#${uid}-${span.status})`}
            />,
          )}
        </g>
      ))}
      {layout.reviewedX === null ? null : (
        <line class="status-chart__reviewed" x1={`${layout.reviewedX}%`} x2={`${layout.reviewedX}%`} y1="2" y2="28" />
      )}
      {row.marks.map((mark, i) =>
        wrap(
          `m${i}`,
          <svg x={`${mark.x}%`} y="5" overflow="visible" aria-hidden="true">
            <rect class="status-chart__hit" x="-5" y="-5" width="10" height="22" />
            <path d={MARK} />
          </svg>,
        ),
      )}
    </svg>
  );
}

/** The years (or months) along the bottom; every other label hidden when narrow (status-chart.css). */
export function ChartAxis({ ticks, names }: { ticks: Tick[]; names: boolean }) {
  return (
    <div class="status-chart__row status-chart__axis" aria-hidden="true">
      {names ? <span /> : null}
      <svg width="100%" height="16" aria-hidden="true">
        {ticks.map((tick) => (
          <text
            key={tick.x}
            class="status-chart__tick"
            x={`${tick.x}%`}
            y="12"
            text-anchor={tick.x < 4 ? 'start' : tick.x > 96 ? 'end' : 'middle'}
          >
            {tick.label}
          </text>
        ))}
      </svg>
    </div>
  );
}
