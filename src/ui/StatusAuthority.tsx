import type { Basis } from '../data/schema';
import { t } from './i18n';

/**
 * Who set the status a reader meets, beside it: named as the actor outright only where an official
 * act is the basis ("By: Roskomnadzor"); otherwise as the reports name it ("…, according to reports").
 */
export function StatusAuthority({ who, basis }: { who: string | undefined; basis: Basis | null }) {
  if (!who) return null;
  return <span>{basis?.kind === 'official' ? t('byAuthority', who) : t('byAuthorityReported', who)}</span>;
}
