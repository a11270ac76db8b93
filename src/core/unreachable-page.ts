// The page a tab shows when a platform's page failed to load (UNREACHABLE_PAGE in
// src/browser/pages.ts), and what it may say.
//
// Its address is `<UNREACHABLE_PAGE>?platform=<id>&load=<token>`: the platform and an opaque
// token, nothing else. The browser's history keeps every address a tab shows (and syncs it), while
// it keeps no entry for a load that failed; so the failed URL (a private invite link's secret) and
// the error stay out of the address. The worker keeps them in `storage.session` (memory, never disk)
// under the tab's id with the token, and the page finds its own by the token. A page whose token is
// unknown (the browser restarted, or an address typed by hand) still shows the platform's context,
// with nothing of any URL.
//
// The page trusts nothing it reads: the URL becomes the "Try again" link only if it is a canonical
// https URL on one of the hosts of the platform its address names, and it is never shown as the
// extension's words, only the host and, on request, the address the browser tried.
import { type HasHosts, hostMatches, matchUrl } from './match';
import { type FailureKind, failureKind } from './network-errors';

/** Longer addresses are not linked (browsers cap URLs near 2 MB; no platform page needs this). */
const MAX_URL_LENGTH = 4096;
/** How much of the tried address the disclosure shows before eliding the middle. */
const SHOWN_URL_LENGTH = 120;

export interface FailedLoad<P> {
  platform: P;
  /** Exactly the URL that failed, for the "Try again" link; null where the page no longer knows it. */
  url: string | null;
  /** The browser's own name for the error, where it is one of the block-like ones; else null. */
  error: string | null;
  kind: FailureKind | null;
}

/** What the worker keeps per tab in `storage.session` (core/stored-items.ts UNREACHABLE_LOADS), the latest load it stood in for. */
export interface StoredLoad {
  /** The token in the page's address. */
  load: string;
  url: string;
  error: string;
  /** The tab shows the page for this load now (not the failed entry behind it, nor anything else). */
  showing: boolean;
}

const TOKEN = /^[0-9a-f]{16}$/;

/** A fresh token: 64 random bits, as hex. */
export function newLoadToken(): string {
  return [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function pageQuery(platformId: string, load: string): string {
  return `?${new URLSearchParams({ platform: platformId, load })}`;
}

/** The platform and token a page address names; null where it names no platform. */
export function readPageAddress<P extends HasHosts>(search: string, platforms: readonly P[]): { platform: P; load: string | null } | null {
  const params = new URLSearchParams(search);
  const platform = platforms.find((p) => p.id === params.get('platform'));
  if (!platform) return null;
  const load = params.get('load');
  return { platform, load: load !== null && TOKEN.test(load) ? load : null };
}

/** The page's address in a tab (`pageUrl` is `runtime.getURL(UNREACHABLE_PAGE)`), or null for any other address. */
export function pageAddressIn<P extends HasHosts>(
  tabUrl: string | undefined,
  pageUrl: string,
  platforms: readonly P[],
): { platform: P; load: string | null } | null {
  if (!tabUrl?.startsWith(`${pageUrl}?`)) return null;
  return readPageAddress(tabUrl.slice(pageUrl.length).split('#')[0], platforms);
}

/** The tab-to-load map as stored; anything malformed is dropped (storage may hold garbage). */
export function readStoredLoads(value: unknown): Map<number, StoredLoad> {
  const loads = new Map<number, StoredLoad>();
  if (!value || typeof value !== 'object' || Array.isArray(value)) return loads;
  for (const [tab, entry] of Object.entries(value as Record<string, unknown>)) {
    const id = Number(tab);
    if (!Number.isSafeInteger(id) || !entry || typeof entry !== 'object') continue;
    const { load, url, error, showing } = entry as Record<string, unknown>;
    if (typeof load === 'string' && TOKEN.test(load) && typeof url === 'string' && typeof error === 'string')
      loads.set(id, { load, url, error, showing: showing === true });
  }
  return loads;
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
  // Canonical https only (what the browser reports is), and never a URL carrying credentials.
  if (parsed.protocol !== 'https:' || parsed.href !== url || parsed.username || parsed.password) return undefined;
  return matchUrl(url, platforms);
}

/**
 * What failed, for the page at `search` (its query), from the stored loads: the platform its address
 * names, with the URL and error only where the token finds a load of that same platform.
 */
export function readFailedLoad<P extends HasHosts>(search: string, stored: unknown, platforms: readonly P[]): FailedLoad<P> | null {
  const address = readPageAddress(search, platforms);
  if (!address) return null;
  const { platform, load } = address;
  const found = load ? [...readStoredLoads(stored).values()].find((entry) => entry.load === load) : undefined;
  if (!found || linkablePlatformUrl(found.url, platforms) !== platform) return { platform, url: null, error: null, kind: null };
  const kind = failureKind(found.error);
  return { platform, url: found.url, error: kind ? found.error : null, kind };
}

export interface AddressShown {
  /** The host the browser could not reach, with its port where it is not the default. */
  host: string;
  /** One of the platform's own addresses (a listed host, or www. before one, default port). */
  known: boolean;
  /** The platform's host it is under: "an address under whatsapp.com". */
  under: string;
  /** The whole address the browser tried, its middle elided past SHOWN_URL_LENGTH characters. */
  elided: string;
}

/** How the page names the address that failed: by host; the rest only elided, on request. */
export function addressShown(url: string, platform: HasHosts): AddressShown {
  const parsed = new URL(url);
  const hostname = parsed.hostname;
  const under = [...platform.hosts].sort((a, b) => a.length - b.length).find((listed) => hostMatches(hostname, listed)) ?? hostname;
  const known = parsed.port === '' && platform.hosts.some((listed) => hostname === listed || hostname === `www.${listed}`);
  const tail = 24;
  const elided = url.length <= SHOWN_URL_LENGTH ? url : `${url.slice(0, SHOWN_URL_LENGTH - tail - 1)}…${url.slice(-tail)}`;
  return { host: parsed.host, known, under, elided };
}
