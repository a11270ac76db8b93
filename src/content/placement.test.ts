import { describe, expect, it } from 'vitest';
import { chooseSpot, type Hit, type HitTest, nearestCorner, type Rect } from './placement';

const VW = 1280;
const VH = 800;
const inside = (r: Rect, x: number, y: number) => x >= r.left && x <= r.left + r.width && y >= r.top && y <= r.top + r.height;

/** A page of controls (and fixed bars holding some of them), hit-tested as elementFromPoint would. */
function page(controls: { rect: Rect; bar?: Rect }[], bars: Rect[] = []): HitTest {
  const hits = new Map<object, Hit>();
  const hit = (key: object, make: () => Hit) => hits.get(key) ?? (hits.set(key, make()).get(key) as Hit);
  return (x, y) => {
    const control = controls.find((c) => inside(c.rect, x, y));
    if (control) return hit(control, () => ({ controls: () => [control.rect], bar: () => control.bar ?? null }));
    const bar = bars.find((b) => inside(b, x, y));
    return bar ? hit(bar, () => ({ controls: () => controls.filter((c) => c.bar === bar).map((c) => c.rect), bar: () => bar })) : null;
  };
}

describe('chooseSpot', () => {
  it('takes the bottom-left corner of a page with nothing there', () => {
    expect(chooseSpot(300, 40, 'auto', VW, VH, page([]))).toEqual({ left: 12, top: VH - 52, width: 300, height: 40 });
  });

  it('avoids a control in a corner', () => {
    const profile = { rect: { left: 12, top: 748, width: 40, height: 40 } };
    expect(chooseSpot(300, 40, 'auto', VW, VH, page([profile])).left).toBe(VW - 312);
  });

  it('counts the controls inside a container a probe lands on', () => {
    const footer = { left: 0, top: 700, width: 240, height: 100 };
    const link = { rect: { left: 12, top: 770, width: 30, height: 12 }, bar: footer };
    expect(chooseSpot(300, 40, 'auto', VW, VH, page([link], [footer])).left).toBe(VW - 312);
  });

  it('moves clear of a fixed bar across the bottom, such as a phone tab bar or a cookie banner', () => {
    const bar = { left: 0, top: VH - 56, width: VW, height: 56 };
    const tab = { rect: { left: 0, top: VH - 56, width: 256, height: 56 }, bar };
    const spot = chooseSpot(300, 40, 'auto', VW, VH, page([tab], [bar]));
    expect(spot).toEqual({ left: 12, top: VH - 56 - 12 - 40, width: 300, height: 40 });
  });

  it("keeps the reader's corner, moved clear of a bar only", () => {
    const button = { rect: { left: VW - 60, top: 12, width: 48, height: 40 } };
    expect(chooseSpot(300, 40, 'top-right', VW, VH, page([button]))).toEqual({ left: VW - 312, top: 12, width: 300, height: 40 });
  });

  it('where every spot covers something, takes the least harmful', () => {
    // A page of big links everywhere, and one small button where the chip would cover it all.
    const controls = [{ rect: { left: 16, top: 748, width: 44, height: 40 } }, { rect: { left: 0, top: 0, width: VW, height: VH } }];
    const spot = chooseSpot(300, 40, 'auto', VW, VH, page(controls));
    expect(spot.left).toBe(VW - 312);
  });

  it('keeps a wide chip on a phone to the top and bottom edges', () => {
    const everywhere = [{ rect: { left: 0, top: 0, width: 360, height: 740 } }];
    const spot = chooseSpot(336, 60, 'auto', 360, 740, page(everywhere));
    expect([12, 740 - 72]).toContain(spot.top);
  });
});

it('nearestCorner names the corner a dropped panel is closest to', () => {
  expect(nearestCorner({ left: 100, top: 50, width: 300, height: 40 }, VW, VH)).toBe('top-left');
  expect(nearestCorner({ left: 900, top: 600, width: 300, height: 40 }, VW, VH)).toBe('bottom-right');
});
