import type { Source } from '../data/schema';
import { t } from './i18n';
import { type SourcesLinker, sourceAnchor } from './links';

/** An event's citations: each publisher links to the page itself, with a link to its entry on the sources page. */
export function SourceLinks({ ids, sources, linker }: { ids: string[]; sources: Record<string, Source>; linker: SourcesLinker }) {
  return (
    <p class="cites">
      <span class="cites__label">{t('sourcesLabel')}</span>{' '}
      {ids.map((id, i) => {
        const source = sources[id];
        if (!source) return null;
        const anchor = sourceAnchor(id);
        return (
          <span class="cite" key={id}>
            {i > 0 ? ', ' : ''}
            <a href={source.url} target="_blank" rel="noopener noreferrer" title={source.title}>
              {source.publisher}
            </a>
            <a
              class="cite__about"
              href={linker.href(anchor)}
              target={linker.inPage ? undefined : '_blank'}
              rel={linker.inPage ? undefined : 'noopener noreferrer'}
              aria-label={`${t('sourceDetails')}: ${source.publisher}`}
              title={t('sourceDetails')}
              onClick={linker.onClick ? (e) => linker.onClick?.(anchor, e) : undefined}
            >
              i
            </a>
          </span>
        );
      })}
    </p>
  );
}
