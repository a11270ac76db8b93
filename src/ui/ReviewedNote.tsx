import { formatDate } from '../core/dates';
import type { Lang } from '../core/lang';
import { t } from './i18n';

export function ReviewedNote({ reviewed, lang }: { reviewed: string; lang: Lang }) {
  return <p class="reviewed">{t('reviewed', formatDate(reviewed, lang))}</p>;
}
