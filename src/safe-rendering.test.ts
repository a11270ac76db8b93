// The source may not build HTML or code from strings: a bad record or a hostile page could inject.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

const SRC = new URL('.', import.meta.url).pathname;
const FORBIDDEN =
  /\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|dangerouslySetInnerHTML|\beval\s*\(|new\s+Function\s*\(|document\.write\s*\(/;
const NETWORK = /\bfetch\s*\(|XMLHttpRequest|sendBeacon|new\s+WebSocket|new\s+EventSource/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

// Build-time code (src/build/) runs in Node at build time and never ships.
const shipped = () => files(SRC).filter((path) => !path.includes('/build/'));

it('no shipped source file uses innerHTML, outerHTML, insertAdjacentHTML, dangerouslySetInnerHTML, eval or new Function', () => {
  const offenders = shipped().filter((path) => FORBIDDEN.test(readFileSync(path, 'utf8')));
  expect(offenders.map((p) => relative(SRC, p))).toEqual([]);
});

it('no code that ships makes a network request', () => {
  const offenders = shipped().filter((path) => NETWORK.test(readFileSync(path, 'utf8')));
  expect(offenders.map((p) => relative(SRC, p))).toEqual([]);
});
