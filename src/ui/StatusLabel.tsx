import { formatDate } from '../core/dates';
import type { Lang } from '../core/lang';
import type { Basis, StatusId } from '../data/schema';
import { t } from './i18n';
import { keyOf } from './message-keys';
import { basisWords } from './status-words';

/**
 * A status with its since-date; given what it rests on, says beside it when it is not officially
 * confirmed, or who measured it (docs/dataset.md, "When a status may stand"), wherever a status is shown.
 */
export function StatusLabel({ status, since, basis, lang }: { status: StatusId; since?: string | null; basis?: Basis | null; lang: Lang }) {
  const words = basisWords(basis);
  return (
    <>
      <span class={`status status--${status}`}>
        <span class="status__glyph" aria-hidden="true" />
        <span class="status__label">{t(keyOf('status', status))}</span>
        {since ? <span class="status__since">{t('since', formatDate(since, lang, 'genitive'))}</span> : null}
      </span>
      {words ? <span class="unconfirmed">{words}</span> : null}
    </>
  );
}
