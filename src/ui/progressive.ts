import { useEffect, useState } from 'preact/hooks';

const ALL = Number.POSITIVE_INFINITY;

/**
 * How many entries of a long list to draw: `first` before the page's first paint, then `step` more
 * each time the browser is idle, until all are drawn; from then on all of them, whatever the filters
 * make of the list. With `allAtOnce` (the page opened at an anchor further down), all at once. While
 * `waiting` (the list is not whole yet: the dataset is loading), `first` and no more.
 *
 * Why: the sources page's first screen is its header, the status chart and a few sources, but
 * drawing the whole page first (4,000 elements, ten times that with ten times the data) kept the
 * reader waiting for all of it. Figures: docs/performance.md, "Performance".
 */
export function useProgressiveCount(
  total: number,
  { first, step, allAtOnce, waiting = false }: { first: number; step: number; allAtOnce: boolean; waiting?: boolean },
): number {
  const [count, setCount] = useState(allAtOnce || (!waiting && first >= total) ? ALL : first);
  useEffect(() => {
    if (count === ALL || waiting) return;
    if (count >= total) {
      setCount(ALL);
      return;
    }
    return whenIdleAfterPaint(() => setCount((n) => (n + step >= total ? ALL : n + step)));
  }, [count, total, step, waiting]);
  return count;
}

/**
 * False until the page's first paint, then true: what a first view need not show waits for it.
 * Why: a popup's time to show its status grew with everything drawn with it (figures:
 * docs/performance.md, "The popup's first paint").
 */
export function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterNextPaint(() => setPainted(true)), []);
  return painted;
}

/**
 * Runs `then` in idle time after the next frame is painted. Idle time alone is not enough: before
 * a page's first paint the browser can be idle too, and the rest of a list drawn then kept the
 * first paint waiting for it (figures: docs/performance.md, "The popup's first paint").
 */
function whenIdleAfterPaint(then: () => void): () => void {
  let idle = 0;
  const cancel = afterNextPaint(() => {
    idle = requestIdleCallback(then, { timeout: 100 });
  });
  return () => {
    cancel();
    cancelIdleCallback(idle);
  };
}

/**
 * Runs `then` once the next frame is painted: a task queued in a frame's callback runs after that
 * frame. The timeout keeps a tab in the background, which paints no frame, going. Returns a cancel.
 */
function afterNextPaint(then: () => void): () => void {
  let afterFrame: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    then();
  };
  const frame = requestAnimationFrame(() => {
    clearTimeout(fallback);
    afterFrame = setTimeout(run);
  });
  const fallback = setTimeout(run, 100);
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    clearTimeout(afterFrame);
  };
}
