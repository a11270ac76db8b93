import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // e2e/*.test.ts: unit tests of the e2e tooling (e2e/firefox/ holds the Firefox e2e suite).
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'bench/**/*.test.mjs', 'e2e/*.test.ts'],
    environment: 'node',
    reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
  },
});
