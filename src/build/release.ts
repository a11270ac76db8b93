// `npm run release`: what a release publishes, into dist/release/ (emptied first):
//   restricted-in-russia-chrome-<version>.zip   dist/chrome, for the Chrome Web Store
//   restricted-in-russia-firefox-<version>.zip  dist/firefox, for addons.mozilla.org (web-ext build)
//   restricted-in-russia-source-<version>.zip   the git-tracked sources at HEAD (`git archive`): the
//     built code is bundled and minified, so AMO's reviewers ask for the sources that produce it
//   SHA256SUMS                                  `sha256sum -c SHA256SUMS` checks a download
// The version is package.json's, and CHANGELOG.md must say what it brings. Before writing the sums it
// rebuilds both browsers' builds from the source archive and compares them byte for byte with the
// ones it packed, so the archive is known to produce what the stores get. Run from a clean checkout.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import webExt from 'web-ext';
import { buildExtension } from './build-extension';
import { changelogEntry, differences, sha256Sums } from './release-checks';

const BROWSERS = ['chrome', 'firefox'] as const;

export async function release(root: string): Promise<number> {
  const fail = (message: string) => {
    console.error(message);
    return 1;
  };
  const { name, version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
  if (!changelogEntry(readFileSync(resolve(root, 'CHANGELOG.md'), 'utf8'), version))
    return fail(`CHANGELOG.md has no entry for ${version}: add a "## ${version}" section saying what the release brings.`);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
  const dirty = git('status', '--porcelain', '--untracked-files=no').trim();
  if (dirty)
    return fail(`Tracked files have uncommitted changes; the source archive would hold HEAD, not them. Commit or stash:\n${dirty}`);

  if ((await buildExtension(root)) !== 0) return 1;
  const out = resolve(root, 'dist/release');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const files: string[] = [];
  for (const browser of BROWSERS) {
    const filename = `${name}-${browser}-${version}.zip`;
    await webExt.cmd.build(
      { sourceDir: resolve(root, 'dist', browser), artifactsDir: out, filename, overwriteDest: true },
      { showReadyMessage: false, shouldExitProgram: false },
    );
    files.push(resolve(out, filename));
  }
  const source = resolve(out, `${name}-source-${version}.zip`);
  git('archive', '--format=zip', `--prefix=${name}-${version}/`, '-o', source, 'HEAD');
  files.push(source);

  // The reviewer's rebuild, with this checkout's node_modules (`npm ci` would fetch the same versions).
  const scratch = mkdtempSync(join(tmpdir(), `${name}-rebuild-`));
  try {
    execFileSync('unzip', ['-q', source, '-d', scratch]);
    const rebuilt = join(scratch, `${name}-${version}`);
    symlinkSync(resolve(root, 'node_modules'), join(rebuilt, 'node_modules'), 'dir');
    const { RR_DIST, RR_DATA_DIR, ...env } = process.env; // the reviewer's defaults: src/data into dist/
    execFileSync(process.execPath, ['src/build/run.mjs', 'build-extension'], { cwd: rebuilt, env, stdio: ['ignore', 'ignore', 'inherit'] });
    for (const browser of BROWSERS) {
      const differ = differences(resolve(root, 'dist', browser), join(rebuilt, 'dist', browser));
      if (differ.length) return fail(`The source archive does not rebuild dist/${browser}: ${differ.slice(0, 5).join(', ')}`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  writeFileSync(
    resolve(out, 'SHA256SUMS'),
    sha256Sums(files.map((file) => ({ name: basename(file), sha256: createHash('sha256').update(readFileSync(file)).digest('hex') }))),
  );
  for (const file of files) console.log(`${relative(root, file)}  ${(statSync(file).size / 1024).toFixed(1)} KiB`);
  console.log(`${relative(root, resolve(out, 'SHA256SUMS'))}  (the source archive rebuilds both packages' contents byte for byte)`);
  return 0;
}
