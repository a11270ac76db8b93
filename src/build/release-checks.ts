// The checks `npm run release` makes (release.ts), pure where they can be, so a unit test covers them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The CHANGELOG.md section for `version` (`## 1.2.0` or `## [1.2.0] – date`), or null if it is missing or empty. */
export function changelogEntry(changelog: string, version: string): string | null {
  const sections = changelog.split(/^## /m).slice(1);
  const escaped = version.replace(/[.]/g, '\\.');
  const section = sections.find((s) => new RegExp(`^\\[?${escaped}\\]?(\\s|$)`).test(s));
  const body = section?.split('\n').slice(1).join('\n').trim();
  return body ? body : null;
}

/** `sha256sum`'s format, which `sha256sum -c SHA256SUMS` reads back: hash, two spaces, file name. */
export function sha256Sums(files: readonly { name: string; sha256: string }[]): string {
  return files.map(({ name, sha256 }) => `${sha256}  ${name}\n`).join('');
}

const tree = (dir: string, at = ''): string[] =>
  readdirSync(join(dir, at), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? tree(dir, join(at, entry.name)) : [join(at, entry.name)],
  );

/** The files that differ between two folders, or are in only one of them. */
export function differences(a: string, b: string): string[] {
  const inA = tree(a);
  const inB = new Set(tree(b));
  const differ = inA.filter((file) => !inB.has(file) || !readFileSync(join(a, file)).equals(readFileSync(join(b, file))));
  return [...differ, ...[...inB].filter((file) => !inA.includes(file))].sort();
}
