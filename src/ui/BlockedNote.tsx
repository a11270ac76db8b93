import { formatDate } from '../core/dates';
import type { Lang } from '../core/lang';
import type { BlockedInRussia, Source } from '../data/schema';
import { t } from './i18n';
import { PublisherLinks } from './PublisherLinks';

/** "(site blocked in Russia since March 2022, source: Roskomsvoboda)": beside a link a reader in Russia may not open. */
export function BlockedNote({
  blocked,
  sources,
  lang,
}: {
  blocked: BlockedInRussia;
  /** Where the sources that say so are looked up; one not there is named by nothing, the note stands. */
  sources: Record<string, Source> | null;
  lang: Lang;
}) {
  const saying = blocked.sources.flatMap((id) => sources?.[id] ?? []);
  return (
    <span class="blocked-note">
      {' ('}
      {blocked.since ? t('siteBlockedSince', formatDate(blocked.since, lang, 'genitive')) : t('siteBlocked')}
      {saying.length ? `, ${t('sourceLower')} ` : ''}
      <PublisherLinks sources={saying} lang={lang} />
      {')'}
    </span>
  );
}
