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

/**
 * The second line under a status, where the two differ: "Officially: throttled since 10 Feb 2026,
 * Roskomnadzor", or that no act or statement setting a status was found. Nothing where they agree.
 */
export function OfficialTrack({ platform, authorities, lang }: { platform: Tracks; authorities: Record<string, Authority>; lang: Lang }) {
  if (!tracksDiffer(platform)) return null;
  const { officialStatus, officialSince } = platform;
  if (officialStatus === null)
    return (
      <p class="official" data-official-status="none">
        {t('officiallyNoAct')}
      </p>
    );
  const setter = platform.events.find((e) => e.id === platform.officialEventId);
  const who = setter?.authority ? authorities[setter.authority]?.[lang] : undefined;
  const since = officialSince ? ` ${t('since', formatDate(officialSince, lang, 'genitive'))}` : '';
  return (
    <p class="official" data-official-status={officialStatus}>
      {t('officially', `${t(keyOf('badgeStatus', officialStatus))}${since}${who ? `, ${who}` : ''}`)}
    </p>
  );
}
