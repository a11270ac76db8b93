import { formatDate } from '../core/dates';
import type { Lang } from '../core/lang';
import type { Authority, ContextItem, Event, Source } from '../data/schema';
import { EvidenceList } from './Evidence';
import { t } from './i18n';
import { keyOf } from './message-keys';
import { SourceLinks } from './SourceLinks';
import { StatusLabel } from './StatusLabel';

interface TimelineProps {
  events: (Event | ContextItem)[];
  sources: Record<string, Source>;
  authorities: Record<string, Authority>;
  lang: Lang;
  /** Whether the reader has not seen this event yet ("what changed"). */
  isNew?: (id: string) => boolean;
  /** How many of the newest to draw, the rest still to come (the list is busy meanwhile); all when absent. */
  count?: number;
}

/**
 * What an event is called. A block that did not change the status (an attempt, a single report, while
 * the platform stood throttled) is a reported block: "Block" beside "Throttled" would contradict it.
 */
function kindLabels(events: (Event | ContextItem)[]): Map<string, string> {
  const labels = new Map<string, string>();
  let inForce: string | null = null;
  for (const event of events) {
    if ('title' in event) continue;
    if (event.status) inForce = event.status;
    const reported = event.kind === 'block' && !event.status && inForce !== 'blocked';
    labels.set(event.id, reported ? t('kind_block_reported') : t(keyOf('kind', event.kind)));
  }
  return labels;
}

/** The dated history, newest first, each event with its excerpts, who acted, any disagreement, and its sources. */
// The panel renders it in the worker: no hooks, no handlers (src/ui/README.md). The panel shortens
// the list itself (content/Panel.tsx).
export function Timeline({ events, sources, authorities, lang, isNew, count = events.length }: TimelineProps) {
  const newestFirst = [...events].reverse().slice(0, count);
  // Over the whole history: what an event is called depends on the events before it.
  const kinds = kindLabels(events);
  return (
    <ol class="timeline" aria-busy={count < events.length ? 'true' : undefined}>
      {newestFirst.map((event) => (
        <li class="event" key={event.id} id={`event-${event.id}`} tabIndex={-1}>
          <p class="event__head">
            {isNew?.(event.id) ? <span class="new">{t('newMark')}</span> : null}
            <time dateTime={event.date}>{formatDate(event.date, lang)}</time>
            {'title' in event ? <span>{event.title[lang]}</span> : <span class="event__kind">{kinds.get(event.id)}</span>}
            {'status' in event && event.status ? <StatusLabel status={event.status} basis={event.basis ?? null} lang={lang} /> : null}
          </p>
          <p class="event__summary">{event.summary[lang]}</p>
          <EvidenceList evidence={event.evidence} sources={sources} lang={lang} />
          {event.authority && authorities[event.authority] ? (
            <p class="event__authority">{t('byAuthority', authorities[event.authority][lang])}</p>
          ) : null}
          {event.disagreement ? (
            <p class="event__disagreement">
              {/* One source cannot disagree with itself: its caveat is a note. */}
              <strong>{t(event.sources.length > 1 ? 'sourcesDisagree' : 'eventNote')}</strong> {event.disagreement[lang]}
            </p>
          ) : null}
          <SourceLinks ids={event.sources} sources={sources} lang={lang} />
        </li>
      ))}
    </ol>
  );
}
