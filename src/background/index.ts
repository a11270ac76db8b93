// The worker answers the content script with its platform's panel, opens extension pages for it,
// and keeps the per-tab badge. The browser keeps per-tab badges itself, so a worker restart loses nothing.
import dataset from 'virtual:dataset';
import browser, { type Runtime } from 'webextension-polyfill';
import { report } from '../browser/errors';
import { isWorkerRequest, type Message, type PanelData, type Response, type WorkerRequestType } from '../browser/messages';
import { popupPath, sourcesPath } from '../browser/pages';
import { loadUnseen, markSeen } from '../browser/seen';
import { onDismissalsChanged, readSession, updateSession } from '../browser/session';
import { onSettingsChanged, readSettings, writeSettings } from '../browser/settings';
import { recordIds, sliceFor } from '../core/dataset';
import { matchUrl } from '../core/match';
import { oncePerTab } from '../core/open-limit';
import { decidePanel, type PanelDecision, placement } from '../core/panel-decision';
import { type SessionState, withDismissed } from '../core/session';
import { type Settings, withCorner, withPanel } from '../core/settings';
import type { PublishedPlatform } from '../data/schema';
import { badgeTab } from './badge';
import { documentStarted, keepWaiting, watchUnansweredLoads } from './no-answer';
import { PANEL_STYLES, panelContent } from './panel-payload';
import { platformOfPage, UNREACHABLE_URL, watchFailedLoads } from './unreachable';

watchFailedLoads();
watchUnansweredLoads();

const platformOf = (url: string | undefined) => matchUrl(url, dataset.platforms);
const allIds = recordIds(dataset);
const eventIds = (platform: PublishedPlatform) => platform.events.map((e) => e.id);

async function panelData(platform: PublishedPlatform): Promise<PanelData> {
  const [settings, unseen] = await Promise.all([readSettings(), loadUnseen(allIds)]);
  let decided: PanelDecision | undefined;
  // Deciding and recording the chip in one step: of two tabs loading at once, one gets the chip.
  await updateSession((session) => {
    decided = decidePanel(settings, session, platform, unseen);
    return decided.session;
  });
  const { placement, newEventIds } = decided as PanelDecision;
  return { content: panelContent(sliceFor(dataset, platform), newEventIds), styles: PANEL_STYLES, ...placement };
}

async function openPopup(tab: Runtime.MessageSender['tab']): Promise<undefined> {
  try {
    await browser.action.openPopup({ windowId: tab?.windowId });
  } catch {
    // Firefox opens the popup only from a user gesture the worker does not have: show it in a tab.
    const platform = platformOf(tab?.url);
    await browser.tabs.create({ url: browser.runtime.getURL(popupPath(platform?.id)) });
  }
}

// At most one extension page per tab a second (core/open-limit.ts says why).
const mayOpen = oncePerTab(1000);
const mayOpenFor = (tab: Runtime.MessageSender['tab']) => mayOpen(tab?.id, Date.now());

const changeSettings = async (change: (settings: Settings) => Settings) => writeSettings(change(await readSettings()));

type Answers = {
  [K in WorkerRequestType]: (
    message: Message<K>,
    platform: PublishedPlatform | null,
    sender: Runtime.MessageSender,
  ) => Promise<Response<K>>;
};

// Every request but opening the sources page concerns the sender's own platform, read from its URL.
const answers: Answers = {
  slice: async (_, platform, sender) => {
    if (!platform) return null;
    documentStarted(sender);
    if (sender.tab?.id !== undefined) void badgeTab(sender.tab.id, platform);
    return panelData(platform);
  },
  dismiss: async (_, platform) => {
    if (platform) await updateSession((session) => withDismissed(session, platform.id, true));
  },
  'hide-panel': async (_, platform) => {
    if (platform) await changeSettings((s) => withPanel(s, platform.id, false));
  },
  'show-panel': async (_, platform) => {
    if (platform) await changeSettings((s) => withPanel(s, platform.id, true));
  },
  place: async ({ corner }, platform) => {
    if (platform) await changeSettings((s) => withCorner(s, platform.id, corner));
  },
  'open-sources': async ({ anchor }, _, sender) => {
    if (mayOpenFor(sender.tab)) await browser.tabs.create({ url: browser.runtime.getURL(sourcesPath(anchor)) });
  },
  'open-popup': async (_, __, sender) => {
    if (mayOpenFor(sender.tab)) await openPopup(sender.tab);
  },
  seen: async (_, platform) => {
    if (platform) await markSeen(eventIds(platform), allIds);
  },
  'keep-waiting': async ({ url }, _, sender) => {
    await keepWaiting(sender, url, UNREACHABLE_URL);
  },
};

function answer<K extends WorkerRequestType>(message: Message<K>, sender: Runtime.MessageSender): Promise<Response<K>> {
  return answers[message.type](message, platformOf(sender.url) ?? null, sender);
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id || !isWorkerRequest(message)) return undefined;
  // The sender gets the rejection, and the content script shows nothing for it: report it here,
  // or a failing answer leaves no trace.
  return answer(message, sender).catch((error: unknown) => {
    report(error);
    throw error;
  });
});

// The reader changed the panel's settings (in the popup, or from a panel) or undid a dismissal in
// the popup: open platform tabs follow. A tab that already shows the panel keeps its chip or mark.
async function tellOpenTabs(settings: Settings, session: SessionState): Promise<void> {
  for (const tab of await browser.tabs.query({})) {
    const platform = platformOf(tab.url);
    if (!platform || tab.id === undefined) continue;
    const message: Message<'panel-settings'> = {
      type: 'panel-settings',
      platformId: platform.id,
      ...placement(settings, session, platform),
    };
    browser.tabs.sendMessage(tab.id, message).catch(() => {
      // A tab whose content script has not run (yet) has nobody to tell.
    });
  }
}
onSettingsChanged(async (settings) => tellOpenTabs(settings, await readSession()).catch(report));
onDismissalsChanged(async (session) => tellOpenTabs(await readSettings(), session).catch(report));

// With host permissions for the platforms only, a tab's URL is visible exactly when it is a platform tab.
// A tab showing the page for a platform that did not load wears that platform's badge too.
const badgePlatformOf = (url: string | undefined) => platformOf(url) ?? platformOfPage(url);
browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.url !== undefined || change.status === 'loading') void badgeTab(tabId, badgePlatformOf(tab.url));
});

async function badgeOpenTabs(): Promise<void> {
  const tabs = await browser.tabs.query({});
  // Each tab on its own: one that fails or closes meanwhile does not stop the others.
  await Promise.all(tabs.map((tab) => (tab.id !== undefined && tab.url ? badgeTab(tab.id, badgePlatformOf(tab.url)) : undefined)));
}
browser.runtime.onInstalled.addListener(() => badgeOpenTabs().catch(report));
browser.runtime.onStartup.addListener(() => badgeOpenTabs().catch(report));
