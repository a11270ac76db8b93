import browser from 'webextension-polyfill';
import { formatDate } from '../core/dates';
import type { PublishedPlatform, StatusId } from '../data/schema';
import { keyOf, t, uiLang } from '../ui/i18n';

const COLOUR: Record<StatusId, string> = {
  blocked: '#b3261e',
  throttled: '#8a4b00',
  'partially-restricted': '#6b5800',
  'not-restricted': '#1e6b34',
};

/** The toolbar icon on a platform tab: a short status, its colour, and a sentence as the tooltip. */
export async function showBadge(tabId: number, platform: PublishedPlatform | undefined): Promise<void> {
  if (!platform) {
    await Promise.all([browser.action.setBadgeText({ tabId, text: '' }), browser.action.setTitle({ tabId, title: '' })]);
    return;
  }
  const status = t(keyOf('badgeStatus', platform.status));
  const title = platform.statusSince
    ? t('badgeTitle', platform.name, status, formatDate(platform.statusSince, uiLang()))
    : t('badgeTitleNoDate', platform.name, status);
  await Promise.all([
    // No badge text where nothing is restricted; the tooltip still says so.
    browser.action.setBadgeText({ tabId, text: platform.status === 'not-restricted' ? '' : t(keyOf('badge', platform.status)) }),
    browser.action.setBadgeBackgroundColor({ tabId, color: COLOUR[platform.status] }),
    browser.action.setTitle({ tabId, title }),
  ]);
}
