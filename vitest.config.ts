import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // tools/: the browsers and the test runner that e2e, bench and `npm start` share (the Firefox
    // e2e suite, e2e/firefox/*.test.ts, has its own config: vitest.firefox.config.ts).
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'bench/**/*.test.mjs', 'tools/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
  },
});
