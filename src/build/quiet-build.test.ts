import { expect, it } from 'vitest';
import { isNoise } from './quiet-build';

it('drops only what the bundlers say about themselves, never an error', () => {
  expect(isNoise('\n[crx:content-scripts-iife] Building 1 content script(s) as IIFE...')).toBe(true);
  expect(isNoise('  ✓ index.ts → src/content/index.js')).toBe(true);
  expect(isNoise('\n WARN  inlineDynamicImports option is ignored because codeSplitting: false is set.\n')).toBe(true);
  expect(isNoise('  ✗ Failed to build src/content/index.ts:')).toBe(false);
  expect(isNoise('error during build:\nsrc/popup/Popup.tsx (3:1): Unexpected token')).toBe(false);
  expect(isNoise('Invalid dataset (1 problem):')).toBe(false);
});
