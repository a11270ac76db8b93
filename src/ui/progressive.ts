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
    // Idle time comes after a frame is painted; the timeout keeps a tab in the background drawing.
    const idle = requestIdleCallback(() => setCount((n) => (n + step >= total ? ALL : n + step)), { timeout: 100 });
    return () => cancelIdleCallback(idle);
  }, [count, total, step, waiting]);
  return count;
}
