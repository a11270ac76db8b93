// The bench's budgets, their one home: `npm run bench` checks each against its results, and the
// budget table in docs/performance.md shows each with its limit (bench/budgets.test.mjs fails when they differ).
// Why these limits: docs/performance.md, "Performance".
const KiB = 1024;
const MiB = KiB * KiB;

/**
 * Each budget: what is measured (from bench/results.json's shape), its unit, and `max` (the
 * measured value may not exceed it) or `exactly`.
 */
export const BUDGETS = [
  { name: 'Content-script payload, gzip', unit: 'bytes', max: 8 * KiB, measured: (r) => r.payload.real.gzip },
  {
    name: 'Payload growth with 10x data, gzip',
    unit: 'bytes',
    max: KiB,
    measured: (r) => Math.abs(r.payload.tenTimes.gzip - r.payload.real.gzip),
  },
  { name: 'Main-thread cost added to a page, vs the reference extension', unit: 'x', max: 1.5, measured: (r) => r.mainThread.ratio },
  {
    name: "Popup status painted, platform tab: added to a static popup's time",
    unit: 'ms',
    max: 50,
    measured: (r) => r.popup.real.platformTab.median - r.popup.staticReference.median,
  },
  {
    name: "Popup status painted, neutral tab: added to a static popup's time",
    unit: 'ms',
    max: 50,
    measured: (r) => r.popup.real.neutralTab.median - r.popup.staticReference.median,
  },
  {
    name: "Sources page painted, real data: added to a static page's time",
    unit: 'ms',
    max: 150,
    measured: (r) => r.sourcesPage.real.painted.median - r.sourcesPage.staticReference.median,
  },
  {
    name: "Sources page painted, 10x data: added to a static page's time",
    unit: 'ms',
    max: 300,
    measured: (r) => r.sourcesPage.tenTimes.painted.median - r.sourcesPage.staticReference.median,
  },
  { name: 'Panels after 500 history-API navigations', unit: 'panels', exactly: 1, measured: (r) => r.endurance.after.panels },
  { name: 'Heap growth after 500 history-API navigations', unit: 'bytes', max: MiB, measured: (r) => r.endurance.heapGrowth },
  // The contract's "within 2 s", held for every failed load measured, not the median.
  {
    name: 'Platform did not load: failure to page painted, slowest',
    unit: 'ms',
    max: 2000,
    measured: (r) => r.unreachablePage.max,
  },
  // The contract's "within 3 s of DOMContentLoaded" on a page of 200,000 nodes, for every load measured.
  {
    name: 'Panel on a page of 200,000 nodes: after DOMContentLoaded, slowest',
    unit: 'ms',
    max: 3000,
    measured: (r) => r.hugePage.max,
  },
];

const round = (value, digits) => String(Number(value.toFixed(digits)));

/** A value as docs/performance.md and the bench's table show it. */
export function format(value, unit) {
  if (unit === 'bytes') {
    const size = Math.abs(value);
    if (size >= MiB) return `${round(value / MiB, 2)} MiB`;
    return size >= KiB ? `${round(value / KiB, 2)} KiB` : `${value} B`;
  }
  if (unit === 'x') return `${round(value, 2)}x`;
  if (unit === 'ms') return `${round(value, 1)} ms`;
  return String(value);
}

export const limitText = (budget) => (budget.exactly === undefined ? `≤ ${format(budget.max, budget.unit)}` : `= ${budget.exactly}`);

/** Every budget against `results`: its measured value as shown, and whether it is met. */
export function checkBudgets(results) {
  return BUDGETS.map((budget) => {
    const value = budget.measured(results);
    return {
      name: budget.name,
      limit: limitText(budget),
      value: format(value, budget.unit),
      met: budget.exactly === undefined ? value <= budget.max : value === budget.exactly,
    };
  });
}
