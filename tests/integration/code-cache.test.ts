import { mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/cli.js';

/**
 * The launcher (src/cli/startup/launch.cts) saves V8's code cache after a run and uses it
 * on the next. It must never change what a run writes, and a cache that is
 * damaged or from another build must only cost time.
 */
describe('code cache', () => {
  const build = (cacheDir: string, env: Record<string, string> = {}) => {
    const out = mkdtempSync(join(tmpdir(), 'vanban-cc-out-'));
    const r = spawnCli(['build', 'plans/ninh-binh-2024.yaml', '--out', out, '--format', 'docx,pdf'], { env: { VANBAN_CACHE_DIR: cacheDir, ...env } });
    expect(r.code, r.stderr).toBe(0);
    return { pdf: readFileSync(join(out, 'ninh-binh-2024.pdf')), docx: readFileSync(join(out, 'ninh-binh-2024.docx')) };
  };
  const cacheFiles = (dir: string) => { try { return readdirSync(dir).filter((f) => f.endsWith('.bin')); } catch { return []; } };

  it('is written by a first run, used by the next, and changes no byte of the output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-cc-'));
    const cold = build(dir);
    const files = cacheFiles(dir);
    expect(files).toHaveLength(1);
    const cache = join(dir, files[0]!);
    expect(readFileSync(cache).length).toBeGreaterThan(100_000);
    const written = statSync(cache).mtimeMs;
    const warm = build(dir);
    expect(cacheFiles(dir)).toEqual(files);
    // Rewritten only when missing or refused by V8: an untouched file was accepted.
    expect(statSync(cache).mtimeMs).toBe(written);
    expect(Buffer.compare(warm.pdf, cold.pdf)).toBe(0);
    expect(Buffer.compare(warm.docx, cold.docx)).toBe(0);
  });

  it('survives a damaged cache file, and replaces it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-cc-bad-'));
    const good = build(dir);
    const [file] = cacheFiles(dir);
    writeFileSync(join(dir, file!), Buffer.from('not a V8 code cache'));
    const again = build(dir);
    expect(Buffer.compare(again.pdf, good.pdf)).toBe(0);
    expect(readFileSync(join(dir, file!)).length).toBeGreaterThan(100_000);
  });

  it('is neither read nor written with VANBAN_CODE_CACHE=off', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-cc-off-'));
    build(dir, { VANBAN_CODE_CACHE: 'off' });
    expect(cacheFiles(dir)).toEqual([]);
  });

  it('keeps the newest 16 cache files, so old builds do not pile up', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-cc-prune-'));
    for (let i = 0; i < 20; i++) {
      const f = join(dir, `code-old-build-${i}.bin`);
      writeFileSync(f, 'x');
      utimesSync(f, 1_000_000 + i, 1_000_000 + i);
    }
    writeFileSync(join(dir, 'notes.txt'), 'not ours');
    build(dir);
    const left = readdirSync(dir);
    expect(left.filter((f) => f.endsWith('.bin'))).toHaveLength(16);
    // The run's own cache and the newest old ones stay; the oldest go; other files are left alone.
    expect(left.some((f) => f.includes('build-docx,pdf'))).toBe(true);
    expect(left).toContain('code-old-build-19.bin');
    expect(left).not.toContain('code-old-build-0.bin');
    expect(left).toContain('notes.txt');
  });
});
