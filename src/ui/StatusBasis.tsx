import type { Lang } from '../core/lang';
import type { Basis } from '../data/schema';
import { t } from './i18n';

/** What the status in force rests on, in one sentence: the official act named, or why it is not official. */
export function StatusBasis({ basis, lang }: { basis: Basis | null; lang: Lang }) {
  if (!basis) return null;
  const text =
    basis.kind === 'official'
      ? t('basis_official', basis.act[lang])
      : basis.kind === 'reports'
        ? t('basis_reports', String(basis.reports))
        : t('basis_measurement', basis.by);
  return <p class={`basis basis--${basis.kind}`}>{text}</p>;
}
