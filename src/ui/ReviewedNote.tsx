import { formatDate, type Lang } from '../core/dates';
import { t } from './i18n';

export function ReviewedNote({ reviewed, lang }: { reviewed: string; lang: Lang }) {
  return <p class="reviewed">{t('reviewed', formatDate(reviewed, lang))}</p>;
}
