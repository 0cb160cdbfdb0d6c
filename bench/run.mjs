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
import os, { tmpdir } from 'node:os';
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
// The peers a user could pick instead (issue: Typst, pandoc, pdfmake, docxtemplater), given the
// same document exported from vanban's own model (bench/peers/export.mjs), installed on demand in
// bench/peers/ (its own package.json, not part of npm install).
const peersDir = join(ROOT, 'bench', 'peers');
let peers;
if (!existsSync(join(peersDir, 'node_modules'))) {
  const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', peersDir], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  if (npm.status !== 0) console.log(`Peers not installed (npm install in bench/peers failed: ${npm.stderr.trim().split('\n').pop()}); measured without them.`);
}
if (existsSync(join(peersDir, 'node_modules'))) {
  const { exportPeers } = await import('./peers/export.mjs');
  const dir = join(out, 'peers');
  peers = await exportPeers(ROOT, PLAN, dir);
  commands.push(
    { label: 'Typst (npm compiler 0.7.0) → PDF', peer: 'typst', cmd: process.execPath, args: [join(peersDir, 'typst.mjs'), join(dir, 'plan.typ'), peers.fontDir, join(dir, 'typst.pdf')] },
    { label: 'pdfmake 0.2.20 → PDF', peer: 'pdfmake', cmd: process.execPath, args: [join(peersDir, 'pdfmake.mjs'), join(dir, 'plan.pdfmake.json'), peers.pdfmakeFonts, join(dir, 'pdfmake.pdf')] },
    { label: 'docxtemplater 3.71 → DOCX', peer: 'docxtemplater', cmd: process.execPath, args: [join(peersDir, 'docxtemplater.mjs'), join(dir, 'template.docx'), join(dir, 'plan.data.json'), join(dir, 'docxtemplater.docx')] },
  );
  const pandoc = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
  if (pandoc.status === 0) commands.push({ label: `${pandoc.stdout.split('\n')[0]} → DOCX`, peer: 'pandoc', cmd: 'pandoc', args: [join(dir, 'plan.md'), '-o', join(dir, 'pandoc.docx')] });
  else console.log('pandoc not found: measured without it.');
}
// A SYNTHETIC plan of about 1,000 pages (bench/synthetic-plan.mjs), to PDF.
const { writeSyntheticPlan } = await import('./synthetic-plan.mjs');
mkdirSync(join(out, 'dai', '.git'), { recursive: true });
const longPlan = writeSyntheticPlan(join(out, 'dai'), 3750);
commands.push({ label: 'vanban build → PDF, SYNTHETIC plan of ~1,000 pages', long: true, cmd: process.execPath, args: [vanban, 'build', longPlan, '--format', 'pdf', '--out', join(out, 'dai'), '--force'] });

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

const row = (pred) => rows.find((r, i) => pred(commands[i]));
const vPdf = rows[1].seconds;
const vDocx = rows[3].seconds;
const ratio = (peer, ours) => (peer / ours).toFixed(2);
console.log('\nRatios, same run (peer time ÷ vanban time: above 1, vanban is faster):');
for (const [peer, ours, what] of [['typst', vPdf, 'PDF'], ['pdfmake', vPdf, 'PDF'], ['pandoc', vDocx, 'DOCX'], ['docxtemplater', vDocx, 'DOCX']]) {
  const r = row((c) => c.peer === peer);
  if (r) console.log(`  ${r.label.padEnd(38)} ${ratio(r.seconds, ours)} (vanban → ${what} ${ours.toFixed(3)} s)`);
}
if (soffice) console.log(`  ${'LibreOffice DOCX → PDF'.padEnd(38)} ${ratio(rows[rows.length - 1].seconds, vPdf)} (vanban → PDF ${vPdf.toFixed(3)} s)`);
console.log(`  vanban DOCX+PDF ÷ vanban PDF alone: ${(rows[2].seconds / vPdf).toFixed(2)}`);
const long = row((c) => c.long);
console.log(`  SYNTHETIC ~1,000-page plan → PDF: ${long.seconds.toFixed(2)} s, peak RSS ${Number.isNaN(long.mb) ? 'n/a' : `${long.mb.toFixed(0)} MB`}`);
// Both sides resident, as a user editing a plan would run them (bench/rebuild.mjs).
const { vanbanRebuild, typstRebuild } = await import('./rebuild.mjs');
const EDITS = 15;
const vRebuild = await vanbanRebuild(vanban, join(ROOT, 'plans'), join(out, 'watch'), EDITS, env);
const tRebuild = peers ? typstRebuild(join(peersDir, 'typst-rebuild.mjs'), join(out, 'peers', 'plan.typ'), peers.fontDir, join(out, 'peers', 'typst-rebuild.pdf'), EDITS, env) : undefined;
console.log(`\nRebuild after an edit, one resident process each (median of ${EDITS} saves, one word changed):`);
console.log(`  vanban build --watch → PDF: ${vRebuild} ms (after the 50 ms it waits for a save to settle)`);
if (tRebuild !== undefined) console.log(`  Typst, one compiler kept (as typst watch) → PDF: ${tRebuild.toFixed(0)} ms; ratio ${(tRebuild / vRebuild).toFixed(2)}`);
if (peers) {
  console.log('\nWhat differs in the work (same words, same fonts where the peer takes font files):');
  console.log('  vanban reads and validates the YAML, resolves agencies, numbers and phrases, then lays out with');
  console.log('  NĐ 30 rules (widows, keep-with-next, the closing block kept whole), bookmarks and outline.');
  console.log('  Typst and pdfmake start from markup already written (bench/peers/export.mjs) and lay out');
  console.log('  paragraphs; pandoc and docxtemplater write paragraphs into Word\'s default styles, no layout.');
  console.log(`  Fonts: ${peers.family} for vanban, Typst and pdfmake.`);
}
console.log(`\nMachine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, Node ${process.version}.`);
