import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  needsRepair,
  panelCorner,
  panelMode,
  panelShown,
  parseSettings,
  unreachablePageShown,
  withCorner,
  withMode,
  withPanel,
  withUnreachablePage,
} from './settings';
import { GARBAGE_SETTINGS } from './settings.garbage';

describe('parseSettings', () => {
  it('nothing stored reads as the defaults, with nothing to repair', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(needsRepair(undefined)).toBe(false);
  });

  it.each(GARBAGE_SETTINGS)('%s reads as the defaults, and is repaired', (_, raw) => {
    expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
    expect(needsRepair(raw)).toBe(true);
  });

  it('keeps valid platform ids, drops the rest and unknown keys', () => {
    expect(
      parseSettings({ hiddenPlatforms: ['youtube', 3, null, 'whatsapp', 'youtube', '<script>', ''], alwaysFull: ['x', 'x', 9], extra: 1 }),
    ).toEqual({ hiddenPlatforms: ['whatsapp', 'youtube'], alwaysFull: ['x'] });
  });

  it('flags what needs writing back', () => {
    expect(needsRepair({ hiddenPlatforms: ['whatsapp'] })).toBe(false);
    expect(needsRepair({ hiddenPlatforms: ['whatsapp'], extra: 1 })).toBe(true);
  });
});

describe('the per-platform panel switch', () => {
  it('turns off and back on', () => {
    const off = withPanel(DEFAULT_SETTINGS, 'whatsapp', false);
    expect(panelShown(off, 'whatsapp')).toBe(false);
    expect(panelShown(off, 'youtube')).toBe(true);
    expect(panelShown(withPanel(off, 'whatsapp', true), 'whatsapp')).toBe(true);
    expect(withPanel(off, 'whatsapp', false)).toEqual(off);
  });
});

describe('the per-platform panel mode', () => {
  it('is calm by default; always and never are remembered per platform', () => {
    expect(panelMode(DEFAULT_SETTINGS, 'whatsapp')).toBe('calm');
    const always = withMode(DEFAULT_SETTINGS, 'whatsapp', 'always');
    expect(panelMode(always, 'whatsapp')).toBe('always');
    expect(panelMode(always, 'youtube')).toBe('calm');
    expect(panelMode(withMode(always, 'whatsapp', 'never'), 'whatsapp')).toBe('never');
    expect(withMode(always, 'whatsapp', 'calm')).toEqual(DEFAULT_SETTINGS);
  });

  it('"don\'t show" and its undo bring back the mode the reader had', () => {
    const always = withMode(DEFAULT_SETTINGS, 'whatsapp', 'always');
    const hidden = withPanel(always, 'whatsapp', false);
    expect(panelMode(hidden, 'whatsapp')).toBe('never');
    expect(panelMode(withPanel(hidden, 'whatsapp', true), 'whatsapp')).toBe('always');
  });
});

describe('the per-platform panel corner', () => {
  it('defaults to auto, keeps valid choices and drops the rest', () => {
    expect(panelCorner(DEFAULT_SETTINGS, 'whatsapp')).toBe('auto');
    const moved = withCorner(DEFAULT_SETTINGS, 'whatsapp', 'top-right');
    expect(panelCorner(moved, 'whatsapp')).toBe('top-right');
    expect(panelCorner(moved, 'youtube')).toBe('auto');
    expect(withCorner(moved, 'whatsapp', 'auto')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ hiddenPlatforms: [], corners: { whatsapp: 'middle', youtube: 'top-left', '<x>': 'top-left' } })).toEqual({
      hiddenPlatforms: [],
      corners: { youtube: 'top-left' },
    });
    expect(parseSettings({ corners: ['top-left'] })).toEqual(DEFAULT_SETTINGS);
    expect(withPanel(moved, 'whatsapp', false)).toEqual({ hiddenPlatforms: ['whatsapp'], corners: { whatsapp: 'top-right' } });
  });
});

describe('the per-platform switch for the page shown when a platform does not load', () => {
  it('is on by default, turns off and back on, apart from the panel', () => {
    expect(unreachablePageShown(DEFAULT_SETTINGS, 'whatsapp')).toBe(true);
    const off = withUnreachablePage(DEFAULT_SETTINGS, 'whatsapp', false);
    expect(off).toEqual({ hiddenPlatforms: [], unreachableOff: ['whatsapp'] });
    expect(unreachablePageShown(off, 'whatsapp')).toBe(false);
    expect(unreachablePageShown(off, 'youtube')).toBe(true);
    expect(panelShown(off, 'whatsapp')).toBe(true);
    expect(withUnreachablePage(off, 'whatsapp', true)).toEqual(DEFAULT_SETTINGS);
    expect(withUnreachablePage(withPanel(off, 'youtube', false), 'whatsapp', false)).toEqual({
      hiddenPlatforms: ['youtube'],
      unreachableOff: ['whatsapp'],
    });
  });

  it('reads garbage as on, and keeps valid ids', () => {
    expect(parseSettings({ hiddenPlatforms: [], unreachableOff: 'whatsapp' })).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ hiddenPlatforms: [], unreachableOff: ['youtube', 7, 'whatsapp', 'youtube', '<x>'] })).toEqual({
      hiddenPlatforms: [],
      unreachableOff: ['whatsapp', 'youtube'],
    });
    expect(needsRepair({ hiddenPlatforms: [], unreachableOff: [] })).toBe(true);
    expect(needsRepair({ hiddenPlatforms: [], unreachableOff: ['whatsapp'] })).toBe(false);
  });
});
