import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDocx } from '../../src/writers/docx/docx-writer.js';
import { buildDecisionModel, buildDocx, PLANS } from '../helpers/build.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * One run's folder for LibreOffice's PDFs of identical DOCX files
 * (tests/helpers/soffice.ts), removed with tests/.tmp at the end. LibreOffice
 * spends ~4 s starting and ~0.3 s a document, so the example plans, which several
 * test files convert, go to it in one batch started here; the tests go on
 * meanwhile, and one that needs a PDF of the batch waits for it.
 */
export default async function setup(): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-lo-cache-'));
  process.env.VANBAN_LO_CACHE = dir;
  let batch: ChildProcess | undefined;
  if (spawnSync('soffice', ['--version']).status === 0) batch = await startBatch(dir);
  return () => {
    batch?.removeAllListeners('exit');
    batch?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    // Folders the tests made inside the repository (tests/helpers/cli.ts: projectTemp).
    rmSync(join(ROOT, 'tests', '.tmp'), { recursive: true, force: true });
  };
}

async function startBatch(dir: string): Promise<ChildProcess> {
  const inputs = join(dir, 'batch');
  mkdirSync(inputs);
  const hashes: string[] = [];
  const documents = [...Object.values(PLANS).map((p) => () => buildDocx(p)), async () => writeDocx(await buildDecisionModel())];
  for (const build of documents) {
    const bytes = await build();
    const hash = createHash('sha256').update(bytes).digest('hex');
    writeFileSync(join(inputs, `${hash}.docx`), bytes);
    hashes.push(hash);
  }
  writeFileSync(join(dir, 'batch.list'), hashes.join('\n'));
  const profile = mkdtempSync(join(tmpdir(), 'vanban-lo-profile-'));
  const child = spawn('soffice', [
    `-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'batch-out'),
    ...hashes.map((h) => join(inputs, `${h}.docx`)),
  ], { stdio: 'ignore' });
  child.on('exit', () => writeFileSync(join(dir, 'batch.done'), ''));
  return child;
}
