// The folders say where code runs: a surface's folder holds only what runs there, and nothing that
// ships reaches into build-time code. These follow the import statements, as the bundler does.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('.', import.meta.url).pathname;
const isSource = (name: string) => /\.tsx?$/.test(name) && !/\.(test\.tsx?|d\.ts)$/.test(name);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : isSource(name) ? [path] : [];
  });
}

/** Every import of a module: the specifier, and whether it brings in types only. */
function imports(path: string): { from: string; typeOnly: boolean }[] {
  const code = readFileSync(path, 'utf8');
  return [...code.matchAll(/^import\s+(type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm)].map(([, type, from]) => ({
    from,
    typeOnly: !!type,
  }));
}

function resolveLocal(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`].find((path) => existsSync(path) && statSync(path).isFile() && isSource(path));
}

/** The modules a build starting at `entry` includes (type-only imports bring in no code). */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const { from, typeOnly } of imports(path)) {
      const target = typeOnly ? undefined : resolveLocal(path, from);
      if (target) visit(target);
    }
  };
  visit(entry);
  return seen;
}

const SURFACES = {
  content: 'content/index.ts',
  background: 'background/index.ts',
  popup: 'popup/main.tsx',
  sources: 'sources/main.tsx',
  unreachable: 'unreachable/main.tsx',
};

describe.each(Object.entries(SURFACES))('src/%s/', (folder, entry) => {
  it(`holds only modules that run there (reached from ${entry})`, () => {
    const runs = reachable(join(SRC, entry));
    const strays = files(join(SRC, folder)).filter((path) => !runs.has(path));
    expect(strays.map((path) => relative(SRC, path))).toEqual([]);
  });
});

it('nothing that ships imports build-time code, zod or Node, or the schema other than for its types', () => {
  const shipped = new Set(Object.values(SURFACES).flatMap((entry) => [...reachable(join(SRC, entry))]));
  const offences = [...shipped].flatMap((path) =>
    imports(path)
      .filter(({ from, typeOnly }) => /\/build\/|^zod$|^node:/.test(from) || (/\/schema$/.test(from) && !typeOnly))
      .map(({ from }) => `${relative(SRC, path)} imports ${from}`),
  );
  expect(offences).toEqual([]);
  expect([...shipped].filter((path) => path.includes('/build/'))).toEqual([]);
});

it('the content script lays out no chart: d3 stays out of its one file (the worker sends the layout)', () => {
  const offences = [...reachable(join(SRC, SURFACES.content))].flatMap((path) =>
    imports(path)
      .filter(({ from, typeOnly }) => !typeOnly && (/^d3-/.test(from) || /chart-layout$/.test(from)))
      .map(({ from }) => `${relative(SRC, path)} imports ${from}`),
  );
  expect(offences).toEqual([]);
});

it('only src/browser/storage.ts reads or writes storage, so every stored item has one declaration (core/stored-items.ts)', () => {
  const allowed = ['browser/storage.ts'];
  const offences = files(SRC)
    .map((path) => relative(SRC, path))
    .filter(
      (path) =>
        !allowed.includes(path) && /\bstorage\.(local|session)\.(get|set|remove|clear)\b/.test(readFileSync(join(SRC, path), 'utf8')),
    );
  expect(offences).toEqual([]);
});

it('the src/ui components the worker renders for the panel take no hooks and no handlers (src/ui/README.md)', () => {
  const rendered = [...reachable(join(SRC, 'background/panel-payload.tsx'))].filter((path) => path.startsWith(join(SRC, 'ui')));
  expect(rendered.map((path) => relative(SRC, path))).toContain('ui/StatusLabel.tsx');
  const offences = rendered.flatMap((path) => {
    const code = readFileSync(path, 'utf8');
    return [
      ...(/from ['"]preact\/hooks['"]/.test(code) ? [`${relative(SRC, path)} imports preact/hooks`] : []),
      ...[...code.matchAll(/\bon[A-Z]\w*=/g)].map(([handler]) => `${relative(SRC, path)} sets ${handler}`),
    ];
  });
  expect(offences).toEqual([]);
});
