import { publisherName } from '../core/dataset';
import type { Lang } from '../core/lang';
import type { Source } from '../data/schema';

/** A link to a source's page, named by its publisher; its title shows on hover. */
export function PublisherLink({ source, lang }: { source: Source; lang: Lang }) {
  return (
    <a href={source.url} target="_blank" rel="noopener noreferrer" title={source.title}>
      {publisherName(source, lang)}
    </a>
  );
}

/** Links to these sources, by publisher, separated by commas. */
export function PublisherLinks({ sources, lang }: { sources: Source[]; lang: Lang }) {
  return (
    <>
      {sources.map((source, i) => (
        <span key={source.id}>
          {i > 0 ? ', ' : ''}
          <PublisherLink source={source} lang={lang} />
        </span>
      ))}
    </>
  );
}
