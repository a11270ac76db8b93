import { defineConfig } from 'vitest/config';

// The Firefox e2e suite (e2e/firefox/): real Firefox over WebDriver BiDi with dist/firefox installed,
// which `npm test` builds first. Its counts go to test-results/firefox.json for .ci/summary.mjs.
export default defineConfig({
  test: {
    include: ['e2e/firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    retry: process.env.CI ? 1 : 0,
    reporters: ['default', ['json', { outputFile: 'test-results/firefox.json' }]],
  },
});
