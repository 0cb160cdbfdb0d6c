import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { withIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(ROOT, 'bin', 'vanban.js');

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliOptions {
  readonly cwd?: string;
  readonly env?: Record<string, string | undefined>;
}

/**
 * Runs a command in this process, as `vanban ARGS` would from `cwd`: the same
 * `main`, its output captured. Each Vitest worker (pool: forks) runs one test
 * file at a time and its tests one after another, so changing the folder and the
 * environment for the call, and restoring them after, is safe. An exception escaping `main` is returned as
 * exit code -1 with its stack, so a test sees it as the crash it is.
 */
export async function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  // A run in-process is mostly synchronous work chained by promises, which never yield to the
  // event loop: a test of hundreds of runs (the fuzz) then starves the worker's messages to
  // vitest, whose 60 s RPC timeout fails the run. One turn of the loop before each run lets them through.
  await new Promise<void>((done) => setImmediate(done));
  let stdout = '';
  let stderr = '';
  const previousCwd = process.cwd();
  const previousEnv: Record<string, string | undefined> = {};
  const env = { NO_COLOR: '1', ...options.env };
  for (const [k, v] of Object.entries(env)) {
    previousEnv[k] = process.env[k];
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  process.chdir(options.cwd ?? ROOT);
  try {
    const code = await withIo(
      { out: (t) => void (stdout += t), err: (t) => void (stderr += t), color: false, terminal: false },
      () => main(args),
    );
    return { code, stdout, stderr };
  } catch (err) {
    return { code: -1, stdout, stderr: stderr + String((err as Error).stack) };
  } finally {
    process.chdir(previousCwd);
    for (const [k, v] of Object.entries(previousEnv)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/** Runs the built CLI in its own process, as a user does: for one smoke test per command and the launcher's tests. */
export function spawnCli(args: readonly string[], options: CliOptions = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A stack trace line as Node prints it. */
export const STACK_LINE = /^\s+at .+\(.+:\d+:\d+\)$|^\s+at .+:\d+:\d+$/m;

/**
 * A fresh folder inside this repository (tests/.tmp, ignored by git): files written
 * there may name the project's plans and outlines, which vanban reads only from
 * inside the project.
 */
export function projectTemp(prefix: string): string {
  const base = join(ROOT, 'tests', '.tmp');
  mkdirSync(base, { recursive: true });
  return mkdtempSync(join(base, prefix));
}
