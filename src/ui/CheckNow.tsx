import { formatDate } from '../core/dates';
import type { Lang } from '../core/lang';
import { ooniUrl } from '../core/ooni';
import type { OoniTarget, Source } from '../data/schema';
import { t } from './i18n';
import { PublisherLinks } from './PublisherLinks';

/** Where a source says OONI Explorer is blocked in Russia (src/core/dataset.ts, ooniExplorerBlock). */
export interface ExplorerBlock {
  since: string | null;
  sources: Source[];
}

/**
 * "Check it now": OONI Explorer's live measurements of a platform in Russia, the last 30 days by the
 * reader's clock. The address is built when drawn and again on the click, so a page left open for
 * days still opens the current window. The extension itself requests nothing. Where a source says
 * OONI Explorer is itself blocked in Russia, the link says so, with that source.
 */
export function CheckNow({
  target,
  hint = true,
  blocked = null,
  lang,
}: {
  target: OoniTarget | undefined;
  hint?: boolean;
  blocked?: ExplorerBlock | null;
  lang: Lang;
}) {
  if (!target) return null;
  return (
    <p class="check-now">
      <a
        href={ooniUrl(target, new Date())}
        target="_blank"
        rel="noopener noreferrer"
        onClick={(e) => {
          e.currentTarget.href = ooniUrl(target, new Date());
        }}
      >
        {t('checkNow')}
      </a>
      {hint ? <span class="check-now__hint"> {t('checkNowHint')}</span> : null}
      {blocked ? <ExplorerBlocked blocked={blocked} lang={lang} /> : null}
    </p>
  );
}

/** "OONI Explorer itself has been blocked in Russia since 11 September 2024 ... Source: OONI". */
export function ExplorerBlocked({ blocked, lang }: { blocked: ExplorerBlock; lang: Lang }) {
  return (
    <span class="check-now__blocked" data-explorer-blocked="">
      {' '}
      {blocked.since ? t('ooniBlockedSince', formatDate(blocked.since, lang, 'genitive')) : t('ooniBlocked')}
      {blocked.sources.length ? ` ${t('sourceLabel')} ` : ''}
      <PublisherLinks sources={blocked.sources} lang={lang} />
    </span>
  );
}
