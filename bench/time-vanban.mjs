/**
 * One whole `vanban` process, timed, with its peak RSS from GNU time when the
 * machine has it. NODE_EXTRA_CA_CERTS is left out, as in bench/run.mjs: the
 * sandbox's setting costs every Node start-up and a user's machine rarely has it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const VANBAN = join(ROOT, 'bin', 'vanban.js');
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;

export function timeVanban(args, cwd) {
  const argv = gnuTime ? ['-f', '%M', process.execPath, VANBAN, ...args] : [VANBAN, ...args];
  const start = process.hrtime.bigint();
  const r = spawnSync(gnuTime ?? process.execPath, argv, { encoding: 'utf8', env, cwd, maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`vanban ${args.join(' ')} failed (${r.status}): ${r.stderr.slice(-2000)}`);
  return { seconds, mb: gnuTime ? Number(r.stderr.trim().split('\n').pop()) / 1024 : NaN };
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
