import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { SOURCES_PAGE, UNREACHABLE_PAGE } from './src/browser/pages';
import { DatasetError } from './src/build/build-dataset';
import { assetFileName, bundleFileName, codeSplitting } from './src/build/chunk-names';
import { datasetPlugin } from './src/build/dataset-plugin';
import { loadDataset } from './src/build/load-dataset';
import { type Browser, buildTarget, deriveManifest } from './src/build/manifest';
import { noHtmlSinkPlugin } from './src/build/no-html-sink';

const root = import.meta.dirname;
const json = (path: string) => JSON.parse(readFileSync(resolve(root, path), 'utf8'));
// `npm run bench` builds the same sources with a synthetic dataset: RR_DATA_DIR names its data
// folder (default src/data), RR_DIST where that build goes (default dist).
const dataDir = resolve(root, process.env.RR_DATA_DIR ?? 'src/data');
const distRoot = resolve(root, process.env.RR_DIST ?? 'dist');
// `npm run dev`'s port; its smoke test (src/build/dev.test.ts) picks a free one, beside a developer's server.
const devPort = Number(process.env.RR_DEV_PORT ?? 5173);

/** An invalid dataset stops the build with its list of problems, each naming file, entry and field. */
function loadDatasetOrExit() {
  try {
    return loadDataset(root, dataDir);
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

/** Every URL rendered as a link is https: the dataset's by its schema, this one here. */
function httpsUrl(url: string, where: string): string {
  if (new URL(url).protocol !== 'https:') throw new Error(`${where}: expected an https:// URL, got ${url}`);
  return url;
}

// `vite build` builds for Chromium; `vite build --mode firefox` for Firefox, from the same sources.
export default defineConfig(({ command, mode }) => {
  const browser: Browser = mode === 'firefox' ? 'firefox' : 'chrome';
  const dataset = loadDatasetOrExit();
  const pkg = json('package.json');
  const manifest = deriveManifest(json('manifest.json'), dataset, browser, pkg.version, {
    devServer: command === 'serve',
    // For a self-distributed Firefox package (docs/release.md); unset, the build is the store's.
    updateUrl: process.env.RR_FIREFOX_UPDATE_URL && httpsUrl(process.env.RR_FIREFOX_UPDATE_URL, 'RR_FIREFOX_UPDATE_URL'),
  });
  return {
    publicDir: 'assets/public',
    define: {
      __ISSUES_URL__: JSON.stringify(httpsUrl(pkg.bugs.url, 'package.json bugs.url')),
      // Passed on to crxjs's separate content-script build, which does not see import.meta.env.DEV.
      __DEV__: JSON.stringify(command === 'serve' || mode === 'development'),
    },
    plugins: [
      preact({ devToolsEnabled: false, prefreshEnabled: false }),
      // The content script is one self-contained file: no loader, no chunks exposed as web-accessible
      // resources that a page could probe to detect the extension (crxjs issue #1130).
      crx({
        manifest,
        browser,
        contentScripts: { standaloneFiles: manifest.content_scripts.flatMap((script: { js: string[] }) => script.js) },
      }),
      datasetPlugin(dataset, distRoot),
      // After crx(): it rewrites the output files, the content script crxjs builds separately included.
      noHtmlSinkPlugin(),
    ],
    build: {
      outDir: resolve(distRoot, browser),
      emptyOutDir: true,
      target: buildTarget(browser),
      modulePreload: { polyfill: false },
      rollupOptions: {
        input: { sources: resolve(root, SOURCES_PAGE), unreachable: resolve(root, UNREACHABLE_PAGE) },
        output: { codeSplitting, chunkFileNames: bundleFileName, entryFileNames: bundleFileName, assetFileNames: assetFileName },
      },
    },
    server: { port: devPort, strictPort: true, hmr: { port: devPort } },
  };
});
