import { describe, expect, it } from 'vitest';
import { chooseSpot, type Hit, type HitTest, IN_THE_WAY, nearestCorner, type Rect } from './placement';

const VW = 1280;
const VH = 800;
const inside = (r: Rect, x: number, y: number) => x >= r.left && x <= r.left + r.width && y >= r.top && y <= r.top + r.height;

/**
 * A page of controls (and fixed bars holding some of them) over its content (messages, a player),
 * hit-tested as elementFromPoint would.
 */
function page(controls: { rect: Rect; bar?: Rect }[], bars: Rect[] = [], content: Rect[] = []): HitTest {
  const hits = new Map<object, Hit>();
  const hit = (key: object, make: () => Hit) => hits.get(key) ?? (hits.set(key, make()).get(key) as Hit);
  return (x, y) => {
    const control = controls.find((c) => inside(c.rect, x, y));
    if (control) return hit(control, () => ({ controls: () => [control.rect], bar: () => control.bar ?? null, content: false }));
    const bar = bars.find((b) => inside(b, x, y));
    if (bar)
      return hit(bar, () => ({ controls: () => controls.filter((c) => c.bar === bar).map((c) => c.rect), bar: () => bar, content: false }));
    const read = content.find((c) => inside(c, x, y));
    return read ? hit(read, () => ({ controls: () => [], bar: () => null, content: true })) : null;
  };
}

describe('chooseSpot', () => {
  it('takes the bottom-left corner of a page with nothing there', () => {
    expect(chooseSpot(300, 40, 'auto', VW, VH, page([]))).toEqual({ rect: { left: 12, top: VH - 52, width: 300, height: 40 }, harm: 0 });
  });

  it('avoids a control in a corner', () => {
    const profile = { rect: { left: 12, top: 748, width: 40, height: 40 } };
    expect(chooseSpot(300, 40, 'auto', VW, VH, page([profile])).rect.left).toBe(VW - 312);
  });

  it('counts the controls inside a container a probe lands on', () => {
    const footer = { left: 0, top: 700, width: 240, height: 100 };
    const link = { rect: { left: 12, top: 770, width: 30, height: 12 }, bar: footer };
    expect(chooseSpot(300, 40, 'auto', VW, VH, page([link], [footer])).rect.left).toBe(VW - 312);
  });

  it('moves clear of a fixed bar across the bottom, such as a phone tab bar or a cookie banner', () => {
    const bar = { left: 0, top: VH - 56, width: VW, height: 56 };
    const tab = { rect: { left: 0, top: VH - 56, width: 256, height: 56 }, bar };
    const spot = chooseSpot(300, 40, 'auto', VW, VH, page([tab], [bar]));
    expect(spot.rect).toEqual({ left: 12, top: VH - 56 - 12 - 40, width: 300, height: 40 });
  });

  it("keeps the reader's corner, moved clear of a bar only", () => {
    const button = { rect: { left: VW - 60, top: 12, width: 48, height: 40 } };
    expect(chooseSpot(300, 40, 'top-right', VW, VH, page([button])).rect).toEqual({ left: VW - 312, top: 12, width: 300, height: 40 });
  });

  it('where every spot covers something, takes the least harmful', () => {
    // A page of big links everywhere, and one small button where the chip would cover it all.
    const controls = [{ rect: { left: 16, top: 748, width: 44, height: 40 } }, { rect: { left: 0, top: 0, width: VW, height: VH } }];
    const spot = chooseSpot(300, 40, 'auto', VW, VH, page(controls));
    expect(spot.rect.left).toBe(VW - 312);
  });

  it('keeps a wide chip on a phone to the top and bottom edges', () => {
    const everywhere = [{ rect: { left: 0, top: 0, width: 360, height: 740 } }];
    const spot = chooseSpot(336, 60, 'auto', 360, 740, page(everywhere));
    expect([12, 740 - 72]).toContain(spot.rect.top);
  });

  // WhatsApp Web with a conversation open (the UX audit of 2026-12, M3): a rail and a chat list of
  // controls on the left, the composer's buttons at the bottom, and the messages filling the middle.
  const rail = [12, 60, 108, 748].map((top) => ({ rect: { left: 12, top, width: 40, height: 40 } }));
  const menu = { rect: { left: 410, top: 9, width: 36, height: 36 } };
  const chats = Array.from({ length: 10 }, (_, i) => ({ rect: { left: 64, top: 100 + 69 * i, width: 400, height: 69 } }));
  const composer = [480, 528, 576, VW - 56].map((left, i) => ({ rect: { left, top: 752, width: i === 2 ? 640 : 40, height: 40 } }));
  const header = { rect: { left: 464, top: 0, width: VW - 464, height: 60 } };
  const messages = { left: 529, top: 60, width: 686, height: 680 };

  it('keeps clear of the messages being read where a spot is free of them and of controls', () => {
    // The messages reach the window's right edge; the rail's empty middle is free.
    const toTheEdge = { ...messages, width: VW - messages.left };
    const spot = chooseSpot(42, 32, 'auto', VW, VH, page([...rail, menu, ...chats, ...composer, header], [], [toTheEdge]));
    expect(spot).toEqual({ rect: { left: 12, top: (VH - 32) / 2, width: 42, height: 32 }, harm: 0 });
  });

  it('says the panel is in the way where every spot covers the messages or hides a control', () => {
    const spot = chooseSpot(440, 40, 'auto', VW, VH, page([...rail, menu, ...chats, ...composer, header], [], [messages]));
    // The least harmful: over the messages, rather than over the chat list or the composer.
    expect(spot.rect).toEqual({ left: VW - 12 - 440, top: (VH - 40) / 2, width: 440, height: 40 });
    expect(spot.harm).toBeGreaterThanOrEqual(IN_THE_WAY);
  });

  it('prefers a spot over slivers of controls to one over what the reader is reading', () => {
    // A player over the page, and under it a wide link (a row of suggestions) that a chip covers a sliver of.
    const player = { left: 0, top: 0, width: VW, height: VH - 200 };
    const link = { rect: { left: 0, top: VH - 200, width: VW, height: 200 } };
    const spot = chooseSpot(300, 40, 'auto', VW, VH, page([link], [], [player]));
    expect(spot.rect.top).toBe(VH - 52);
    expect(spot.harm).toBeGreaterThan(0);
    expect(spot.harm).toBeLessThan(IN_THE_WAY);
  });
});

it('nearestCorner names the corner a dropped panel is closest to', () => {
  expect(nearestCorner({ left: 100, top: 50, width: 300, height: 40 }, VW, VH)).toBe('top-left');
  expect(nearestCorner({ left: 900, top: 600, width: 300, height: 40 }, VW, VH)).toBe('bottom-right');
});
