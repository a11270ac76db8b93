// A platform's page that gets no answer at all: a block that drops the connection's packets leaves
// the browser waiting, on a blank tab, until its own time-out (Chromium: 30 s and more). After
// NO_ANSWER_MS with no response headers, the tab gets that platform's context instead, saying the
// platform did not answer (docs/hanging.md, "Pages that hang"). Observe-only `webRequest` on the platforms'
// hosts, as for failed loads: no other permission and no install warning. A load that has received
// its headers is never taken over; neither is a speculative load, a frame, or a load the reader
// stopped or left (it ends in an error, or the tab moves on).
import dataset from 'virtual:dataset';
import browser, { type Runtime, type WebRequest } from 'webextension-polyfill';
import { report } from '../browser/errors';
import { matchPatterns } from '../core/match';
import { NO_ANSWER } from '../core/network-errors';
import { linkablePlatformUrl } from '../core/unreachable-page';
import { pageWanted, showPageFor } from './unreachable';

/** How long a top-level load of a platform's page may go without response headers. */
export const NO_ANSWER_MS = 8000;

interface Load {
  requestId: string;
  url: string;
  timer: ReturnType<typeof setTimeout>;
}

/** Per tab, its top-level load of a platform's page still without an answer. In memory: a timer cannot outlive the worker either. */
const loads = new Map<number, Load>();
/** Per tab, the URL whose next load the reader chose to wait for ("Keep waiting"), however long it takes. */
const patient = new Map<number, string>();
// Chromium says which URL a tab is navigating to (`pendingUrl`, for hosts we have); Firefox does not.
const isFirefox = typeof browser.runtime.getBrowserInfo === 'function';

function forget(tabId: number, requestId?: string): void {
  const load = loads.get(tabId);
  if (!load || (requestId !== undefined && load.requestId !== requestId)) return;
  clearTimeout(load.timer);
  loads.delete(tabId);
}

/** The tab's own top-level load: not a frame, not a background tab's speculative load, not a prerendered page. */
function isTopLevel(details: WebRequest.OnBeforeRequestDetailsType): boolean {
  // Chromium: a prerendered page loads in the tab that started it, with a frame id of its own.
  return details.tabId >= 0 && details.frameId === 0 && (details as { documentLifecycle?: string }).documentLifecycle !== 'prerender';
}

function onLoadStarted(details: WebRequest.OnBeforeRequestDetailsType): void {
  if (!isTopLevel(details)) return;
  const { tabId, requestId, url } = details;
  // A new load in the tab (or the same one, redirected) supersedes the one before.
  forget(tabId);
  const waitFor = patient.get(tabId);
  patient.delete(tabId);
  if (waitFor === url || !linkablePlatformUrl(url, dataset.platforms)) return;
  const timer = setTimeout(() => void takeOver(tabId, requestId, url).catch(report), NO_ANSWER_MS);
  loads.set(tabId, { requestId, url, timer });
}

async function takeOver(tabId: number, requestId: string, url: string): Promise<void> {
  const still = () => loads.get(tabId)?.requestId === requestId;
  if (!still() || !(await pageWanted(url)) || !(await tabIsLoading(tabId, url)) || !still()) return;
  loads.delete(tabId);
  // Nothing has come in: the tab's history entry is still the page the reader came from, and stays.
  await showPageFor(tabId, url, NO_ANSWER, false);
}

/**
 * Whether the tab itself is loading `url`. Chromium reports a speculative load (speculation rules'
 * prefetch or prerender) as a main-frame load in the tab the reader is reading; the tab is not
 * navigating to it. Firefox reports no speculative load as a main frame.
 */
async function tabIsLoading(tabId: number, url: string): Promise<boolean> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  return isFirefox ? tab?.status === 'loading' : tab?.pendingUrl === url;
}

/** Any sign of an answer, or of the load's end, for a request: it is not one to take over. */
const answered = (details: { tabId: number; requestId: string }) => forget(details.tabId, details.requestId);

/**
 * A document of a platform's page started in the tab's top frame (its content script asked for its
 * panel): whatever the tab is loading has had an answer, even one webRequest did not report (a page
 * a service worker served).
 */
export function documentStarted(sender: Runtime.MessageSender): void {
  if (sender.tab?.id !== undefined && sender.frameId === 0) forget(sender.tab.id);
}

/**
 * "Keep waiting" on the page: load `url` again in the tab, and this time leave the load alone
 * for as long as the browser waits. Only the extension's own page in a tab may ask, for a
 * platform's URL.
 */
export async function keepWaiting(sender: Runtime.MessageSender, url: string, pageUrl: string): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || !sender.url?.startsWith(pageUrl) || !linkablePlatformUrl(url, dataset.platforms)) return;
  patient.set(tabId, url);
  await browser.tabs.update(tabId, { url }).catch((error) => {
    patient.delete(tabId);
    report(error);
  });
}

/** Registers the listeners; called at the worker's top level, as event pages and service workers need. */
export function watchUnansweredLoads(): void {
  const filter: WebRequest.RequestFilter = { urls: matchPatterns(dataset.platforms.flatMap((p) => p.hosts)), types: ['main_frame'] };
  browser.webRequest.onBeforeRequest.addListener(onLoadStarted, filter);
  // Headers (a redirect's too: a redirected load starts again above), or an end of any kind: a
  // completed load, a failure (the failed-load page's), the reader's Stop or another address (aborted).
  browser.webRequest.onHeadersReceived.addListener(answered, filter);
  browser.webRequest.onErrorOccurred.addListener(answered, filter);
  browser.webRequest.onCompleted.addListener(answered, filter);
  // The tab moved on to another page (a load that never reached webRequest's end events), or closed.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url !== undefined && change.url !== loads.get(tabId)?.url) forget(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    forget(tabId);
    patient.delete(tabId);
  });
}
