/**
 * Rebuild after an edit, both sides resident: `vanban build --watch` (one process,
 * the plan saved N times with one word changed back and forth; the time is the
 * build's own, as it prints it, after the 50 ms it waits for a save to settle) and
 * Typst's compiler kept in one process (bench/peers/typst-rebuild.mjs), the same
 * edit made to its markup. Medians of N rebuilds.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export async function vanbanRebuild(vanban, plansDir, dir, n, env) {
  mkdirSync(join(dir, '.git'), { recursive: true });
  for (const f of ['ninh-binh-2024.yaml', 'ninh-binh-2024.agencies.yaml']) copyFileSync(join(plansDir, f), join(dir, f));
  const plan = join(dir, 'ninh-binh-2024.yaml');
  const text = readFileSync(plan, 'utf8');
  const child = spawn(process.execPath, [vanban, 'build', plan, '--format', 'pdf', '--out', join(dir, 'out'), '--force', '--watch'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let said = '';
  const waiters = [];
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (t) => {
    said += t;
    for (const m of t.matchAll(/(?:Xong sau|Done in) (\d+) ms/g)) waiters.shift()?.(Number(m[1]));
  });
  const nextBuild = () => new Promise((resolve, reject) => {
    waiters.push(resolve);
    setTimeout(() => reject(new Error(`vanban --watch said nothing for 30 s:\n${said}`)), 30_000).unref();
  });
  const times = [];
  await nextBuild();
  for (let i = 1; i <= n; i++) {
    const next = nextBuild();
    writeFileSync(`${plan}.tmp`, i % 2 ? text.replace('Tăng cường tuyên truyền', 'Đẩy mạnh tuyên truyền') : text);
    renameSync(`${plan}.tmp`, plan);
    times.push(await next);
  }
  child.kill('SIGINT');
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export function typstRebuild(script, typ, fontDir, out, n, env) {
  const r = spawnSync(process.execPath, [script, typ, fontDir, out, String(n)], { encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(`typst rebuild failed: ${r.stderr}`);
  return Number(r.stdout.trim());
}
