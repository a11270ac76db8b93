import { describe, expect, it } from 'vitest';
import { dataVersion, panelForm, parseSession, withChipShown, withDismissed } from './session';

const event = (id: string) => ({ id, date: '2026-02-11', kind: 'block' as const, summary: { en: 'x', ru: 'x' }, sources: ['s'] });
const whatsapp = { id: 'whatsapp', status: 'blocked' as const, statusEventId: 'b', events: [event('a'), event('b')] };
const tiktok = { id: 'tiktok', status: 'not-restricted' as const, statusEventId: null, events: [event('c')] };
const fresh = parseSession(undefined);

describe('the calm default', () => {
  it('shows the chip on the first visit of a session, then the mark', () => {
    expect(panelForm('calm', whatsapp, fresh)).toBe('chip');
    expect(panelForm('calm', whatsapp, withChipShown(fresh, whatsapp))).toBe('mark');
  });

  it('shows the chip again when the platform has new data', () => {
    const shown = withChipShown(fresh, whatsapp);
    const updated = { ...whatsapp, events: [...whatsapp.events, event('d')] };
    expect(dataVersion(updated)).not.toBe(dataVersion(whatsapp));
    expect(panelForm('calm', updated, shown)).toBe('chip');
  });

  it('gives a platform Russia does not restrict the mark only, unless the reader asked for the chip always', () => {
    expect(panelForm('calm', tiktok, fresh)).toBe('mark');
    expect(panelForm('always', tiktok, fresh)).toBe('chip');
    expect(panelForm('always', whatsapp, withChipShown(fresh, whatsapp))).toBe('chip');
  });
});

describe('parseSession', () => {
  it.each([undefined, null, 'x', 7, [], { chipShown: [], dismissed: 'whatsapp' }])('reads %j as a fresh session', (raw) => {
    expect(parseSession(raw)).toEqual({ chipShown: {}, dismissed: [] });
  });

  it('keeps valid entries only', () => {
    expect(parseSession({ chipShown: { whatsapp: 'v', '<x>': 'v', youtube: 3 }, dismissed: ['telegram', 'telegram', 5] })).toEqual({
      chipShown: { whatsapp: 'v' },
      dismissed: ['telegram'],
    });
  });

  it('remembers and forgets a dismissal', () => {
    const dismissed = withDismissed(fresh, 'whatsapp', true);
    expect(dismissed.dismissed).toEqual(['whatsapp']);
    expect(withDismissed(dismissed, 'whatsapp', false)).toEqual(fresh);
  });
});
