// Every pointer into the documentation resolves: each relative link in a Markdown file (to a file,
// and to a heading where it names one), each repository path a document names in backticks, and
// each code comment's pointer of the form `docs/<file>.md, "Heading"` or `README, "Heading"`.
// A section renamed or moved fails here, not in a reader's hands.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const SKIP = new Set(['node_modules', 'dist', 'test-results', '.git', 'fixtures']);

function walk(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const path = dir ? join(dir, name) : name;
    if (statSync(join(ROOT, path)).isDirectory()) return walk(path, keep);
    return keep(name) ? [path] : [];
  });
}

const text = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const withoutCode = (markdown: string) => markdown.replace(/^```[\s\S]*?^```/gm, '');

/** A heading's text as written, without Markdown: `Why \`webRequest\`` -> "Why webRequest". */
const headingText = (heading: string) =>
  heading
    .replace(/`/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim();
/** GitHub's anchor for a heading. */
const slug = (heading: string) =>
  headingText(heading)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

function headings(path: string): string[] {
  return [...withoutCode(text(path)).matchAll(/^#{1,6}\s+(.+)$/gm)].map(([, heading]) => headingText(heading));
}

function markdownLinks(path: string): string[] {
  const problems: string[] = [];
  for (const [, target] of withoutCode(text(path)).matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:/.test(target)) continue; // https:, mailto: — outside the repository, never fetched
    const [file, anchor] = target.split('#');
    const to = file ? relative(ROOT, resolve(ROOT, dirname(path), file)) : path;
    if (!existsSync(join(ROOT, to))) problems.push(`${path}: ${target}: no such file`);
    else if (anchor && (statSync(join(ROOT, to)).isDirectory() || !headings(to).map(slug).includes(anchor)))
      problems.push(`${path}: ${target}: no heading #${anchor} in ${to}`);
  }
  return problems;
}

/** Written by a command, not in the repository. */
const GENERATED = ['bench/results.json'];

/** Repository paths a document names in backticks (`src/core/seen.ts`, `e2e/fixtures/`): they exist. */
function namedPaths(path: string): string[] {
  const problems: string[] = [];
  for (const [, named] of text(path).matchAll(/`((?:src|e2e|bench|tools|assets|docs|\.ci)\/[\w./-]*)`/g)) {
    const file = named.replace(/:\d+$/, '');
    if (!GENERATED.includes(file) && !existsSync(join(ROOT, file))) problems.push(`${path}: \`${named}\`: no such file or folder`);
  }
  return problems;
}

const POINTER = /\b(README|CONTRIBUTING|CHANGELOG|docs\/[\w-]+\.md|src\/ui\/README\.md)(?:\.md)?(?:'s)?,?\s+"([^"]+)"/g;

/** Code comments' pointers into the documents, `docs/dataset.md, "When a status may stand"`. */
function commentPointers(path: string, found: string[] = []): string[] {
  const problems: string[] = [];
  const code = text(path).replace(/\n\s*(\/\/|\*)\s*/g, ' '); // a pointer may run across comment lines
  for (const [, document, heading] of code.matchAll(POINTER)) {
    found.push(`${document}, "${heading}"`);
    const file = /\.md$/.test(document) ? document : `${document}.md`;
    if (!existsSync(join(ROOT, file))) problems.push(`${path}: ${document}: no such file`);
    else if (!headings(file).includes(heading)) problems.push(`${path}: ${document}, "${heading}": no such heading in ${file}`);
  }
  for (const [document] of code.matchAll(/\bdocs\/[\w-]+\.md\b/g))
    if (!existsSync(join(ROOT, document))) problems.push(`${path}: ${document}: no such file`);
  return problems;
}

const DOCUMENTS = walk('', (name) => name.endsWith('.md'));
const CODE = walk('', (name) => /\.(ts|tsx|mjs|css|html)$/.test(name) && !name.includes('.test.'));

describe('the documentation', () => {
  it('is where the README says: README.md, CONTRIBUTING.md, CHANGELOG.md and docs/', () => {
    expect(DOCUMENTS).toEqual(expect.arrayContaining(['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md', 'docs/architecture.md']));
  });

  it('links only to files and headings that exist', () => {
    expect(DOCUMENTS.flatMap(markdownLinks)).toEqual([]);
  });

  it('names only repository paths that exist', () => {
    expect(DOCUMENTS.flatMap(namedPaths)).toEqual([]);
  });

  it('is pointed at only where a file and heading exist, from the code', () => {
    const found: string[] = [];
    expect(CODE.flatMap((path) => commentPointers(path, found))).toEqual([]);
    expect(found).toContain('docs/dataset.md, "When a status may stand"');
  });

  it('keeps the README short and its commands where CI and a newcomer look first', () => {
    const readme = text('README.md');
    expect(readme.split('\n').length).toBeLessThanOrEqual(160);
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });
});
