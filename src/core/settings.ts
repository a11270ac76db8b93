// The reader's settings as kept in `storage.local`. Whatever is found there (nothing, garbage,
// wrong types, keys from another version) is read as a valid value, never thrown on.

export const CORNERS = ['bottom-left', 'bottom-right', 'top-right', 'top-left'] as const;
export type Corner = (typeof CORNERS)[number];

export interface Settings {
  /** Platforms on whose pages the inline panel is switched off. */
  hiddenPlatforms: string[];
  /** Where the reader moved the panel on a platform's pages, where not bottom-left. */
  corners?: Record<string, Corner>;
  /** Platforms for which a failed page load keeps the browser's own error page. */
  unreachableOff?: string[];
}

export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Settings = { hiddenPlatforms: [] };

const isPlatformId = (id: unknown): id is string => typeof id === 'string' && /^[a-z0-9-]{1,40}$/.test(id);
const isCorner = (value: unknown): value is Corner => CORNERS.includes(value as Corner);

/** The one valid reading of whatever is stored; empty parts are left out, so it compares canonically. */
export function parseSettings(raw: unknown): Settings {
  const record = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const hidden = Array.isArray(record.hiddenPlatforms) ? record.hiddenPlatforms.filter(isPlatformId) : [];
  const storedCorners = record.corners && typeof record.corners === 'object' && !Array.isArray(record.corners) ? record.corners : {};
  const corners = Object.entries(storedCorners)
    .filter(([id, corner]) => isPlatformId(id) && isCorner(corner) && corner !== 'bottom-left')
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const unreachableOff = Array.isArray(record.unreachableOff) ? [...new Set(record.unreachableOff.filter(isPlatformId))].sort() : [];
  return {
    hiddenPlatforms: [...new Set(hidden)].sort(),
    ...(corners.length ? { corners: Object.fromEntries(corners) as Record<string, Corner> } : {}),
    ...(unreachableOff.length ? { unreachableOff } : {}),
  };
}

/** Whether what is stored differs from its valid reading, so it should be written back repaired. */
export function needsRepair(raw: unknown): boolean {
  return raw !== undefined && JSON.stringify(raw) !== JSON.stringify(parseSettings(raw));
}

export function withPanel(settings: Settings, platformId: string, shown: boolean): Settings {
  const others = settings.hiddenPlatforms.filter((id) => id !== platformId);
  return parseSettings({ ...settings, hiddenPlatforms: shown ? others : [...others, platformId] });
}

export function panelShown(settings: Settings, platformId: string): boolean {
  return !settings.hiddenPlatforms.includes(platformId);
}

export function withCorner(settings: Settings, platformId: string, corner: Corner): Settings {
  return parseSettings({ ...settings, corners: { ...settings.corners, [platformId]: corner } });
}

export function panelCorner(settings: Settings, platformId: string): Corner {
  return settings.corners?.[platformId] ?? 'bottom-left';
}

/** Whether a failed load of this platform's pages shows its context in place of the browser's error page. */
export function unreachablePageShown(settings: Settings, platformId: string): boolean {
  return !settings.unreachableOff?.includes(platformId);
}

export function withUnreachablePage(settings: Settings, platformId: string, shown: boolean): Settings {
  const others = (settings.unreachableOff ?? []).filter((id) => id !== platformId);
  return parseSettings({ ...settings, unreachableOff: shown ? others : [...others, platformId] });
}
