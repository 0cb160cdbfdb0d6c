import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The launcher is CommonJS TypeScript (src/cli/startup/launch.cts), which Vite does not transform unless told.
  esbuild: { include: /\.(c|m)?tsx?$/ },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/global.ts'],
    // LibreOffice conversions take ~5 s each; keep generous time per test.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: one worker on a two-core
    // machine. Much of the suite waits on child processes (LibreOffice, the spawned
    // CLI), so two workers are worth it even there.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    minWorkers: 1,
    // One module graph per worker, not per file: loading docx, pdf-lib and the
    // pipeline again for each of 26 files cost more than the tests. Tests that change
    // process state (cwd, env, io) restore it (tests/helpers/cli.ts: runCli).
    isolate: false,
  },
});
