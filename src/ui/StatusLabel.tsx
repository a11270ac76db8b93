import { formatDate } from '../core/dates';
import type { Lang } from '../core/lang';
import type { StatusId } from '../data/schema';
import { t } from './i18n';
import { keyOf } from './message-keys';

export function StatusLabel({ status, since, lang }: { status: StatusId; since?: string | null; lang: Lang }) {
  return (
    <span class={`status status--${status}`}>
      <span class="status__glyph" aria-hidden="true" />
      <span class="status__label">{t(keyOf('status', status))}</span>
      {since ? <span class="status__since">{t('since', formatDate(since, lang))}</span> : null}
    </span>
  );
}
