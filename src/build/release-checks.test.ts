import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changelogEntry, differences, sha256Sums } from './release-checks';

describe('changelogEntry', () => {
  const changelog = '# Changelog\n\n## 0.2.0 – 2026-12-20\n\n- Install section.\n\n## [0.1.0]\n\nFirst release.\n\n## 0.0.9\n';

  it('finds the section for the version, with or without brackets and a date', () => {
    expect(changelogEntry(changelog, '0.2.0')).toBe('- Install section.');
    expect(changelogEntry(changelog, '0.1.0')).toBe('First release.');
  });

  it('refuses a missing version, an empty section, and a version that only starts the same', () => {
    expect(changelogEntry(changelog, '0.3.0')).toBeNull();
    expect(changelogEntry(changelog, '0.0.9')).toBeNull();
    expect(changelogEntry(changelog, '0.2')).toBeNull();
    expect(changelogEntry('## 0.1.0x\n\ntext\n', '0.1.0')).toBeNull();
  });
});

it('writes sums in the format `sha256sum -c` reads', () => {
  expect(sha256Sums([{ name: 'a.zip', sha256: 'ab'.repeat(32) }])).toBe(`${'ab'.repeat(32)}  a.zip\n`);
});

it('lists the files that differ between two folders, or are in one only', () => {
  const [a, b] = [mkdtempSync(join(tmpdir(), 'rr-a-')), mkdtempSync(join(tmpdir(), 'rr-b-'))];
  for (const dir of [a, b]) mkdirSync(join(dir, 'sub'));
  writeFileSync(join(a, 'same.js'), 'x');
  writeFileSync(join(b, 'same.js'), 'x');
  writeFileSync(join(a, 'sub', 'changed.js'), 'x');
  writeFileSync(join(b, 'sub', 'changed.js'), 'y');
  writeFileSync(join(a, 'only-a.js'), '');
  writeFileSync(join(b, 'only-b.js'), '');
  expect(differences(a, b)).toEqual(['only-a.js', 'only-b.js', join('sub', 'changed.js')]);
});
