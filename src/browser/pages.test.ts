// Each extension page's path has one home, pages.ts: the code and the e2e tests take it from there,
// so moving a page is a change in one file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
const PATH = /src\/(popup|sources|unreachable)\/index\.html|src\\\/(popup|sources|unreachable)\\\/index\\\.html/;

// Bench's two copies are plain JavaScript, pinned to these by bench/measure/pages.test.mjs.
const ELSEWHERE = ['bench/measure/sources-page.mjs', 'bench/measure/unreachable.mjs'];

const code = (dir: string): string[] =>
  readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return name === 'fixtures' ? [] : code(path);
    return /\.(ts|tsx|mjs)$/.test(name) ? [path] : [];
  });

it('no file but src/browser/pages.ts writes an extension page’s path (unit tests of path handling aside)', () => {
  const files = [...code('src').filter((path) => !/\.test\.tsx?$/.test(path)), ...code('e2e'), ...code('bench')];
  const offences = files.filter(
    (path) => path !== 'src/browser/pages.ts' && !ELSEWHERE.includes(path) && PATH.test(readFileSync(join(ROOT, path), 'utf8')),
  );
  expect(offences.map((path) => relative('.', path))).toEqual([]);
});
