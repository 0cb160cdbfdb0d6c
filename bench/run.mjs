#!/usr/bin/env node
/**
 * npm run bench — whole-process timings, medians of several runs, side by side
 * in one run: vanban to PDF, vanban to DOCX+PDF, and LibreOffice converting the
 * same DOCX to PDF. Peak RSS comes from GNU time when the machine has it.
 * Not a test: numbers vary with the machine; the closing notes quote them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PLAN = join(ROOT, 'plans', 'ninh-binh-2024.yaml');
const out = mkdtempSync(join(tmpdir(), 'vanban-bench-'));
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function run(cmd, args) {
  const argv = gnuTime ? ['-f', '%M', cmd, ...args] : args;
  const start = process.hrtime.bigint();
  const r = spawnSync(gnuTime ?? cmd, argv, { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  const kb = gnuTime ? Number(r.stderr.trim().split('\n').pop()) : NaN;
  return { seconds, mb: kb / 1024 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function measure(label, cmd, args) {
  run(cmd, args); // warm the file cache
  const samples = Array.from({ length: RUNS }, () => run(cmd, args));
  return { label, seconds: median(samples.map((s) => s.seconds)), mb: Math.max(...samples.map((s) => s.mb)), runs: RUNS };
}

const vanban = join(ROOT, 'bin', 'vanban.js');
const rows = [
  measure('vanban build → PDF', process.execPath, [vanban, 'build', PLAN, '--format', 'pdf', '--out', out, '--force']),
  measure('vanban build → DOCX+PDF', process.execPath, [vanban, 'build', PLAN, '--format', 'docx,pdf', '--out', out, '--force']),
  measure('vanban build → DOCX', process.execPath, [vanban, 'build', PLAN, '--format', 'docx', '--out', out, '--force']),
];
const soffice = spawnSync('soffice', ['--version']).status === 0;
if (soffice) {
  const profile = mkdtempSync(join(tmpdir(), 'vanban-bench-lo-'));
  rows.push(measure('soffice --convert-to pdf (same DOCX)', 'soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', join(out, 'lo'), join(out, 'ninh-binh-2024.docx')]));
}
console.log(`Ninh Bình plan, ${RUNS} runs each, median wall time; peak RSS is the largest of the runs.`);
console.log('| command | median s | peak RSS MB |');
console.log('|---|---|---|');
for (const r of rows) console.log(`| ${r.label} | ${r.seconds.toFixed(3)} | ${Number.isNaN(r.mb) ? 'n/a' : r.mb.toFixed(0)} |`);
if (soffice) {
  const lo = rows[rows.length - 1].seconds;
  console.log(`\nPDF: ${(lo / rows[0].seconds).toFixed(1)}× faster than LibreOffice's conversion; DOCX+PDF ${rows[1].seconds.toFixed(3)} s.`);
} else {
  console.log('\nLibreOffice (soffice) not found: no comparison.');
}
