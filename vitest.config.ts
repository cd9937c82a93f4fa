import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // drops the unaccent extension at the end when this run created it (test/helpers/pg-global-setup.ts)
    globalSetup: ['./test/helpers/pg-global-setup.ts'],
    // the robustness summary line ("… 0 documents lost, 0 crashes") ends every run that includes them
    reporters: ['default', './test/robustness/summary-reporter.ts'],
  },
});
