import dataset from 'virtual:dataset';
import { api } from '../browser/api';
import { POPUP_PLATFORM_PARAM, UNREACHABLE_PAGE } from '../browser/pages';
import { matchUrl } from '../core/match';
import { pageAddressIn } from '../core/unreachable-page';

/**
 * The platform of the tab the popup was opened on. Its URL is visible only for the platforms'
 * hosts (the host permissions), which is all the popup needs. `?platform=` (`popupPath`) is how the worker opens
 * the popup in a tab where the browser cannot open the real one.
 */
export async function activePlatformId(): Promise<string | null> {
  const asked = new URLSearchParams(location.search).get(POPUP_PLATFORM_PARAM);
  if (asked && dataset.platforms.some((p) => p.id === asked)) return asked;
  try {
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    // On the page shown in place of a platform's error page, the popup is about that platform too.
    const onPage = pageAddressIn(tab?.url, api.runtime.getURL(UNREACHABLE_PAGE), dataset.platforms);
    return (matchUrl(tab?.url, dataset.platforms) ?? onPage?.platform)?.id ?? null;
  } catch {
    return null;
  }
}
