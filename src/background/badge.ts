import browser from 'webextension-polyfill';
import { report } from '../browser/errors';
import type { PublishedPlatform } from '../data/schema';
import { t } from '../ui/i18n';
import { keyOf } from '../ui/message-keys';
import { statusColour } from '../ui/status-colour';
import { statusSentence } from '../ui/status-words';
import uiCss from '../ui/styles.css?inline';

/** The toolbar icon on a platform tab: a short status, its colour, and a sentence as the tooltip. */
async function showBadge(tabId: number, platform: PublishedPlatform | undefined): Promise<void> {
  if (!platform) {
    await Promise.all([browser.action.setBadgeText({ tabId, text: '' }), browser.action.setTitle({ tabId, title: '' })]);
    return;
  }
  const title = statusSentence(platform);
  await Promise.all([
    // No badge text where nothing is restricted; the tooltip still says so.
    browser.action.setBadgeText({ tabId, text: platform.status === 'not-restricted' ? '' : t(keyOf('badge', platform.status)) }),
    browser.action.setBadgeBackgroundColor({ tabId, color: statusColour(uiCss, platform.status) }),
    browser.action.setTitle({ tabId, title }),
  ]);
}

/**
 * Badges a tab, and never rejects: a tab that closed while its badge was being set is normal, so
 * only a failure on a tab that is still open is reported.
 */
export async function badgeTab(tabId: number, platform: PublishedPlatform | undefined): Promise<void> {
  try {
    await showBadge(tabId, platform);
  } catch (error) {
    const open = await browser.tabs.get(tabId).then(
      () => true,
      () => false,
    );
    if (open) report(error);
  }
}
