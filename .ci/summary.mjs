// Adds up the counts of every test runner that wrote a report, into the one line CI reads (the last
// line, kept exactly as it is), after the time each phase of `npm test` took (tools/test.mjs).
import { existsSync, readFileSync } from 'node:fs';

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);
let passed = 0;
let failed = 0;

const phases = read('test-results/phases.json');
if (phases) {
  const total = phases.reduce((sum, { seconds }) => sum + seconds, 0);
  const clock = (seconds) => {
    const whole = Math.round(seconds);
    return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
  };
  console.log('Phase           Time');
  for (const { phase, seconds, ok } of phases) console.log(`${phase.padEnd(15)} ${clock(seconds).padStart(5)}${ok ? '' : '  failed'}`);
  console.log(`${'npm test'.padEnd(15)} ${clock(total).padStart(5)}`);
}

for (const path of ['test-results/unit.json', 'test-results/firefox.json']) {
  const vitest = read(path);
  if (vitest) {
    passed += vitest.numPassedTests;
    failed += vitest.numFailedTests;
  }
}
const playwright = read('test-results/playwright.json');
if (playwright) {
  passed += playwright.stats.expected + playwright.stats.flaky;
  failed += playwright.stats.unexpected;
  // The slowest tests, where the e2e time goes.
  const durations = [];
  const walk = (suite, file) => {
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests ?? [])
        for (const r of t.results ?? []) durations.push({ title: `${spec.file ?? file}: ${spec.title}`, ms: r.duration });
    for (const child of suite.suites ?? []) walk(child, suite.file ?? file);
  };
  for (const suite of playwright.suites ?? []) walk(suite, suite.file);
  const slowest = durations.sort((a, b) => b.ms - a.ms).slice(0, 10);
  if (slowest.length)
    console.log(`Slowest e2e tests:\n${slowest.map((d) => `  ${(d.ms / 1000).toFixed(1).padStart(6)} s  ${d.title}`).join('\n')}`);
}
console.log(`${passed} passed, ${failed} failed`);
