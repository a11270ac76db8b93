import { officiallyConfirmed } from '../core/data-rules';
import { formatDate } from '../core/dates';
import type { Lang } from '../core/lang';
import type { Basis, StatusId } from '../data/schema';
import { t } from './i18n';
import { keyOf } from './message-keys';

/**
 * A status with its since-date; given what it rests on, says beside it when it is not officially
 * confirmed, or who measured it (docs/dataset.md, "When a status may stand"), wherever a status is shown.
 */
export function StatusLabel({ status, since, basis, lang }: { status: StatusId; since?: string | null; basis?: Basis | null; lang: Lang }) {
  return (
    <>
      <span class={`status status--${status}`}>
        <span class="status__glyph" aria-hidden="true" />
        <span class="status__label">{t(keyOf('status', status))}</span>
        {since ? <span class="status__since">{t('since', formatDate(since, lang, 'genitive'))}</span> : null}
      </span>
      {basis?.kind === 'measurement' ? (
        <span class="unconfirmed">{t('chipMeasured', basis.by)}</span>
      ) : basis && !officiallyConfirmed(basis.kind) ? (
        <span class="unconfirmed">{t('unconfirmed')}</span>
      ) : null}
    </>
  );
}
