// `npm run package`: the store packages, versioned from package.json, into dist/packages/:
//   restricted-in-russia-chrome-<version>.zip   dist/chrome, for the Chrome Web Store
//   restricted-in-russia-firefox-<version>.zip  dist/firefox, for addons.mozilla.org (web-ext build)
//   restricted-in-russia-source-<version>.zip   the git-tracked sources at HEAD (`git archive`): the
//     built code is bundled and minified, so AMO's reviewers ask for the sources that produce it.
// Run after `npm run build`, from a clean checkout of the release commit.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import webExt from 'web-ext';

const root = resolve(import.meta.dirname, '../..');
const out = resolve(root, 'dist/packages');
const { name, version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));

function fail(message) {
  console.error(message);
  process.exit(1);
}

for (const browser of ['chrome', 'firefox']) {
  const manifest = resolve(root, 'dist', browser, 'manifest.json');
  if (!existsSync(manifest)) fail(`dist/${browser} has no build: run \`npm run build\` first.`);
  const built = JSON.parse(readFileSync(manifest, 'utf8')).version;
  if (built !== version) fail(`dist/${browser} was built as version ${built}, package.json says ${version}: run \`npm run build\` again.`);
}

const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
const dirty = git('status', '--porcelain', '--untracked-files=no').trim();
if (dirty) {
  console.warn(`Warning: tracked files have uncommitted changes; the source archive holds HEAD, not them:\n${dirty}\n`);
}

mkdirSync(out, { recursive: true });
const packages = [];

for (const browser of ['chrome', 'firefox']) {
  const filename = `${name}-${browser}-${version}.zip`;
  await webExt.cmd.build(
    { sourceDir: resolve(root, 'dist', browser), artifactsDir: out, filename, overwriteDest: true },
    { showReadyMessage: false, shouldExitProgram: false },
  );
  packages.push(resolve(out, filename));
}

const source = resolve(out, `${name}-source-${version}.zip`);
git('archive', '--format=zip', `--prefix=${name}-${version}/`, '-o', source, 'HEAD');
packages.push(source);

for (const path of packages) console.log(`${relative(root, path)}  ${(statSync(path).size / 1024).toFixed(1)} KiB`);
