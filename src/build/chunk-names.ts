// How the surfaces' code is split into files, and what each file is called. Left alone, the bundler
// cut the popup's code into eight files; with fewer, its files arrived sooner and it painted 10-20 ms
// earlier (docs/performance.md, "The popup's first paint"). So two shared files: the dataset, which
// the sources page does not load at first, and the code more than one surface shares. Named for
// what they hold, `ls dist/chrome/assets` tells what each surface loads (left alone, the chunk
// carrying the whole dataset came out as `dates-*.js`).
import type { CodeSplittingOptions, PreRenderedAsset, PreRenderedChunk } from 'rolldown';

/** For `output.codeSplitting`. The content script is built apart, as one file (vite.config.ts). */
export const codeSplitting: CodeSplittingOptions = {
  groups: [
    { name: 'dataset', test: /^\0virtual:dataset$/, priority: 2 },
    { name: 'shared', minShareCount: 2, priority: 1 },
  ],
};

/** An entry is called after the surface it starts: `src/<surface>/index.html` -> `<surface>`. */
const surface = (moduleId: string | null) => /\/src\/(\w+)\/index\.(ts|html)$/.exec(moduleId ?? '')?.[1];

/** For `output.chunkFileNames` and `output.entryFileNames`. */
export function bundleFileName(chunk: PreRenderedChunk): string {
  return `assets/${(chunk.isEntry ? surface(chunk.facadeModuleId) : undefined) ?? chunk.name}-[hash].js`;
}

/**
 * An asset as either bundler describes it: `npm run dev` runs crxjs's own Rollup 2, which gives
 * only `name` (no `names`, no `originalFileNames`); reading `names` there crashed the dev server.
 */
type Asset = Pick<PreRenderedAsset, 'name'> & Partial<Pick<PreRenderedAsset, 'names' | 'originalFileNames'>>;

/**
 * For `output.assetFileNames`: a surface's own stylesheet after the surface; the one that more than
 * one surface shares is src/ui/styles.css (shared UI lives in src/ui), and is called `ui`.
 */
export function assetFileName(asset: Asset): string {
  if (!(asset.names ?? [asset.name ?? '']).some((name) => name.endsWith('.css'))) return 'assets/[name]-[hash][extname]';
  return `assets/${surface(`/${asset.originalFileNames?.[0] ?? ''}`) ?? 'ui'}-[hash][extname]`;
}
