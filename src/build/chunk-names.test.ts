import { describe, expect, it } from 'vitest';
import { assetFileName } from './chunk-names';

describe('assetFileName', () => {
  it('names a surface’s stylesheet after the surface, the shared one `ui`', () => {
    const css = (original: string) => ({ name: 'x.css', names: ['x.css'], originalFileNames: [original] });
    expect(assetFileName(css('src/popup/index.html'))).toBe('assets/popup-[hash][extname]');
    expect(assetFileName(css('src/ui/styles.css'))).toBe('assets/ui-[hash][extname]');
  });

  it('leaves other assets their name', () => {
    expect(assetFileName({ name: 'icon.png', names: ['icon.png'], originalFileNames: [] })).toBe('assets/[name]-[hash][extname]');
  });

  // crxjs's dev server (`npm run dev`) bundles with Rollup 2, whose assets carry `name` alone.
  it('takes an asset as Rollup 2 describes it, with no `names` or `originalFileNames`', () => {
    expect(assetFileName({ name: 'index.css' })).toBe('assets/ui-[hash][extname]');
    expect(assetFileName({ name: 'manifest.json' })).toBe('assets/[name]-[hash][extname]');
    expect(assetFileName({ name: undefined })).toBe('assets/[name]-[hash][extname]');
  });
});
