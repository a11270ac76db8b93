import { defineConfig } from '@playwright/test';

// Each test gets its own browser with the built extension loaded (see e2e/harness.ts); the
// suite runs against `dist/chrome`, which `npm test` builds first.
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  outputDir: 'test-results/playwright',
});
