import { formatDate } from '../core/dates';
import type { Lang } from '../core/lang';
import type { Authority, PublishedPlatform } from '../data/schema';
import { t } from './i18n';
import { keyOf } from './message-keys';

type Tracks = Pick<PublishedPlatform, 'status' | 'statusSince' | 'officialStatus' | 'officialSince' | 'officialEventId' | 'events'>;

/**
 * Whether the authorities' own acts give another status (or another since-date) than the one a reader
 * meets. No act at all says something only where the platform is restricted.
 */
export const tracksDiffer = (p: Tracks) =>
  p.officialStatus === null ? p.status !== 'not-restricted' : p.officialStatus !== p.status || p.officialSince !== p.statusSince;

interface OfficialTrackProps {
  platform: Tracks;
  authorities: Record<string, Authority>;
  lang: Lang;
  /** Inside a line of other text (the popup's list of platforms, whose rows are buttons): a span, not a paragraph. */
  inline?: boolean;
}

/**
 * The second line under a status, where the two differ: "Officially: throttled since 10 Feb 2026,
 * Roskomnadzor", or that no act or statement setting a status was found. Nothing where they agree.
 */
export function OfficialTrack({ platform, authorities, lang, inline = false }: OfficialTrackProps) {
  if (!tracksDiffer(platform)) return null;
  const { officialStatus, officialSince } = platform;
  const Line = inline ? 'span' : 'p';
  if (officialStatus === null)
    return (
      <Line class="official" data-official-status="none">
        {t('officiallyNoAct')}
      </Line>
    );
  const setter = platform.events.find((e) => e.id === platform.officialEventId);
  const who = setter?.authority ? authorities[setter.authority]?.[lang] : undefined;
  const since = officialSince ? ` ${t('since', formatDate(officialSince, lang, 'genitive'))}` : '';
  return (
    <Line class="official" data-official-status={officialStatus}>
      {t('officially', `${t(keyOf('badgeStatus', officialStatus))}${since}${who ? `, ${who}` : ''}`)}
    </Line>
  );
}
