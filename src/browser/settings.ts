// The reader's settings (core/stored-items.ts SETTINGS), for the worker and the pages.
import { needsRepair, type Settings } from '../core/settings';
import { SETTINGS } from '../core/stored-items';
import { readRaw, watch, write } from './storage';

export async function readSettings(): Promise<Settings> {
  let raw: unknown;
  try {
    raw = await readRaw(SETTINGS);
  } catch {
    return SETTINGS.parse(undefined);
  }
  const settings = SETTINGS.parse(raw);
  // Repair what a bad write or another version left behind, so every reader sees the same value.
  if (needsRepair(raw)) await write(SETTINGS, settings).catch(() => {});
  return settings;
}

export const writeSettings = (settings: Settings): Promise<void> => write(SETTINGS, settings);

export function onSettingsChanged(listener: (settings: Settings) => void): void {
  watch(SETTINGS, (settings) => listener(settings));
}
