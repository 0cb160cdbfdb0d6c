#!/usr/bin/env node
/**
 * npm run bench (part): `vanban build FOLDER --format docx,pdf` on a folder of 100 and of
 * 1,000 plans — copies of the Ninh Bình example under other names (SYNTHETIC as a
 * folder: one real plan repeated), sharing one registry — on every core, beside
 * --jobs 1; documents per second (a DOCX and a PDF are two documents), peak RSS, and
 * whether memory stays flat from 100 to 1,000. Medians of BENCH_RUNS runs (default 3).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, ROOT, timeVanban } from './time-vanban.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SIZES = (process.env.BENCH_FOLDER ?? '100,1000').split(',').map(Number);
const run = timeVanban;

const text = readFileSync(join(ROOT, 'plans', 'ninh-binh-2024.yaml'), 'utf8');
const rows = [];
for (const size of SIZES) {
  const dir = mkdtempSync(join(tmpdir(), `vanban-folder-${size}-`));
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, 'ke-hoach'));
  copyFileSync(join(ROOT, 'plans', 'ninh-binh-2024.agencies.yaml'), join(dir, 'ke-hoach', 'ninh-binh-2024.agencies.yaml'));
  for (let i = 1; i <= size; i++) writeFileSync(join(dir, 'ke-hoach', `kh-${String(i).padStart(4, '0')}.yaml`), text);
  for (const jobs of [undefined, 1]) {
    if (jobs === 1 && size > 100) continue;
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      rmSync(join(dir, 'out'), { recursive: true, force: true });
      runs.push(run(['build', 'ke-hoach', '--out', 'out', '--format', 'docx,pdf', ...(jobs ? ['--jobs', String(jobs)] : [])], dir));
    }
    rows.push({ size, jobs: jobs ?? availableParallelism(), seconds: median(runs.map((r) => r.seconds)), mb: Math.max(...runs.map((r) => r.mb)) });
  }
  rmSync(dir, { recursive: true, force: true });
}
console.log(`Folder build, DOCX+PDF, copies of the Ninh Bình plan, ${availableParallelism()} cores, median of ${RUNS} runs.`);
console.log('| plans | threads | median s | plans/s | documents/s (DOCX and PDF) | peak RSS MB |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.size} | ${r.jobs} | ${r.seconds.toFixed(2)} | ${(r.size / r.seconds).toFixed(1)} | ${((2 * r.size) / r.seconds).toFixed(1)} | ${r.mb.toFixed(0)} |`);
