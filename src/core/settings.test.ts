import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, needsRepair, panelCorner, panelShown, parseSettings, withCorner, withPanel } from './settings';
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
    expect(parseSettings({ hiddenPlatforms: ['youtube', 3, null, 'whatsapp', 'youtube', '<script>', ''], extra: 1 })).toEqual({
      hiddenPlatforms: ['whatsapp', 'youtube'],
    });
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

describe('the per-platform panel corner', () => {
  it('defaults to bottom-left, keeps valid choices and drops the rest', () => {
    expect(panelCorner(DEFAULT_SETTINGS, 'whatsapp')).toBe('bottom-left');
    const moved = withCorner(DEFAULT_SETTINGS, 'whatsapp', 'top-right');
    expect(panelCorner(moved, 'whatsapp')).toBe('top-right');
    expect(panelCorner(moved, 'youtube')).toBe('bottom-left');
    expect(withCorner(moved, 'whatsapp', 'bottom-left')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ hiddenPlatforms: [], corners: { whatsapp: 'middle', youtube: 'top-left', '<x>': 'top-left' } })).toEqual({
      hiddenPlatforms: [],
      corners: { youtube: 'top-left' },
    });
    expect(parseSettings({ corners: ['top-left'] })).toEqual(DEFAULT_SETTINGS);
    expect(withPanel(moved, 'whatsapp', false)).toEqual({ hiddenPlatforms: ['whatsapp'], corners: { whatsapp: 'top-right' } });
  });
});
