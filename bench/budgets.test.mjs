// docs/performance.md's budget table shows exactly the budgets `npm run bench` checks, with their limits.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets, format, limitText } from './budgets.mjs';

/** [budget, limit] of each row of docs/performance.md's table headed `| Budget | Limit |`. */
function documentedRows() {
  const lines = readFileSync(new URL('../docs/performance.md', import.meta.url), 'utf8').split('\n');
  const header = lines.findIndex((line) => /^\| Budget \| Limit \|/.test(line));
  if (header < 0) throw new Error('docs/performance.md has no table headed "| Budget | Limit |"');
  const rows = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const [budget, limit] = line.split('|').slice(1, 3);
    rows.push([budget.trim(), limit.trim()]);
  }
  return rows;
}

it('docs/performance.md shows every budget of bench/budgets.mjs, with its limit, in the same order', () => {
  expect(documentedRows()).toEqual(BUDGETS.map((budget) => [budget.name, limitText(budget)]));
});

describe('budgets', () => {
  it('show their limits and values in the units a reader expects', () => {
    expect(BUDGETS.map(limitText)).toEqual([
      '≤ 8 KiB',
      '≤ 1 KiB',
      '≤ 1.5x',
      '≤ 50 ms',
      '≤ 50 ms',
      '≤ 150 ms',
      '≤ 300 ms',
      '= 1',
      '≤ 1 MiB',
      '≤ 2000 ms',
      '≤ 3000 ms',
    ]);
    expect([format(6730, 'bytes'), format(0, 'bytes'), format(81_234, 'bytes'), format(1.0712, 'x'), format(47.25, 'ms')]).toEqual([
      '6.57 KiB',
      '0 B',
      '79.33 KiB',
      '1.07x',
      '47.3 ms',
    ]);
  });

  it('are met at their limit and not above it', () => {
    const stat = (median) => ({ median });
    const results = (over) => ({
      payload: { real: { gzip: 8 * 1024 + over }, tenTimes: { gzip: 9 * 1024 + 2 * over } },
      mainThread: { ratio: 1.5 + over },
      popup: { staticReference: stat(150), real: { platformTab: stat(200 + over), neutralTab: stat(200 + over) } },
      sourcesPage: { staticReference: stat(100), real: { painted: stat(250 + over) }, tenTimes: { painted: stat(400 + over) } },
      endurance: { after: { panels: 1 + over }, heapGrowth: 1024 * 1024 + over },
      unreachablePage: { max: 2000 + over },
      hugePage: { max: 3000 + over },
    });
    expect(checkBudgets(results(0)).filter((b) => !b.met)).toEqual([]);
    expect(checkBudgets(results(1)).filter((b) => b.met)).toEqual([]);
  });
});
