// `npm run build`: both builds, Chromium's into dist/chrome and Firefox's into dist/firefox, from the
// same sources, and a summary of what was written instead of Vite's table of every file, twice.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build } from 'vite';
import { quietly } from './quiet-build';

const BUILDS = [
  { browser: 'chrome', mode: 'production' },
  { browser: 'firefox', mode: 'firefox' },
] as const;

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** One line per build: where it went, how many files, how large, and the content script's size (it loads on every platform page). */
export function summary(root: string, dist: string): string {
  const all = files(dist);
  const size = all.reduce((sum, file) => sum + statSync(file).size, 0);
  const content = all.find((file) => file.endsWith(join('src', 'content', 'index.js')));
  return `  ${relative(root, dist).padEnd(13)} ${all.length} files, ${kib(size)}${content ? `; content script ${kib(statSync(content).size)}` : ''}`;
}

export async function buildExtension(root: string): Promise<number> {
  // As `vite build` sets it. Run through src/build/run.mjs it is unset, and the JSX is then compiled
  // for development, with every component's absolute path in the bundle: a build that differs by
  // where the checkout is, which the source archive could not reproduce.
  process.env.NODE_ENV = 'production';
  const started = performance.now();
  const lines: string[] = [];
  for (const { browser, mode } of BUILDS) {
    // The dataset's problems are printed by vite.config.ts, which exits; a code error is thrown here.
    try {
      await quietly(() => build({ root, configFile: resolve(root, 'vite.config.ts'), mode, logLevel: 'warn' }));
    } catch (error) {
      console.error(error instanceof Error ? error.message : error);
      return 1;
    }
    lines.push(summary(root, resolve(process.env.RR_DIST ?? resolve(root, 'dist'), browser)));
  }
  console.log(`Built in ${((performance.now() - started) / 1000).toFixed(1)} s:\n${lines.join('\n')}`);
  return 0;
}
