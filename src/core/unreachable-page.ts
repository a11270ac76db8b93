// The address of the page a tab shows when a platform's page failed to load (UNREACHABLE_PAGE in
// src/browser/pages.ts): `src/unreachable/index.html?url=<the failed URL>&error=<the browser's error name>`. The failed URL
// lives only there, in the tab's own history: nothing else keeps it.
//
// The page trusts nothing in its address: the URL becomes the "Try again" link only if it is a
// canonical http(s) URL on one of the platforms' hosts, and the platform shown is the one that URL
// belongs to, found the same way the worker found it. An address made up by hand can make the page
// name a platform and one of its URLs, nothing else.
import { type HasHosts, matchUrl } from './match';
import { type FailureKind, failureKind } from './network-errors';

/** Longer addresses are not shown or linked (browsers cap URLs near 2 MB; no platform page needs this). */
const MAX_URL_LENGTH = 4096;

export interface FailedLoad<P> {
  platform: P;
  /** Exactly the URL that failed, for the "Try again" link. */
  url: string;
  /** The browser's own name for the error, where it is one of the block-like ones; else null. */
  error: string | null;
  kind: FailureKind | null;
}

export function unreachableQuery(url: string, error: string): string {
  return `?${new URLSearchParams({ url, error })}`;
}

/** The platform whose page `url` is, if `url` may be linked as it stands; undefined otherwise. */
export function linkablePlatformUrl<P extends HasHosts>(url: string, platforms: readonly P[]): P | undefined {
  if (url.length > MAX_URL_LENGTH) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  // Canonical only (what the browser reports is), and never a URL carrying credentials.
  if (parsed.href !== url || parsed.username || parsed.password) return undefined;
  return matchUrl(url, platforms);
}

/** What the page's query says failed, or null where it does not name a platform's URL. */
export function readFailedLoad<P extends HasHosts>(search: string, platforms: readonly P[]): FailedLoad<P> | null {
  const params = new URLSearchParams(search);
  const url = params.get('url');
  const platform = url === null ? undefined : linkablePlatformUrl(url, platforms);
  if (url === null || !platform) return null;
  const error = params.get('error');
  const kind = failureKind(error ?? undefined);
  return { platform, url, error: kind ? error : null, kind };
}

/**
 * The failed load a tab's address stands for, when that address is the page (`pageUrl` is the
 * page's full extension URL, `runtime.getURL(UNREACHABLE_PAGE)`); null for any other address.
 */
export function failedLoadInTab<P extends HasHosts>(
  tabUrl: string | undefined,
  pageUrl: string,
  platforms: readonly P[],
): FailedLoad<P> | null {
  if (!tabUrl?.startsWith(`${pageUrl}?`)) return null;
  return readFailedLoad(tabUrl.slice(pageUrl.length).split('#')[0], platforms);
}
