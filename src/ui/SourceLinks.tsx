import type { Source } from '../data/schema';
import { t } from './i18n';
import { type SourcesLinker, type SourcesOpener, sourceAnchor } from './links';

/** An event's citations: each publisher links to the page itself, with a way to its entry on the sources page. */
export function SourceLinks({
  ids,
  sources,
  linker,
}: {
  ids: string[];
  sources: Record<string, Source>;
  linker: SourcesLinker | SourcesOpener;
}) {
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
            {'open' in linker ? (
              <button
                type="button"
                class="cite__about"
                aria-label={`${t('sourceDetails')}: ${source.publisher}`}
                title={t('sourceDetails')}
                onClick={() => linker.open(anchor)}
              >
                i
              </button>
            ) : (
              <a
                class="cite__about"
                href={linker.href(anchor)}
                target={linker.inPage ? undefined : '_blank'}
                rel={linker.inPage ? undefined : 'noopener noreferrer'}
                aria-label={`${t('sourceDetails')}: ${source.publisher}`}
                title={t('sourceDetails')}
              >
                i
              </a>
            )}
          </span>
        );
      })}
    </p>
  );
}
