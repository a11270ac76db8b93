// When a platform's page fails to load the way a block makes it fail, the tab shows that platform's
// context (src/unreachable/) in place of the browser's error page. `webRequest.onErrorOccurred` sees
// only the hosts the extension already has (the platforms'), and adds no install warning; see
// docs/contract.md, "When a platform's page does not load".
import dataset from 'virtual:dataset';
import browser, { type Tabs, type WebRequest } from 'webextension-polyfill';
import { report } from '../browser/errors';
import { UNREACHABLE_PAGE } from '../browser/pages';
import { onSettingsChanged, readSettings } from '../browser/settings';
import { read, write } from '../browser/storage';
import { matchPatterns } from '../core/match';
import { failureKind } from '../core/network-errors';
import { unreachablePageShown } from '../core/settings';
import { UNREACHABLE_LOADS } from '../core/stored-items';
import { linkablePlatformUrl, newLoadToken, pageAddressIn, pageQuery, type StoredLoad } from '../core/unreachable-page';

/** The page's full address, without its query. */
export const UNREACHABLE_URL = browser.runtime.getURL(UNREACHABLE_PAGE);
/** How long the browser's error page may take to come in before we act on it. */
const ERROR_PAGE_WAIT_MS = 5000;
// Firefox can put the page in place of the error page's history entry; Chromium has no such option.
const canReplaceEntry = typeof browser.runtime.getBrowserInfo === 'function';

/** The platform a tab shows the page for, from the tab's address; undefined for any other address. */
export const platformOfPage = (tabUrl: string | undefined) => pageAddressIn(tabUrl, UNREACHABLE_URL, dataset.platforms)?.platform;

/**
 * Per tab, the latest failed load it showed the page for (src/core/unreachable-page.ts, StoredLoad):
 * in session storage (memory, never disk), so a restarted worker still knows and the page can read
 * its URL, which its own address does not carry. A tab's entry goes when it closes; a new failure
 * in the tab replaces it.
 */
const loads: Promise<Map<number, StoredLoad>> = read(UNREACHABLE_LOADS);

/** The reader's settings, read once and kept current: no storage read between a failure and the page. */
let settings = readSettings();

function remember(map: Map<number, StoredLoad>): Promise<void> {
  return write(UNREACHABLE_LOADS, map).catch(() => {
    // Memory still holds it; only a worker restart would forget.
  });
}

/** Keeps each entry's `showing` true exactly while its tab shows the page for that load. */
async function track(tabId: number, tab: Tabs.Tab): Promise<void> {
  const map = await loads;
  const entry = map.get(tabId);
  if (!entry) return;
  const showing = pageAddressIn(tab.url, UNREACHABLE_URL, dataset.platforms)?.load === entry.load;
  if (showing === entry.showing) return;
  map.set(tabId, { ...entry, showing });
  await remember(map);
}

async function onFailedLoad(details: WebRequest.OnErrorOccurredDetailsType): Promise<void> {
  if (details.tabId < 0 || details.frameId !== 0 || details.type !== 'main_frame') return;
  // Chromium: a page prerendered in the background is not one the reader asked to see.
  if ((details as { documentLifecycle?: string }).documentLifecycle === 'prerender') return;
  if (!failureKind(details.error) || !linkablePlatformUrl(details.url, dataset.platforms)) return;
  const map = await loads;
  const entry = map.get(details.tabId);
  if (entry?.showing && entry.url === details.url) return stepOverFailedEntry(details.tabId, details.url);
  if (!(await pageWanted(details.url))) return;
  // Only the tab's own navigation: its error page for this very URL comes in. A speculative load
  // (prefetch, prerender), which Chromium reports as this tab's main frame too, never commits one,
  // and the reader stays on what they were reading.
  if (!(await errorPageIn(details.tabId, details.url))) return;
  await showPageFor(details.tabId, details.url, details.error);
}

/**
 * Shows the page in the tab for the platform URL that did not load there, and why (the browser's
 * error name): the caller has checked that the load was the tab's own and that the reader wants
 * the page for that platform (`pageWanted`). `replace`: in place of the tab's current history entry
 * (Firefox, once its error page is in; never for a load that is still pending, whose tab's entry is
 * still the page the reader came from).
 */
export async function showPageFor(tabId: number, failedUrl: string, error: string, replace = canReplaceEntry): Promise<void> {
  const platform = linkablePlatformUrl(failedUrl, dataset.platforms);
  if (!platform) return;
  const map = await loads;
  const load = newLoadToken();
  map.set(tabId, { load, url: failedUrl, error, showing: false });
  await remember(map);
  const url = UNREACHABLE_URL + pageQuery(platform.id, load);
  await showPage(tabId, failedUrl, replace ? { url, loadReplace: true } : { url });
}

/** Whether the reader wants the page for the platform of `url` (settings), where it is one. */
export async function pageWanted(url: string): Promise<boolean> {
  const platform = linkablePlatformUrl(url, dataset.platforms);
  return !!platform && unreachablePageShown(await settings, platform.id);
}

/**
 * Sends the tab to the page; tried once more where the first try fails while the tab is still on the
 * failed URL's error page (a tab busy committing may refuse an update).
 */
async function showPage(tabId: number, failedUrl: string, update: Tabs.UpdateUpdatePropertiesType): Promise<void> {
  try {
    await browser.tabs.update(tabId, update);
  } catch (error) {
    const tab = await browser.tabs.get(tabId).catch(() => null);
    if (tab?.url !== failedUrl) return;
    await browser.tabs.update(tabId, update).catch(() => Promise.reject(error));
  }
}

/**
 * The tab showed the page for this very URL and loaded it again: the reader pressed Back onto the
 * failed entry (Chromium keeps the error page's entry behind the page), or "Try again" failed again.
 * Showing the page once more would trap Back in a loop, so once the error page is in, go back one:
 * to where the reader came from, or, after "Try again", to the page itself. With nothing to go
 * back to, the browser's error page stays.
 */
async function stepOverFailedEntry(tabId: number, url: string): Promise<void> {
  if (await errorPageIn(tabId, url)) await browser.tabs.goBack(tabId).catch(() => {});
}

function errorPageIn(tabId: number, url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const finish = (shown: boolean) => {
      browser.tabs.onUpdated.removeListener(listener);
      clearTimeout(timer);
      resolve(shown);
    };
    const listener = (id: number, _change: Tabs.OnUpdatedChangeInfoType, tab: Tabs.Tab) => {
      if (id === tabId && tab.url === url) finish(true);
    };
    const timer = setTimeout(() => finish(false), ERROR_PAGE_WAIT_MS);
    browser.tabs.onUpdated.addListener(listener);
    browser.tabs.get(tabId).then(
      (tab) => tab.url === url && finish(true),
      () => finish(false),
    );
  });
}

/** A tab that closed meanwhile makes tabs.update fail: normal. Only a failure in an open tab is reported. */
async function reportIfOpen(tabId: number, error: unknown): Promise<void> {
  if (
    await browser.tabs.get(tabId).then(
      () => true,
      () => false,
    )
  )
    report(error);
}

/** Registers the listeners; called at the worker's top level, as event pages and service workers need. */
export function watchFailedLoads(): void {
  browser.webRequest.onErrorOccurred.addListener(
    (details) => void onFailedLoad(details).catch((error) => reportIfOpen(details.tabId, error)),
    {
      urls: matchPatterns(dataset.platforms.flatMap((p) => p.hosts)),
      types: ['main_frame'],
    },
  );
  browser.tabs.onUpdated.addListener((tabId, _change, tab) => void track(tabId, tab).catch(report));
  onSettingsChanged((changed) => {
    settings = Promise.resolve(changed);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void loads.then((map) => {
      if (map.delete(tabId)) void remember(map);
    });
  });
}
