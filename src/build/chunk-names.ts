// Bundled files named for what they hold. Left alone, the bundler names a shared chunk after one
// module in it (the chunk carrying the whole dataset came out as `dates-*.js`), and the entries
// crxjs adds after their file (`index.ts-*.js`, `index.html-*.js`); stylesheets likewise. With these names,
// `ls dist/chrome/assets` tells what each surface loads.
import type { PreRenderedAsset, PreRenderedChunk } from 'rolldown';

/** A shared chunk is called after the heaviest thing in it, heaviest first. */
const SHARED: [name: string, holds: (moduleId: string) => boolean][] = [
  ['dataset', (id) => id === '\0virtual:dataset'],
  ['polyfill', (id) => id.includes('/node_modules/webextension-polyfill/')],
  ['preact', (id) => id.includes('/node_modules/preact/')],
];

/** An entry is called after the surface it starts: `src/<surface>/index.html` -> `<surface>`. */
const surface = (moduleId: string | null) => /\/src\/(\w+)\/index\.(ts|html)$/.exec(moduleId ?? '')?.[1];

/** For `output.chunkFileNames` and `output.entryFileNames`. */
export function bundleFileName(chunk: PreRenderedChunk): string {
  const name = (chunk.isEntry ? surface(chunk.facadeModuleId) : SHARED.find(([, holds]) => chunk.moduleIds.some(holds))?.[0]) ?? chunk.name;
  return `assets/${name}-[hash].js`;
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
