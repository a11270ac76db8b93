import { officiallyConfirmed } from '../core/data-rules';
import { formatDate } from '../core/dates';
import type { Lang } from '../core/lang';
import type { BasisKind, StatusId } from '../data/schema';
import { t } from './i18n';
import { keyOf } from './message-keys';

/**
 * A status with its since-date; given its basis, says beside it when it is not officially confirmed
 * (docs/dataset.md, "When a status may stand"), in words, wherever a status is shown.
 */
export function StatusLabel({
  status,
  since,
  basis,
  lang,
}: {
  status: StatusId;
  since?: string | null;
  basis?: BasisKind | null;
  lang: Lang;
}) {
  return (
    <>
      <span class={`status status--${status}`}>
        <span class="status__glyph" aria-hidden="true" />
        <span class="status__label">{t(keyOf('status', status))}</span>
        {since ? <span class="status__since">{t('since', formatDate(since, lang, 'genitive'))}</span> : null}
      </span>
      {basis !== undefined && !officiallyConfirmed(basis) ? <span class="unconfirmed">{t('unconfirmed')}</span> : null}
    </>
  );
}
