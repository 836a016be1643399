import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Suites that start real processes or browsers share 2 cores: keep them from starving each other.
    maxWorkers: 2,
  },
});
