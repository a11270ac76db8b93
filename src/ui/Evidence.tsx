import { publisherName } from '../core/dataset';
import type { Lang } from '../core/lang';
import type { Evidence, Source } from '../data/schema';
import { t } from './i18n';

/**
 * An event's excerpts, each in its source's own words and language (marked with `lang`), then,
 * where that is not the reader's language, the translation, said to be one, and whom it quotes:
 * what a reader who cannot open the source (most are blocked in Russia) can still read.
 */
export function EvidenceList({ evidence, sources, lang }: { evidence?: Evidence[]; sources: Record<string, Source>; lang: Lang }) {
  if (!evidence?.length) return null;
  return (
    <>
      {evidence.map((item) => {
        const translation = item.lang === lang ? undefined : item.translation[lang];
        const source = sources[item.source];
        return (
          <figure class="evidence" key={item.source + item.quote.slice(0, 20)} data-evidence={item.source}>
            <blockquote class="evidence__quote" lang={item.lang}>
              {item.quote}
            </blockquote>
            {translation ? (
              <p class="evidence__translation" lang={lang}>
                <span class="evidence__label">{t('translationLabel')}</span> {translation}
              </p>
            ) : null}
            {source ? <figcaption class="evidence__source">{t('quotedFrom', publisherName(source, lang))}</figcaption> : null}
          </figure>
        );
      })}
    </>
  );
}
