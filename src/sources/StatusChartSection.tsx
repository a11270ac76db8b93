import outline from 'virtual:dataset-outline';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { chartLayout } from '../core/chart-layout';
import { formatDate, today } from '../core/dates';
import type { Lang } from '../core/lang';
import { statusHistory } from '../core/status-spans';
import { t } from '../ui/i18n';
import { keyOf } from '../ui/message-keys';
import { useProgressiveCount } from '../ui/progressive';
import { StatusChart } from '../ui/StatusChart';
import { StatusLabel } from '../ui/StatusLabel';
import { chartEvents, showEvent } from '../ui/show-event';
import { PLATFORMS_BY_NAME } from './platforms';

const events = chartEvents(PLATFORMS_BY_NAME);
// Rows drawn before the first paint: a screenful. More platforms than that (the bench's ten times
// today's data has 140) follow in idle time, as the list of sources does.
const FIRST_ROWS = 24;

/**
 * Every platform's status over time (the contract's `[data-status-timeline]`), and the same as a
 * table: its text alternative, and the history list the chart's spans and marks lead to. The table
 * is drawn when opened (or an event is chosen), not with the page: with ten times the data it would
 * double the page's first paint.
 */
export function StatusChartSection({ lang }: { lang: Lang }) {
  // Once: the section is drawn again as the reader filters the list below it.
  const layout = useMemo(() => chartLayout(PLATFORMS_BY_NAME, today(), outline.reviewed, lang), [lang]);
  const drawnRows = useProgressiveCount(layout.rows.length, { first: FIRST_ROWS, step: FIRST_ROWS, allAtOnce: false });
  const drawn = useMemo(
    () => (drawnRows >= layout.rows.length ? layout : { ...layout, rows: layout.rows.slice(0, drawnRows) }),
    [layout, drawnRows],
  );
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<{ eventId: string } | null>(null);
  useEffect(() => {
    if (open && chosen) showEvent(chosen.eventId);
  }, [open, chosen]);
  return (
    <section class="status-chart-section">
      <StatusChart
        layout={drawn}
        events={events}
        lang={lang}
        onPick={(_, eventId) => {
          setOpen(true);
          setChosen({ eventId });
        }}
      />
      <details class="status-chart__table" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{t('chartTable')}</summary>
        {open ? <ChartTable lang={lang} /> : null}
      </details>
    </section>
  );
}

function ChartTable({ lang }: { lang: Lang }) {
  return (
    <>
      {PLATFORMS_BY_NAME.map((platform) => {
        const { spans } = statusHistory(platform.events);
        const after = (date: string) => spans.findLast((s) => s.from !== null && s.from <= date)?.status ?? spans[0].status;
        return (
          <table key={platform.id}>
            <caption>{platform.name}</caption>
            <thead>
              <tr>
                <th scope="col">{t('chartDate')}</th>
                <th scope="col">{t('chartWhat')}</th>
                <th scope="col">{t('chartStatusAfter')}</th>
              </tr>
            </thead>
            <tbody>
              {platform.events.map((event) => (
                <tr key={event.id} id={`event-${event.id}`} tabIndex={-1}>
                  <td>
                    <time dateTime={event.date}>{formatDate(event.date, lang)}</time>
                  </td>
                  <td>
                    {t(keyOf('kind', event.kind))}: {event.summary[lang]}
                  </td>
                  <td>
                    <StatusLabel status={after(event.date)} lang={lang} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </>
  );
}
