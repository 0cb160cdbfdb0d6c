import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/global.ts'],
    // LibreOffice conversions take ~1 s each; keep generous time per test.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
