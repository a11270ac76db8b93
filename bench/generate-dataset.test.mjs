// The bench's 10x build stops at the first dataset check its synthetic data fails, so the synthetic
// data is held to the same checks as src/data/ here, not first on a bench run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadDataset } from '../src/build/load-dataset';
import { generateDataset, writeDataDir } from './generate-dataset.mjs';

const ROOT = join(import.meta.dirname, '..');

it('the synthetic dataset passes the checks the build applies to the real one', () => {
  const real = loadDataset(ROOT);
  const dir = mkdtempSync(join(tmpdir(), 'rr-synthetic-'));
  try {
    const count = real.platforms.length * 3;
    writeDataDir(generateDataset(real, count), dir);
    const synthetic = loadDataset(ROOT, dir);
    expect(synthetic.platforms).toHaveLength(count);
    expect(synthetic.platforms[0].status).toBe(real.platforms[0].status);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
