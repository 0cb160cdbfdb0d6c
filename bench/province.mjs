#!/usr/bin/env node
/**
 * npm run bench:province — `vanban subplan --all` to DOCX+PDF for a whole SYNTHETIC
 * province (bench/synthetic-province.mjs: 40 departments, 200 districts, 3,321
 * communes reached through groups), at 10 %, 50 % and 100 % of its size, to see
 * sub-plans per second, peak RSS and whether time grows linearly with the number
 * of agencies; beside it, one vanban process per sub-plan (what a script looping
 * over `subplan --agency` would do), timed on a sample and scaled.
 * Medians of BENCH_RUNS runs (default 3). Not a test: the closing notes quote it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, ROOT, timeVanban } from './time-vanban.mjs';
import { writeSyntheticProvince } from './synthetic-province.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PERCENTS = (process.env.BENCH_PERCENTS ?? '10,50,100').split(',').map(Number);
const SAMPLE = Number(process.env.BENCH_SAMPLE ?? 20);
const run = timeVanban;
const fmt = (x, d = 1) => x.toFixed(d);

const rows = [];
let full;
for (const percent of PERCENTS) {
  const dir = mkdtempSync(join(tmpdir(), `vanban-province-${percent}-`));
  const size = writeSyntheticProvince(dir, percent);
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    rmSync(join(dir, 'sub'), { recursive: true, force: true });
    runs.push(run(['subplan', 'tinh-mau.yaml', '--all', '--format', 'docx,pdf', '--out', 'sub'], dir));
  }
  const seconds = median(runs.map((r) => r.seconds));
  rows.push({ percent, agencies: size.agencies, seconds, mb: Math.max(...runs.map((r) => r.mb)) });
  if (percent === Math.max(...PERCENTS)) full = { dir, size };
  else rmSync(dir, { recursive: true, force: true });
}

// One process per sub-plan, on a sample spread over the kinds (departments, districts, communes).
const { dir, size } = full;
const sample = [];
for (let i = 0; i < SAMPLE; i++) {
  const k = i % 4;
  sample.push(k === 0 ? `so-mau-${1 + (i % size.departments)}` : k === 1 ? `ubnd-huyen-mau-${1 + (i % size.districts)}` : `ubnd-xa-mau-${1 + ((i * 97) % size.communes)}`);
}
const per = sample.map((agency) => run(['subplan', 'tinh-mau.yaml', '--agency', agency, '--format', 'docx,pdf', '--out', 'one', '--force'], dir));
const perSeconds = median(per.map((r) => r.seconds));
rmSync(dir, { recursive: true, force: true });

const cores = availableParallelism();
console.log(`SYNTHETIC province (made-up data), \`subplan --all --format docx,pdf\`, ${cores} cores, median of ${RUNS} runs; a sub-plan is one YAML + one DOCX + one PDF.`);
console.log('');
console.log('| share | agencies | median s | sub-plans/s | documents/s (DOCX, PDF) | files/s (and YAML) | ms per sub-plan | ms per added sub-plan | peak RSS MB |');
console.log('|---|---|---|---|---|---|---|---|---|');
rows.forEach((r, i) => {
  // What one more agency costs, from the share before: flat when time is linear in the agencies.
  const added = i === 0 ? '' : fmt((1000 * (r.seconds - rows[i - 1].seconds)) / (r.agencies - rows[i - 1].agencies));
  console.log(`| ${r.percent} % | ${r.agencies} | ${fmt(r.seconds)} | ${fmt(r.agencies / r.seconds)} | ${fmt((2 * r.agencies) / r.seconds)} | ${fmt((3 * r.agencies) / r.seconds)} | ${fmt((1000 * r.seconds) / r.agencies)} | ${added} | ${fmt(r.mb, 0)} |`);
});
const last = rows[rows.length - 1];
console.log(`| one process per sub-plan (${SAMPLE} sampled, × ${last.agencies}) | ${last.agencies} | ${fmt(perSeconds * last.agencies)} | ${fmt(1 / perSeconds)} | ${fmt(2 / perSeconds)} | ${fmt(3 / perSeconds)} | ${fmt(1000 * perSeconds)} | | ${fmt(Math.max(...per.map((r) => r.mb)), 0)} |`);
console.log('');
console.log(`Linearity: a run costs a fixed start (the parent and registry loaded, the workers started) plus each agency; ms per sub-plan from ${rows[0].percent} % to ${last.percent} % changes by ${fmt((100 * ((last.seconds / last.agencies) / (rows[0].seconds / rows[0].agencies) - 1)), 0)} % as that start is shared by more.`);
console.log(`Goal (issue 10): ≥ 50 documents/s on 2 cores — read here as sub-plans/s, the stricter reading — peak RSS ≤ 400 MB. ${'NODE_EXTRA_CA_CERTS' in process.env ? 'NODE_EXTRA_CA_CERTS was unset for the runs (see bench/run.mjs).' : ''}`);
