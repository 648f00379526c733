import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    globalSetup: ['test/global-setup.ts'],
    // One file at a time (Vitest's default on two cores): two side by side measured no faster on two cores (1,657 s)
    // and let a browser test's short waits run out (docs/developer/testing.md). The builds are shared either way.
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
