import { defineConfig } from '@playwright/test';

// `npm run screenshots`: the store screenshots (e2e/store/), 1280x800, into dist/screenshots/.
// Not part of `npm test`; it runs against `dist/chrome`, so build first.
export default defineConfig({
  testDir: 'e2e/store',
  testMatch: '**/*.shot.ts',
  fullyParallel: true,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results/screenshots-run',
});
