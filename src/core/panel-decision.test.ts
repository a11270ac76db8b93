// The worker's decision, rule by rule, as a reader meets it over a browsing session.
import { describe, expect, it } from 'vitest';
import { decidePanel, placement } from './panel-decision';
import { parseSession, withDismissed } from './session';
import { DEFAULT_SETTINGS, withCorner, withMode, withPanel } from './settings';

const event = (id: string) => ({ id, date: '2026-02-11', kind: 'block' as const, summary: { en: 'x', ru: 'x' }, sources: ['s'] });
const whatsapp = { id: 'whatsapp', status: 'blocked' as const, statusEventId: 'b', events: [event('a'), event('b')] };
const tiktok = { id: 'tiktok', status: 'not-restricted' as const, statusEventId: null, events: [event('c')] };
const fresh = parseSession(undefined);
const none = new Set<string>();

describe('decidePanel', () => {
  it('shows the chip on the first page of a session and records it, so the next page gets the mark', () => {
    const first = decidePanel(DEFAULT_SETTINGS, fresh, whatsapp, none);
    expect(first.placement).toEqual({ shown: true, form: 'chip', full: false, corner: 'auto' });
    expect(first.session).not.toEqual(fresh);
    const second = decidePanel(DEFAULT_SETTINGS, first.session, whatsapp, none);
    expect(second.placement.form).toBe('mark');
    expect(second.session).toEqual(first.session);
  });

  it('shows the chip again once the platform’s data changed', () => {
    const { session } = decidePanel(DEFAULT_SETTINGS, fresh, whatsapp, none);
    const updated = { ...whatsapp, events: [...whatsapp.events, event('d')], statusEventId: 'd' };
    expect(decidePanel(DEFAULT_SETTINGS, session, updated, none).placement.form).toBe('chip');
  });

  it('shows nothing where the reader dismissed it this session or switched it off, and records no chip', () => {
    const dismissed = decidePanel(DEFAULT_SETTINGS, withDismissed(fresh, 'whatsapp', true), whatsapp, none);
    expect(dismissed.placement.shown).toBe(false);
    expect(dismissed.session).toEqual(withDismissed(fresh, 'whatsapp', true));
    const off = decidePanel(withPanel(DEFAULT_SETTINGS, 'whatsapp', false), fresh, whatsapp, none);
    expect(off.placement.shown).toBe(false);
    expect(off.session).toEqual(fresh);
  });

  it('leaves other platforms alone', () => {
    const dismissed = withDismissed(fresh, 'telegram', true);
    expect(decidePanel(withPanel(DEFAULT_SETTINGS, 'telegram', false), dismissed, whatsapp, none).placement.shown).toBe(true);
  });

  it('gives a platform Russia does not restrict the mark, and records nothing', () => {
    const decided = decidePanel(DEFAULT_SETTINGS, fresh, tiktok, none);
    expect(decided.placement).toMatchObject({ shown: true, form: 'mark' });
    expect(decided.session).toEqual(fresh);
  });

  it('tells the panel when the reader asked for the full chip every time, so it never gives way to the mark', () => {
    const always = withMode(DEFAULT_SETTINGS, 'whatsapp', 'always');
    const first = decidePanel(always, fresh, whatsapp, none);
    expect(first.placement).toMatchObject({ form: 'chip', full: true });
    expect(decidePanel(always, first.session, whatsapp, none).placement).toMatchObject({ form: 'chip', full: true });
    expect(placement(always, fresh, tiktok)).toMatchObject({ full: false });
  });

  it('puts the panel where the reader moved it', () => {
    expect(placement(withCorner(DEFAULT_SETTINGS, 'whatsapp', 'top-left'), fresh, whatsapp).corner).toBe('top-left');
    expect(placement(withCorner(DEFAULT_SETTINGS, 'telegram', 'top-left'), fresh, whatsapp).corner).toBe('auto');
  });

  it('tells which of the platform’s events are new to the reader, in the data’s order, and only the platform’s', () => {
    expect(decidePanel(DEFAULT_SETTINGS, fresh, whatsapp, new Set(['c', 'b', 'a'])).newEventIds).toEqual(['a', 'b']);
    expect(decidePanel(DEFAULT_SETTINGS, fresh, whatsapp, none).newEventIds).toEqual([]);
  });
});
