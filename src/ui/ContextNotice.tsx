import { formatDate } from '../core/dates';
import type { Lang } from '../core/lang';
import type { ContextItem } from '../data/schema';
import { t } from './i18n';

/**
 * Measures that change what every status means (mobile whitelists: every platform fails on mobile
 * networks, whatever its status), shown on their own where a reader looks at all platforms or at a
 * platform that did not load.
 */
export function ContextNotice({ items, lang }: { items: ContextItem[]; lang: Lang }) {
  if (items.length === 0) return null;
  return (
    <aside class="notice" aria-label={t('notice')}>
      {items.map((item) => (
        <div key={item.id} data-context={item.id}>
          <p class="notice__title">
            <strong>{item.title[lang]}</strong> <time dateTime={item.date}>({formatDate(item.date, lang)})</time>
          </p>
          <p>{item.summary[lang]}</p>
        </div>
      ))}
    </aside>
  );
}
