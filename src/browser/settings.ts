// The reader's settings in `storage.local`, for the worker and the popup (polyfilled: see api.ts).
import browser, { type Storage } from 'webextension-polyfill';
import { needsRepair, parseSettings, SETTINGS_KEY, type Settings } from '../core/settings';

export async function readSettings(): Promise<Settings> {
  let raw: unknown;
  try {
    raw = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  } catch {
    return parseSettings(undefined);
  }
  const settings = parseSettings(raw);
  // Repair what a bad write or another version left behind, so every reader sees the same value.
  if (needsRepair(raw)) await browser.storage.local.set({ [SETTINGS_KEY]: settings }).catch(() => {});
  return settings;
}

export function writeSettings(settings: Settings): Promise<void> {
  return browser.storage.local.set({ [SETTINGS_KEY]: settings });
}

export function onSettingsChanged(listener: (settings: Settings) => void): void {
  browser.storage.onChanged.addListener((changes: Record<string, Storage.StorageChange>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) listener(parseSettings(changes[SETTINGS_KEY].newValue));
  });
}
