// The extension's own pages, by their path in the build (the manifest's `action.default_popup` is
// tested against POPUP_PAGE). Pure strings: the worker, the pages, the build and the e2e tests all
// use these; `runtime.getURL` makes them full URLs.

export const POPUP_PAGE = 'src/popup/index.html';
export const SOURCES_PAGE = 'src/sources/index.html';
/** Shown in place of the browser's error page when a platform's page does not load (src/core/unreachable-page.ts). */
export const UNREACHABLE_PAGE = 'src/unreachable/index.html';

/** The sources page, at one source's entry (or the privacy statement) where an anchor is given. */
export function sourcesPath(anchor?: string): string {
  return `${SOURCES_PAGE}${anchor ? `#${anchor}` : ''}`;
}

/** The query parameter that names the platform to show when the popup is opened as a page. */
export const POPUP_PLATFORM_PARAM = 'platform';

/** The popup as a page of its own, for the platform given (where the browser cannot open the real one). */
export function popupPath(platformId?: string): string {
  return `${POPUP_PAGE}${platformId ? `?${POPUP_PLATFORM_PARAM}=${platformId}` : ''}`;
}
