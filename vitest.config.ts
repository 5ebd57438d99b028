import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // The build-level tests run a real Astro build on a fixture.
    testTimeout: 120_000,
  },
});
