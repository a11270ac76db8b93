// Where the panel rests on the page: clear of the site's own controls and of what the reader is
// reading or watching (a conversation's messages, a post, a player), measured on the page (not
// guessed per site). Candidate spots along the viewport's edges are probed with elementFromPoint on a
// coarse grid; an element found there that is not a control stands for the controls inside it, so a
// small link between two probes is still seen. The first spot that covers nothing wins, else the
// least harmful. A fixed bar across the top or bottom edge (a phone's tab bar, a cookie banner)
// moves the spot clear of it. The reader's own corner, once dragged there, is kept (only moved
// clear of such a bar). Each probe costs the page tens of microseconds: few probes, early exit.
import type { Corner } from '../core/settings';

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** What a probe found: the page controls it stands for, and the fixed bar it sits in, if any (both asked lazily). */
export interface Hit {
  controls(): Rect[];
  bar(): Rect | null;
  /** Whether it is (in) what the reader reads or watches: a message, a paragraph, a post, a video. */
  content: boolean;
}

/** Where the panel goes, and how much harm it does there (0: it covers nothing of the page). */
export interface Spot {
  rect: Rect;
  harm: number;
}

/**
 * Content under the panel weighs like half a control hidden: a spot over messages or a player loses
 * to one over slivers of controls (each under 10 %) and wins over one that hides a control. At this
 * harm or more the panel is in the reader's way (see Panel.tsx: the chip gives way to the mark).
 */
export const IN_THE_WAY = 0.5;

/** What is under a viewport point; the same object for the same element. */
export type HitTest = (x: number, y: number) => Hit | null;

const INSET = 12;
/** Probe spacing, at most: across, and down (a one-line message between the chip's edges is still found). */
const STEP = 40;
const STEP_DOWN = 20;
type Where = `${'top' | 'middle' | 'bottom'}-${'left' | 'center' | 'right'}`;
/** Corners first (they cover least of a page's content), then the middles of the edges. */
const SPOTS: Where[] = [
  'bottom-left',
  'bottom-right',
  'middle-right',
  'middle-left',
  'top-right',
  'top-left',
  'bottom-center',
  'top-center',
];

function rectAt(spot: Where, width: number, height: number, vw: number, vh: number): Rect {
  const [y, x] = spot.split('-');
  return {
    left: x === 'left' ? INSET : x === 'right' ? vw - INSET - width : (vw - width) / 2,
    top: y === 'top' ? INSET : y === 'bottom' ? vh - INSET - height : (vh - height) / 2,
    width,
    height,
  };
}

const overlap = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top));

/**
 * How much harm a spot does: each control counts its covered share, and any control covered over
 * 10 % counts one more; content anywhere under it counts IN_THE_WAY.
 */
function measure(r: Rect, hitTest: HitTest): { harm: number; hits: Hit[] } {
  const found = new Set<Hit>();
  const nx = Math.ceil(r.width / STEP) + 1;
  const ny = Math.ceil(r.height / STEP_DOWN) + 1;
  for (let i = 0; i < nx; i++)
    for (let j = 0; j < ny; j++) {
      const hit = hitTest(r.left + 2 + ((r.width - 4) * i) / (nx - 1), r.top + 2 + ((r.height - 4) * j) / (ny - 1));
      if (hit) found.add(hit);
    }
  const hits = [...found];
  let harm = hits.some((hit) => hit.content) ? IN_THE_WAY : 0;
  for (const rect of new Set(hits.flatMap((hit) => hit.controls()))) {
    const share = overlap(r, rect) / Math.max(1, rect.width * rect.height);
    harm += share > 0.1 ? 1 + share : share;
  }
  return { harm, hits };
}

/** The spot moved clear of a fixed bar across its edge (wider than half the viewport), where there is one and room. */
function clearOfBars(spot: Where, r: Rect, hits: Hit[], vw: number, vh: number): Rect | null {
  const bottom = spot.startsWith('bottom');
  if (!bottom && !spot.startsWith('top')) return null;
  let edge = bottom ? vh : 0;
  for (const hit of hits) {
    const bar = hit.bar();
    if (!bar || bar.width < vw / 2) continue;
    if (bottom && bar.top + bar.height >= vh - 2) edge = Math.min(edge, bar.top);
    if (!bottom && bar.top <= 2) edge = Math.max(edge, bar.top + bar.height);
  }
  const top = bottom ? edge - INSET - r.height : edge + INSET;
  return edge !== (bottom ? vh : 0) && top >= 0 && top + r.height <= vh ? { ...r, top } : null;
}

/** The spot for a panel of this size: the reader's corner, or the least harmful one found. */
export function chooseSpot(width: number, height: number, corner: Corner, vw: number, vh: number, hitTest: HitTest): Spot {
  // A wide chip is not left in the middle of a phone's screen: on a narrow one it keeps to the top and bottom edges.
  const spots = corner !== 'auto' ? [corner as Where] : width > vw / 2 ? SPOTS.filter((s) => !s.startsWith('middle')) : SPOTS;
  let best: Spot | null = null;
  for (const spot of spots) {
    let r = rectAt(spot, width, height, vw, vh);
    let m = measure(r, hitTest);
    const lifted = clearOfBars(spot, r, m.hits, vw, vh);
    if (lifted) {
      r = lifted;
      m = measure(r, hitTest);
    }
    if (!best || m.harm < best.harm) best = { rect: r, harm: m.harm };
    if (m.harm === 0) break;
  }
  return best as Spot;
}

/** The corner nearest to where the reader dropped the panel. */
export function nearestCorner(r: Rect, vw: number, vh: number): Exclude<Corner, 'auto'> {
  return `${r.top + r.height / 2 < vh / 2 ? 'top' : 'bottom'}-${r.left + r.width / 2 < vw / 2 ? 'left' : 'right'}`;
}

// ---- On the page ----------------------------------------------------------------------------

/** What a reader clicks or types into; widgets with other roles are focusable, so `[tabindex]` finds them. */
const CONTROLS =
  'a[href],button,input,select,textarea,summary,[role=button],[role=link],[contenteditable=true],[tabindex]:not([tabindex="-1"])';
/** What a reader reads or watches: a video, a paragraph, a conversation's messages (rows, as WhatsApp marks them), a post. */
const CONTENT = 'video,p,[role=row],article,[role=article]';
/**
 * A container larger than this share of the viewport (the page's app, its feed), or holding more
 * controls than MANY, is left to the direct probes: searching it could cost the page milliseconds.
 */
const LARGE = 1 / 8;
const MANY = 40;

const box = (el: Element): Rect => {
  const { left, top, width, height } = el.getBoundingClientRect();
  return { left, top, width, height };
};

/** Hit-testing the page itself: our panel is `visibility: hidden` meanwhile, so it is not what the probes find. */
function pageHitTest(viewportArea: number): HitTest {
  const hits = new Map<Element, Hit>();
  const rects = new Map<Element, Rect>();
  const bars = new Map<Element, Rect | null>();
  const rectOf = (el: Element) => rects.get(el) ?? (rects.set(el, box(el)).get(el) as Rect);
  const barOf = (el: Element | null): Rect | null => {
    if (!el || el === document.body || el === document.documentElement) return null;
    if (!bars.has(el)) bars.set(el, /fixed|sticky/.test(getComputedStyle(el).position) ? box(el) : barOf(el.parentElement));
    return bars.get(el) as Rect | null;
  };
  return (x, y) => {
    const el = document.elementFromPoint(x, y);
    if (!el) return null;
    let hit = hits.get(el);
    if (!hit) {
      const found = el;
      let controls: Rect[] | undefined;
      hit = {
        controls: () => {
          if (!controls) {
            const control = found.closest(CONTROLS);
            const { width, height } = rectOf(found);
            const inside = control ? [control] : width * height > viewportArea * LARGE ? [] : found.querySelectorAll(CONTROLS);
            controls = inside.length > MANY ? [] : [...inside].map(rectOf);
          }
          return controls;
        },
        bar: () => barOf(found),
        content: !!found.closest(CONTENT),
      };
      hits.set(el, hit);
    }
    return hit;
  };
}

/** The viewport a fixed element lives in, without scrollbars. */
function viewport(): [number, number] {
  const root = document.documentElement;
  return document.compatMode === 'CSS1Compat' ? [root.clientWidth, root.clientHeight] : [innerWidth, innerHeight];
}

/** Positions the panel's host through a stylesheet of its own shadow root, which no page style outranks. */
export function createPlacer(host: HTMLElement, root: ShadowRoot) {
  const sheet = new CSSStyleSheet();
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const pin = (css: string) => sheet.replaceSync(`:host{right:auto!important;bottom:auto!important;${css.replace(/;/g, '!important;')}}`);
  let at: Rect | null = null;
  let grabbed: { x: number; y: number; r: Rect; moved: boolean } | null = null;

  return {
    /**
     * Collapsed: find its spot, and say whether the panel is in the reader's way there. Expanded: open
     * from where the collapsed panel was, towards the page's middle.
     */
    place(corner: Corner, expanded: boolean): boolean {
      const [vw, vh] = viewport();
      if (!expanded || !at) {
        pin('visibility:hidden;left:0;top:0;');
        const { width, height } = host.getBoundingClientRect();
        const spot = chooseSpot(width, height, corner, vw, vh, pageHitTest(vw * vh));
        at = spot.rect;
        if (!expanded) {
          pin(`left:${at.left}px;top:${at.top}px;`);
          return spot.harm >= IN_THE_WAY;
        }
      }
      const fromTop = at.top + at.height / 2 < vh / 2;
      let edge = fromTop ? at.top : vh - at.top - at.height;
      if (edge > vh * 0.4) edge = INSET;
      const x = at.left + at.width / 2 < vw / 2 ? `left:${at.left}px;` : `left:auto;right:${vw - at.left - at.width}px;`;
      pin(`${x}${fromTop ? `top:${edge}px;` : `top:auto;bottom:${edge}px;`}--room:${vh - edge - INSET}px;`);
      return false;
    },
    grab(e: PointerEvent): void {
      if (e.button !== 0) return;
      grabbed = { x: e.clientX, y: e.clientY, r: box(host), moved: false };
      // Captured at once: a quick drag leaves the button before its first move is reported.
      (e.currentTarget as Element).setPointerCapture(e.pointerId);
    },
    /** Follows the pointer once it has moved a few pixels, so a click stays a click. */
    drag(e: PointerEvent): void {
      if (!grabbed) return;
      const dx = e.clientX - grabbed.x;
      const dy = e.clientY - grabbed.y;
      if (!grabbed.moved && Math.hypot(dx, dy) < 6) return;
      grabbed.moved = true;
      pin(`left:${grabbed.r.left + dx}px;top:${grabbed.r.top + dy}px;`);
    },
    /** The corner it was dropped nearest to, or null where it was a click, not a drag. */
    drop(): Exclude<Corner, 'auto'> | null {
      const moved = grabbed?.moved;
      grabbed = null;
      if (!moved) return null;
      const [vw, vh] = viewport();
      return nearestCorner(box(host), vw, vh);
    },
  };
}

export type Placer = ReturnType<typeof createPlacer>;
