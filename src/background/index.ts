// The worker answers the content script with its platform's record, opens extension pages for it,
// and keeps the per-tab badge. The browser keeps per-tab badges itself, so a worker restart loses nothing.
import dataset from 'virtual:dataset';
import browser, { type Runtime } from 'webextension-polyfill';
import { isRequest, type PanelData, type PanelPlacement, type PanelSwitch } from '../browser/messages';
import { popupPath, sourcesPath } from '../browser/pages';
import { onSettingsChanged, readSettings, writeSettings } from '../browser/settings';
import { sliceFor } from '../core/dataset';
import { matchUrl } from '../core/match';
import { panelCorner, panelShown, type Settings, withPanel } from '../core/settings';
import type { PublishedPlatform } from '../data/schema';
import { showBadge } from './badge';
import { PANEL_STYLES, panelMessages } from './panel-payload';

const platformOf = (url: string | undefined) => matchUrl(url, dataset.platforms);

const placement = (settings: Settings, platformId: string): PanelPlacement => ({
  shown: panelShown(settings, platformId),
  corner: panelCorner(settings, platformId),
});

async function panelData(platform: PublishedPlatform): Promise<PanelData> {
  return {
    slice: sliceFor(dataset, platform),
    styles: PANEL_STYLES,
    messages: panelMessages(),
    ...placement(await readSettings(), platform.id),
  };
}

async function openPopup(tab: Runtime.MessageSender['tab']): Promise<void> {
  try {
    await browser.action.openPopup({ windowId: tab?.windowId });
  } catch {
    // Firefox opens the popup only from a user gesture the worker does not have: show it in a tab.
    const platform = platformOf(tab?.url);
    await browser.tabs.create({ url: browser.runtime.getURL(popupPath(platform?.id)) });
  }
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id || !isRequest(message)) return undefined;
  switch (message.type) {
    case 'slice': {
      const platform = platformOf(sender.url);
      if (platform && sender.tab?.id !== undefined) void showBadge(sender.tab.id, platform);
      return platform ? panelData(platform) : Promise.resolve(null);
    }
    case 'hide-panel': {
      const platform = platformOf(sender.url);
      return platform ? readSettings().then((settings) => writeSettings(withPanel(settings, platform.id, false))) : undefined;
    }
    case 'open-sources':
      return browser.tabs.create({ url: browser.runtime.getURL(sourcesPath(message.anchor)) }).then(() => undefined);
    case 'open-popup':
      return openPopup(sender.tab);
  }
});

// The panel's settings changed (in the popup, or by a panel's "don't show"): open platform tabs follow.
onSettingsChanged(async (settings) => {
  for (const tab of await browser.tabs.query({})) {
    const platform = platformOf(tab.url);
    if (!platform || tab.id === undefined) continue;
    const message: PanelSwitch = { type: 'panel-settings', platformId: platform.id, ...placement(settings, platform.id) };
    browser.tabs.sendMessage(tab.id, message).catch(() => {
      // A tab whose content script has not run (yet) has nobody to tell.
    });
  }
});

// With host permissions for the platforms only, a tab's URL is visible exactly when it is a platform tab.
browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.url !== undefined || change.status === 'loading') void showBadge(tabId, platformOf(tab.url));
});

async function badgeOpenTabs(): Promise<void> {
  for (const tab of await browser.tabs.query({})) {
    if (tab.id !== undefined && tab.url) await showBadge(tab.id, platformOf(tab.url));
  }
}
browser.runtime.onInstalled.addListener(() => void badgeOpenTabs());
browser.runtime.onStartup.addListener(() => void badgeOpenTabs());
