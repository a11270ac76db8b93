import type { Lang } from '../core/lang';
import type { Source } from '../data/schema';
import { BlockedNote } from './BlockedNote';
import { t } from './i18n';
import { PublisherLink } from './PublisherLinks';

/**
 * An event's citations: one link per source, its publisher, to the page itself (the title shows on
 * hover); where a source says the outlet's site is blocked in Russia, that, and which source says so.
 */
export function SourceLinks({ ids, sources, lang }: { ids: string[]; sources: Record<string, Source>; lang: Lang }) {
  return (
    <p class="cites">
      {t('sourcesLabel')}{' '}
      {ids.map((id, i) => {
        const source = sources[id];
        return source ? (
          <span key={id}>
            {i > 0 ? ', ' : ''}
            <PublisherLink source={source} lang={lang} />
            {source.blockedInRussia ? <BlockedNote blocked={source.blockedInRussia} sources={sources} lang={lang} /> : null}
          </span>
        ) : null;
      })}
    </p>
  );
}
