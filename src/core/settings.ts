// The reader's settings as kept in `storage.local`. Whatever is found there (nothing, garbage,
// wrong types, keys from another version) is read as a valid value, never thrown on.

/** Where the panel rests on a platform's pages: `auto` is measured on each page, clear of the site's controls. */
export const CORNERS = ['auto', 'bottom-left', 'bottom-right', 'top-right', 'top-left'] as const;
export type Corner = (typeof CORNERS)[number];

/**
 * How the panel shows on a platform's pages: `calm` (the chip on the first visit of a browsing
 * session and after its data changed, then a small mark), `always` the chip, `never` nothing.
 */
export const PANEL_MODES = ['calm', 'always', 'never'] as const;
export type PanelMode = (typeof PANEL_MODES)[number];

export interface Settings {
  /** Platforms on whose pages the inline panel is switched off. */
  hiddenPlatforms: string[];
  /** Platforms on whose pages the reader wants the full chip every time. */
  alwaysFull?: string[];
  /** Platforms for which a failed page load keeps the browser's own error page. */
  unreachableOff?: string[];
  /** Where the reader moved the panel on a platform's pages, where not `auto`. */
  corners?: Record<string, Exclude<Corner, 'auto'>>;
}

export const DEFAULT_SETTINGS: Settings = { hiddenPlatforms: [] };

const isPlatformId = (id: unknown): id is string => typeof id === 'string' && /^[a-z0-9-]{1,40}$/.test(id);
const isCorner = (value: unknown): value is Corner => CORNERS.includes(value as Corner);
const ids = (value: unknown) => [...new Set(Array.isArray(value) ? value.filter(isPlatformId) : [])].sort();

/** The one valid reading of whatever is stored; empty parts are left out, so it compares canonically. */
export function parseSettings(raw: unknown): Settings {
  const record = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const storedCorners = record.corners && typeof record.corners === 'object' && !Array.isArray(record.corners) ? record.corners : {};
  const corners = Object.entries(storedCorners)
    .filter(([id, corner]) => isPlatformId(id) && isCorner(corner) && corner !== 'auto')
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const unreachableOff = ids(record.unreachableOff);
  const alwaysFull = ids(record.alwaysFull);
  return {
    hiddenPlatforms: ids(record.hiddenPlatforms),
    ...(alwaysFull.length ? { alwaysFull } : {}),
    ...(corners.length ? { corners: Object.fromEntries(corners) as Settings['corners'] } : {}),
    ...(unreachableOff.length ? { unreachableOff } : {}),
  };
}

/** Whether what is stored differs from its valid reading, so it should be written back repaired. */
export function needsRepair(raw: unknown): boolean {
  return raw !== undefined && JSON.stringify(raw) !== JSON.stringify(parseSettings(raw));
}

const without = (list: string[] | undefined, id: string) => (list ?? []).filter((other) => other !== id);

/** Off or back on, keeping whether it was `always`: what "don't show" and its undo do. */
export function withPanel(settings: Settings, platformId: string, shown: boolean): Settings {
  const others = without(settings.hiddenPlatforms, platformId);
  return parseSettings({ ...settings, hiddenPlatforms: shown ? others : [...others, platformId] });
}

export function panelShown(settings: Settings, platformId: string): boolean {
  return !settings.hiddenPlatforms.includes(platformId);
}

export function withMode(settings: Settings, platformId: string, mode: PanelMode): Settings {
  const full = without(settings.alwaysFull, platformId);
  return parseSettings({
    ...withPanel(settings, platformId, mode !== 'never'),
    alwaysFull: mode === 'always' ? [...full, platformId] : mode === 'calm' ? full : settings.alwaysFull,
  });
}

export function panelMode(settings: Settings, platformId: string): PanelMode {
  if (!panelShown(settings, platformId)) return 'never';
  return settings.alwaysFull?.includes(platformId) ? 'always' : 'calm';
}

export function withCorner(settings: Settings, platformId: string, corner: Corner): Settings {
  return parseSettings({ ...settings, corners: { ...settings.corners, [platformId]: corner } });
}

export function panelCorner(settings: Settings, platformId: string): Corner {
  return settings.corners?.[platformId] ?? 'auto';
}

/** Whether a failed load of this platform's pages shows its context in place of the browser's error page. */
export function unreachablePageShown(settings: Settings, platformId: string): boolean {
  return !settings.unreachableOff?.includes(platformId);
}

export function withUnreachablePage(settings: Settings, platformId: string, shown: boolean): Settings {
  const others = (settings.unreachableOff ?? []).filter((id) => id !== platformId);
  return parseSettings({ ...settings, unreachableOff: shown ? others : [...others, platformId] });
}
