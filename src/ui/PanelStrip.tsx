import type { ChartLayout } from '../core/chart-layout';
import type { Lang } from '../core/lang';
import { ChartAxis, ChartBar } from './ChartBar';
import { ChartLegend, ChartPatterns } from './ChartLegend';
import { type ChartEvents, itemsOf } from './chart-items';
import { t } from './i18n';

const UID = 'rr-chart';

/**
 * One platform's strip as the worker renders it for the panel (src/background/panel-payload.tsx):
 * the same drawing as on extension pages, a tooltip on each span and mark, and one summary for
 * screen readers; the history list below it says the rest. Not interactive: that would take code in
 * the content script, which runs on every platform page.
 */
export function PanelStrip({ layout, events, lang }: { layout: ChartLayout; events: ChartEvents; lang: Lang }) {
  const row = layout.rows[0];
  const items = itemsOf(row, events, lang);
  const spans = items.filter((item) => item.key[0] === 's');
  return (
    <figure class="status-chart status-chart--strip" aria-labelledby={`${UID}-caption`}>
      <figcaption>
        <h3 id={`${UID}-caption`} class="status-chart__caption">
          {t('chartHeading')}
        </h3>
      </figcaption>
      <ChartPatterns uid={UID} />
      <div class="status-chart__grid">
        <div class="status-chart__row" data-platform={row.platformId}>
          <ChartBar
            row={row}
            layout={layout}
            uid={UID}
            role="img"
            label={spans.map((item) => item.what).join('; ')}
            wrap={(key, child) => (
              <g key={key} class={key[0] === 'm' ? 'status-chart__mark' : undefined}>
                <title>{items.find((item) => item.key === key)?.detail ?? ''}</title>
                {child}
              </g>
            )}
          />
        </div>
        <ChartAxis ticks={layout.ticks} names={false} />
      </div>
      <ChartLegend uid={UID} lang={lang} end={layout.end} reviewed={layout.reviewed} />
    </figure>
  );
}
