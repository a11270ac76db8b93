// `npm run bench`: what the extension costs, measured in real Chromium, against the budgets in
// bench/budgets.mjs (shown in docs/performance.md). Prints a table and writes the same figures to
// bench/results.json. Each figure is min / median / max over RUNS runs (bench/stats.mjs); one
// module per measurement in bench/measure/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkBudgets } from './budgets.mjs';
import { generateDataset, writeDataDir } from './generate-dataset.mjs';
import { endurance } from './measure/endurance.mjs';
import { hugePageTimes } from './measure/huge-page.mjs';
import { mainThread } from './measure/main-thread.mjs';
import { payload } from './measure/payload.mjs';
import { popupTimes } from './measure/popup.mjs';
import { sourcesBackToBack, sourcesTimes, staticPageTimes } from './measure/sources-page.mjs';
import { unreachableTimes } from './measure/unreachable.mjs';
import { RUNS } from './stats.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const PLATFORM_URL = 'https://web.whatsapp.com/';
const NEUTRAL_URL = 'https://example.org/';
// The 10x dataset: ten times as many platforms as the real one, each with the events and sources of
// a real platform, so about ten times the events and sources too. (Until 26 Nov 2026 it was a fixed
// 50 platforms: with 14 real ones, 3.3 times the events and 3.6 times the sources, not ten.)
const TIMES = 10;

/** Builds the same sources for Chromium with the data folder `dataDir`, into `distRoot`/chrome. */
function buildWithData(dataDir, distRoot) {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, RR_DATA_DIR: dataDir, RR_DIST: distRoot, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  return join(distRoot, 'chrome');
}

const counts = (data) => ({
  platforms: data.platforms.length,
  events: data.platforms.reduce((n, p) => n + p.events.length, 0),
  sources: data.sources.length,
});

const started = Date.now();
const dist = join(ROOT, 'dist/chrome');
if (!existsSync(join(dist, 'manifest.json'))) throw new Error('Run `npm run build` first: dist/chrome is missing.');
const reference = join(ROOT, 'bench/reference-extension');
const real = JSON.parse(readFileSync(join(ROOT, 'dist/dataset.json'), 'utf8'));

const work = mkdtempSync(join(tmpdir(), 'rr-bench-'));
const synthetic = generateDataset(real, TIMES * real.platforms.length);
writeDataDir(synthetic, join(work, 'data'));
const bigDist = buildWithData(join(work, 'data'), join(work, 'dist'));

const results = { runs: RUNS };
results.dataset = { real: counts(real), tenTimes: counts(synthetic) };
results.payload = { real: payload(dist), tenTimes: payload(bigDist) };
results.mainThread = await mainThread({ dist, reference, url: PLATFORM_URL });
// The floor: a static one-line popup from the reference extension, opened the same way. No popup
// can be faster than the browser takes to open one, so the budget holds what we add to that.
results.popup = {
  staticReference: await popupTimes(reference, PLATFORM_URL, 'p'),
  real: { platformTab: await popupTimes(dist, PLATFORM_URL), neutralTab: await popupTimes(dist, NEUTRAL_URL) },
  tenTimes: {
    platformTab: await popupTimes(bigDist, `https://${synthetic.platforms[0].hosts[0]}/`),
    neutralTab: await popupTimes(bigDist, NEUTRAL_URL),
  },
};
// The same floor for the sources page: a static page of one line, opened in a tab the same way.
results.sourcesPage = {
  staticReference: await staticPageTimes(reference),
  real: await sourcesTimes(dist),
  tenTimes: await sourcesTimes(bigDist),
  // No budget: what a load costs straight after the page before it drew its whole list and closed.
  tenTimesBackToBack: await sourcesBackToBack(bigDist),
};
results.endurance = await endurance(dist);
results.hugePage = await hugePageTimes(dist);
results.unreachablePage = await unreachableTimes(dist);
results.seconds = Math.round((Date.now() - started) / 1000);
rmSync(work, { recursive: true, force: true });
results.budgets = checkBudgets(results);

const ms = (s) => `${s.min.toFixed(1)} / ${s.median.toFixed(1)} / ${s.max.toFixed(1)} ms`;
const { payload: size, mainThread: cpu, popup, sourcesPage } = results;
const cold = cpu.firstLoadInFreshBrowser;
console.log(`\nRestricted in Russia: bench (${RUNS} runs each, min / median / max)\n`);
console.log(`Dataset: real ${JSON.stringify(results.dataset.real)}; 10x ${JSON.stringify(results.dataset.tenTimes)}`);
console.log(
  `Payload: ${size.real.files.join(', ')}: ${size.real.raw} B raw, ${size.real.gzip} B gzip; at 10x: ${size.tenTimes.raw} B raw, ${size.tenTimes.gzip} B gzip; web-accessible resources: ${size.real.webAccessibleResources}`,
);
console.log(
  `ScriptDuration per page load, browser running: none ${ms(cpu.none)}; reference ${ms(cpu.reference)}; extension ${ms(cpu.extension)}`,
);
console.log(
  `ScriptDuration, first load in a fresh browser: none ${ms(cold.none)}; reference ${ms(cold.reference)}; extension ${ms(cold.extension)}; ratio ${cold.ratio.toFixed(2)}x`,
);
console.log(`Popup, static reference: ${ms(popup.staticReference)}`);
console.log(`Popup (real): platform tab ${ms(popup.real.platformTab)}; neutral tab ${ms(popup.real.neutralTab)}`);
console.log(`Popup (10x): platform tab ${ms(popup.tenTimes.platformTab)}; neutral tab ${ms(popup.tenTimes.neutralTab)}`);
console.log(`Sources page, static reference: ${ms(sourcesPage.staticReference)}`);
console.log(`Sources page, painted: real ${ms(sourcesPage.real.painted)}; 10x ${ms(sourcesPage.tenTimes.painted)}`);
console.log(`Sources page, every source drawn: real ${ms(sourcesPage.real.drawn)}; 10x ${ms(sourcesPage.tenTimes.drawn)}`);
console.log(`Sources page, painted, 10x, loads back to back (no budget): ${ms(sourcesPage.tenTimesBackToBack)}`);
console.log(
  `Platform did not load, failure to page painted: ${ms(results.unreachablePage)}; first in a fresh browser ${results.unreachablePage.firstInFreshBrowser.toFixed(1)} ms`,
);
console.log(`A page of 200,000 nodes, DOMContentLoaded to the panel: ${ms(results.hugePage)}`);
console.log(`Endurance: before ${JSON.stringify(results.endurance.before)}; after ${JSON.stringify(results.endurance.after)}`);
console.log('\n| Budget | Limit | Measured | Met |\n|---|---|---|---|');
for (const b of results.budgets) console.log(`| ${b.name} | ${b.limit} | ${b.value} | ${b.met ? 'yes' : 'NO'} |`);
console.log(`\n${results.seconds} s`);
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
process.exitCode = results.budgets.every((b) => b.met) ? 0 : 1;
