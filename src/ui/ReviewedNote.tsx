import { formatDate, unbroken } from '../core/dates';
import type { Lang } from '../core/lang';
import { t } from './i18n';

/** When the whole dataset was checked and how recent its newest source is, always shown together. */
export function ReviewedNote({ reviewed, latestSource, lang }: { reviewed: string; latestSource: string; lang: Lang }) {
  return <p class="reviewed">{t('reviewed', unbroken(formatDate(reviewed, lang)), unbroken(formatDate(latestSource, lang)))}</p>;
}
