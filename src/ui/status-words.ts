import { officiallyConfirmed } from '../core/data-rules';
import { basisOf } from '../core/dataset';
import { formatDate } from '../core/dates';
import type { Basis, PublishedPlatform } from '../data/schema';
import { t, uiLang } from './i18n';
import { keyOf } from './message-keys';

/**
 * What a status rests on, in a few words, where that is not an official act: who measured it
 * ("measured by OONI"), or that no act confirms it (docs/dataset.md, "When a status may stand").
 */
export function basisWords(basis: Basis | null | undefined): string | null {
  if (!basis || officiallyConfirmed(basis.kind)) return null;
  return basis.kind === 'measurement' ? t('chipMeasured', basis.by) : t('unconfirmed');
}

/**
 * A platform's status as one sentence, for a tooltip (the toolbar icon's, the panel's mark):
 * "Telegram: blocked in Russia since 20 Mar 2026, measured by OONI".
 */
export function statusSentence(platform: PublishedPlatform): string {
  const word = t(keyOf('badgeStatus', platform.status));
  const { name, statusSince } = platform;
  const sentence = statusSince
    ? t('badgeTitle', name, word, formatDate(statusSince, uiLang(), 'genitive'))
    : t('badgeTitleNoDate', name, word);
  const basis = basisWords(basisOf(platform));
  return basis ? `${sentence}, ${basis}` : sentence;
}
