import { ooniUrl } from '../core/ooni';
import type { OoniTarget } from '../data/schema';
import { t } from './i18n';

/**
 * "Check it now": OONI Explorer's live measurements of a platform in Russia, the last 30 days by the
 * reader's clock. The address is built when drawn and again on the click, so a page left open for
 * days still opens the current window. The extension itself requests nothing.
 */
export function CheckNow({ target, hint = true }: { target: OoniTarget | undefined; hint?: boolean }) {
  if (!target) return null;
  return (
    <p class="check-now">
      <a
        href={ooniUrl(target, new Date())}
        target="_blank"
        rel="noopener noreferrer"
        onClick={(e) => {
          e.currentTarget.href = ooniUrl(target, new Date());
        }}
      >
        {t('checkNow')}
      </a>
      {hint ? <span class="check-now__hint"> {t('checkNowHint')}</span> : null}
    </p>
  );
}
