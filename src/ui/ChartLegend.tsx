import { formatDate, unbroken } from '../core/dates';
import type { Lang } from '../core/lang';
import { STATUS_IDS } from '../data/ids';
import { t } from './i18n';
import { StatusLabel } from './StatusLabel';

/**
 * The fill of each status, echoing its glyph in StatusLabel: blocked solid, throttled half hatched,
 * partly restricted a quarter, not restricted an empty thin band. Patterns, not colour alone.
 */
export function ChartPatterns({ uid }: { uid: string }) {
  return (
    <svg class="status-chart__defs" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        <pattern id={`${uid}-blocked`} width="4" height="4" patternUnits="userSpaceOnUse">
          <rect class="fill-blocked" width="4" height="4" />
        </pattern>
        <pattern id={`${uid}-throttled`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect class="fill-throttled-bg" width="6" height="6" />
          <rect class="fill-throttled" width="3" height="6" />
        </pattern>
        <pattern id={`${uid}-partially-restricted`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect class="fill-partially-restricted-bg" width="8" height="8" />
          <rect class="fill-partially-restricted" width="2" height="8" />
        </pattern>
        <pattern id={`${uid}-not-restricted`} width="4" height="4" patternUnits="userSpaceOnUse">
          <rect class="fill-not-restricted-bg" width="4" height="4" />
        </pattern>
      </defs>
    </svg>
  );
}

/** Each status's fill with its label, the event mark, and what the right edge and the dashed line are. */
export function ChartLegend({ uid, lang, end, reviewed }: { uid: string; lang: Lang; end: string; reviewed: string }) {
  return (
    <div class="status-chart__legend">
      <ul>
        {STATUS_IDS.map((status) => (
          <li key={status}>
            <svg width="22" height="12" aria-hidden="true" focusable="false">
              <rect
                class={`status-chart__span status-chart__span--${status}`}
                y={status === 'not-restricted' ? 3 : 0}
                width="22"
                height={status === 'not-restricted' ? 6 : 12}
                fill={`url(#${uid}-${status})`}
              />
            </svg>
            <StatusLabel status={status} lang={lang} />
          </li>
        ))}
        <li>
          <svg class="status-chart__mark" width="12" height="12" aria-hidden="true" focusable="false">
            <path d="M6,2L10,6L6,10L2,6Z" />
          </svg>
          {t('chartEventMark')}
        </li>
      </ul>
      <p>{t('chartEdges', unbroken(formatDate(end, lang)), unbroken(formatDate(reviewed, lang)))}</p>
    </div>
  );
}
