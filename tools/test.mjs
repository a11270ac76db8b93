// `npm test`: every check, in order, stopping at the first that fails, each phase timed. The times go
// to test-results/phases.json, which .ci/summary.mjs prints before the counts, so a slow phase shows.
// The fast ones alone: `npm run typecheck`, `npm run lint`, `npm run test:unit` (a minute or two).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const PHASES = ['browsers', 'typecheck', 'lint', 'build', 'lint:firefox', 'test:unit', 'test:e2e', 'test:firefox'];

const root = resolve(import.meta.dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const times = [];
let status = 0;
for (const phase of PHASES) {
  const started = performance.now();
  status = spawnSync(npm, ['run', phase], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1;
  times.push({ phase, seconds: Math.round((performance.now() - started) / 100) / 10, ok: status === 0 });
  if (status !== 0) break;
}
mkdirSync(resolve(root, 'test-results'), { recursive: true });
writeFileSync(resolve(root, 'test-results/phases.json'), `${JSON.stringify(times, null, 2)}\n`);
process.exitCode = status;
