import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, projectTemp, ROOT } from '../helpers/cli.js';

/** The Node built-ins a whole `vanban` process loaded (a preload lists them at exit). */
function builtinsOf(args: readonly string[]): string[] {
  const r = spawnSync(process.execPath, ['-r', join(ROOT, 'tests', 'fixtures', 'startup', 'builtins-at-exit.cjs'), BIN, ...args], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return /BUILTINS (.*)/.exec(r.stderr)![1]!.split(' ');
}

describe('start-up: what a build loads', () => {
  it('a one-plan build to PDF or DOCX loads neither child_process (nor net, dgram), readline nor worker_threads', () => {
    const out = projectTemp('startup-');
    for (const format of ['pdf', 'docx']) {
      const loaded = builtinsOf(['build', join(ROOT, 'plans', 'ninh-binh-2024.yaml'), '--out', out, '--format', format, '--force']);
      expect(loaded, format).toContain('vm'); // the launcher's: the list is the run's own
      for (const unneeded of ['child_process', 'dgram', 'readline', 'worker_threads']) expect(loaded, `${format}: ${unneeded}`).not.toContain(unneeded);
    }
  });

  it('starts without Node\'s ES module loader: bin/vanban.js and its launcher are CommonJS (~12 ms a run)', () => {
    const loaded = builtinsOf(['build', join(ROOT, 'plans', 'ninh-binh-2024.yaml'), '--out', projectTemp('startup-cjs-'), '--format', 'pdf', '--force']);
    expect(loaded).toContain('internal/modules/cjs/loader');
    for (const esm of ['internal/modules/esm/module_job', 'internal/modules/esm/translators']) expect(loaded).not.toContain(esm);
  });

  it('what is left out on start is there when used: a folder build on two threads', () => {
    const out = projectTemp('startup-jobs-');
    const loaded = builtinsOf(['build', join(ROOT, 'plans'), '--out', out, '--format', 'pdf', '--jobs', '2', '--force']);
    expect(loaded).toContain('worker_threads');
  });
});
