import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    globalSetup: ['test/global-setup.ts'],
    // Browser tests build the add-in and the extension once, then drive Debian's chromium.
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
