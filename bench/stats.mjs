// How the bench samples: each figure is min / median / max over RUNS runs (BENCH_RUNS overrides).
export const RUNS = Number(process.env.BENCH_RUNS ?? 10);

export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0], median: sorted[Math.floor(sorted.length / 2)], max: sorted[sorted.length - 1], runs: sorted.length };
}

/**
 * Waits in `page` for its first contentful paint (and for `selector`, if given, to be in the DOM)
 * and returns the paint's time: since navigation start, or as epoch milliseconds with `absolute`.
 */
export function firstContentfulPaint(page, { selector = null, absolute = false } = {}) {
  return page.evaluate(
    ({ selector, absolute }) =>
      new Promise((done) => {
        const read = () => {
          const entry = performance.getEntriesByName('first-contentful-paint')[0];
          if (entry && (!selector || document.querySelector(selector)))
            done(absolute ? performance.timeOrigin + entry.startTime : entry.startTime);
          else setTimeout(read, 5);
        };
        read();
      }),
    { selector, absolute },
  );
}
