#!/usr/bin/env node
/**
 * npm run bench — whole-process timings, medians of several runs, side by side
 * in one run: vanban to PDF, vanban to DOCX+PDF, and LibreOffice converting the
 * same DOCX to PDF; Node's own empty start-up as the floor under vanban's.
 * Peak RSS comes from GNU time when the machine has it. Runs of the commands are
 * interleaved, so a slow spell of the machine falls on all of them alike.
 * Not a test: numbers vary with the machine; the closing notes quote them.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const PLAN = join(ROOT, 'plans', 'ninh-binh-2024.yaml');
const out = mkdtempSync(join(tmpdir(), 'vanban-bench-'));
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

// Node parses NODE_EXTRA_CA_CERTS at every start-up (20–45 ms on the sandbox that sets it);
// vanban opens no connection, and a user's machine rarely sets it. Measured without it, and said so.
const env = { ...process.env, VANBAN_TIMINGS: '1' };
const strippedCa = 'NODE_EXTRA_CA_CERTS' in env;
delete env.NODE_EXTRA_CA_CERTS;

function run(cmd, args) {
  const argv = gnuTime ? ['-f', '%M', cmd, ...args] : args;
  const start = process.hrtime.bigint();
  const r = spawnSync(gnuTime ?? cmd, argv, { encoding: 'utf8', env });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  const lines = r.stderr.trim().split('\n');
  const kb = gnuTime ? Number(lines.pop()) : NaN;
  const stages = new Map();
  for (const l of lines) {
    const m = /^⏱ (.+?)\s+([\d.]+) ms/.exec(l);
    if (m) stages.set(m[1], Number(m[2]));
  }
  return { seconds, mb: kb / 1024, stages };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const vanban = join(ROOT, 'bin', 'vanban.js');
const commands = [
  { label: 'node -e 0 (Node start-up alone)', cmd: process.execPath, args: ['-e', '0'] },
  { label: 'vanban build → PDF', cmd: process.execPath, args: [vanban, 'build', PLAN, '--format', 'pdf', '--out', out, '--force'] },
  { label: 'vanban build → DOCX+PDF', cmd: process.execPath, args: [vanban, 'build', PLAN, '--format', 'docx,pdf', '--out', out, '--force'] },
  { label: 'vanban build → DOCX', cmd: process.execPath, args: [vanban, 'build', PLAN, '--format', 'docx', '--out', out, '--force'] },
];
// The reviewer's commands (issue: diff under 0.3 s, fmt --check under 0.5 s): two versions of
// the largest example plan, one task reworded; and every example file checked for its layout.
for (const v of ['a', 'b']) {
  mkdirSync(join(out, v, '.git'), { recursive: true });
  for (const f of ['dong-nai-2016.yaml', 'dong-nai-2016.agencies.yaml']) copyFileSync(join(ROOT, 'plans', f), join(out, v, f));
}
const edited = join(out, 'b', 'dong-nai-2016.yaml');
writeFileSync(edited, readFileSync(edited, 'utf8').replace('Tăng cường', 'Đẩy mạnh'));
commands.push(
  { label: 'vanban diff (Đồng Nai 2016, two versions)', cmd: process.execPath, args: [vanban, 'diff', join(out, 'a', 'dong-nai-2016.yaml'), edited] },
  { label: 'vanban fmt --check (every example)', cmd: process.execPath, args: [vanban, 'fmt', '--check', join(ROOT, 'plans'), join(ROOT, 'outlines'), join(ROOT, 'outlines', 'bao-cao-mau')] },
);
const soffice = spawnSync('soffice', ['--version']).status === 0;
if (soffice) {
  const profile = mkdtempSync(join(tmpdir(), 'vanban-bench-lo-'));
  commands.push({ label: 'soffice --convert-to pdf (same DOCX)', cmd: 'soffice', args: [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', join(out, 'lo'), join(out, 'ninh-binh-2024.docx')] });
}

// One run each first: warms the file cache, writes vanban's code cache, creates LibreOffice's profile.
for (const c of commands) run(c.cmd, c.args);
const samples = commands.map(() => []);
for (let i = 0; i < RUNS; i++) commands.forEach((c, j) => samples[j].push(run(c.cmd, c.args)));

const rows = commands.map((c, j) => ({ label: c.label, seconds: median(samples[j].map((s) => s.seconds)), mb: Math.max(...samples[j].map((s) => s.mb)) }));
console.log(`Ninh Bình plan, ${RUNS} interleaved runs each, median wall time; peak RSS is the largest of the runs.`);
if (strippedCa) console.log('NODE_EXTRA_CA_CERTS was unset for every command (see the comment in bench/run.mjs).');
console.log('| command | median s | peak RSS MB |');
console.log('|---|---|---|');
for (const r of rows) console.log(`| ${r.label} | ${r.seconds.toFixed(3)} | ${Number.isNaN(r.mb) ? 'n/a' : r.mb.toFixed(0)} |`);

const pdf = samples[1];
console.log('\nWhere a PDF build spends its time (VANBAN_TIMINGS=1, medians, ms):');
for (const stage of pdf[0].stages.keys()) console.log(`  ${stage.padEnd(22)} ${median(pdf.map((s) => s.stages.get(stage) ?? 0)).toFixed(1).padStart(7)}`);

if (soffice) {
  const lo = rows[rows.length - 1].seconds;
  console.log(`\nPDF: ${(lo / rows[1].seconds).toFixed(1)}× faster than LibreOffice's conversion; DOCX+PDF ${rows[2].seconds.toFixed(3)} s.`);
} else {
  console.log('\nLibreOffice (soffice) not found: no comparison.');
}
