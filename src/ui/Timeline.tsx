import { formatDate } from '../core/dates';
import type { Lang } from '../core/lang';
import type { Authority, ContextItem, Event, Source } from '../data/schema';
import { t } from './i18n';
import type { SourcesLinker, SourcesOpener } from './links';
import { keyOf } from './message-keys';
import { SourceLinks } from './SourceLinks';
import { StatusLabel } from './StatusLabel';

interface TimelineProps {
  /** A platform's events, or the context items that shape every platform. */
  events: (Event | ContextItem)[];
  sources: Record<string, Source>;
  authorities: Record<string, Authority>;
  lang: Lang;
  linker: SourcesLinker | SourcesOpener;
  /** Whether the reader has not seen this event yet ("what changed"). */
  isNew?: (id: string) => boolean;
}

/** The dated history, newest first, each event with who acted, any disagreement, and its sources. */
export function Timeline({ events, sources, authorities, lang, linker, isNew }: TimelineProps) {
  const newestFirst = [...events].reverse();
  return (
    <ol class="timeline">
      {newestFirst.map((event) => (
        <li class="event" key={event.id} id={`event-${event.id}`}>
          <p class="event__head">
            {isNew?.(event.id) ? <span class="new">{t('newMark')}</span> : null}
            <time dateTime={event.date}>{formatDate(event.date, lang)}</time>
            {'title' in event ? <span>{event.title[lang]}</span> : <span class="event__kind">{t(keyOf('kind', event.kind))}</span>}
            {'status' in event && event.status ? <StatusLabel status={event.status} basis={event.basis?.kind ?? null} lang={lang} /> : null}
          </p>
          <p class="event__summary">{event.summary[lang]}</p>
          {event.authority && authorities[event.authority] ? (
            <p class="event__authority">{t('byAuthority', authorities[event.authority][lang])}</p>
          ) : null}
          {event.disagreement ? (
            <p class="event__disagreement">
              <strong>{t('sourcesDisagree')}</strong> {event.disagreement[lang]}
            </p>
          ) : null}
          <SourceLinks ids={event.sources} sources={sources} linker={linker} />
        </li>
      ))}
    </ol>
  );
}
