// Main-thread cost: CDP's ScriptDuration for a platform page with no extension, with the reference
// extension, and with ours. Each launch loads the page LOADS times: the first load in a fresh
// browser carries one-time costs (the extension's process and worker starting); the later ones are
// what a reader pays per page. Variants are launched in turn within each run, so drift in the
// shared machine's load falls on all three alike.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extensionWorker, launchChromium } from '../../tools/browsers/chromium.mjs';
import { RUNS, stats } from '../stats.mjs';

const LOADS = 4;
// Deferred work (idle callbacks, the panel's first render) finishes within this; the same for every variant.
const SETTLE_MS = 700;
// A difference of small numbers on a shared machine: at least this many runs.
const MIN_RUNS = 10;

async function scriptDurations(extension, selector, url) {
  const { context, close } = await launchChromium({ extension });
  const durations = [];
  try {
    if (extension && JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8')).background) await extensionWorker(context);
    for (let i = 0; i < LOADS; i++) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(url);
      if (selector) await page.waitForSelector(selector, { state: 'attached', timeout: 10_000 });
      await page.waitForTimeout(SETTLE_MS);
      const { metrics } = await cdp.send('Performance.getMetrics');
      durations.push(metrics.find((m) => m.name === 'ScriptDuration').value * 1000);
      await page.close();
    }
  } finally {
    await close();
  }
  return { first: durations[0], later: durations.slice(1) };
}

/** ScriptDuration per page load for each variant, and what ours adds relative to what the reference adds. */
export async function mainThread({ dist, reference, url }) {
  const variants = [
    ['none', null, null],
    ['reference', reference, 'div'],
    ['extension', dist, '[data-restriction-context]'],
  ];
  const later = { none: [], reference: [], extension: [] };
  const first = { none: [], reference: [], extension: [] };
  for (let i = 0; i < Math.max(RUNS, MIN_RUNS); i++) {
    for (const [variant, extension, selector] of variants) {
      const durations = await scriptDurations(extension, selector, url);
      first[variant].push(durations.first);
      later[variant].push(...durations.later);
    }
  }
  const summary = (samples) => {
    const none = stats(samples.none);
    const reference = stats(samples.reference);
    const extension = stats(samples.extension);
    return { none, reference, extension, ratio: (extension.median - none.median) / (reference.median - none.median) };
  };
  const perPage = summary(later);
  return {
    unit: 'ms ScriptDuration per page load, browser already running',
    ...perPage,
    referenceAdded: perPage.reference.median - perPage.none.median,
    extensionAdded: perPage.extension.median - perPage.none.median,
    firstLoadInFreshBrowser: summary(first),
  };
}
