// The reader's settings as kept in `storage.local`. Whatever is found there (nothing, garbage,
// wrong types, keys from another version) is read as a valid value, never thrown on.

export interface Settings {
  /** Platforms on whose pages the inline panel is switched off. */
  hiddenPlatforms: string[];
}

export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Settings = { hiddenPlatforms: [] };

export function parseSettings(raw: unknown): Settings {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { hiddenPlatforms: [] };
  const hidden = (raw as { hiddenPlatforms?: unknown }).hiddenPlatforms;
  if (!Array.isArray(hidden)) return { hiddenPlatforms: [] };
  const valid = hidden.filter((id): id is string => typeof id === 'string' && /^[a-z0-9-]{1,40}$/.test(id));
  return { hiddenPlatforms: [...new Set(valid)].sort() };
}

/** Whether what is stored differs from its valid reading, so it should be written back repaired. */
export function needsRepair(raw: unknown): boolean {
  return raw !== undefined && JSON.stringify(raw) !== JSON.stringify(parseSettings(raw));
}

export function withPanel(settings: Settings, platformId: string, shown: boolean): Settings {
  const others = settings.hiddenPlatforms.filter((id) => id !== platformId);
  return { hiddenPlatforms: shown ? others : [...others, platformId].sort() };
}

export function panelShown(settings: Settings, platformId: string): boolean {
  return !settings.hiddenPlatforms.includes(platformId);
}
