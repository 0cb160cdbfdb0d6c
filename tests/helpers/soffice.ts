import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/**
 * LibreOffice as the real client that reads our DOCX. Locally the tests that
 * need it skip with a message when it is absent; under CI=true they must run.
 */
export function sofficeAvailable(): boolean {
  const r = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  const ok = r.status === 0 && spawnSync('pdftotext', ['-v']).status === 0;
  if (!ok && process.env.CI === 'true') {
    throw new Error('CI=true but soffice/pdftotext are missing: .ci/run must install libreoffice-writer-nogui and poppler-utils');
  }
  if (!ok) console.warn('[skip] LibreOffice (soffice) or pdftotext not found: DOCX → PDF tests are skipped. Install libreoffice-writer-nogui poppler-utils to run them.');
  return ok;
}

/**
 * Converts with a private profile: two soffice processes sharing one fail silently.
 * Several test files convert the same DOCX (the example plans): within one run
 * (VANBAN_LO_CACHE, set by tests/setup/global.ts) a DOCX is converted once, found
 * again by a hash of its bytes, so the same input always gives the same PDF.
 */
export function convertToPdf(docxPath: string): string {
  const cacheDir = process.env.VANBAN_LO_CACHE;
  const key = createHash('sha256').update(readFileSync(docxPath)).digest('hex');
  const cached = cacheDir ? join(cacheDir, `${key}.pdf`) : undefined;
  if (cached && existsSync(cached)) return cached;
  const batched = cacheDir ? fromBatch(cacheDir, key) : undefined;
  if (batched) return batched;
  const pdf = convertNow(docxPath);
  if (cached) {
    const tmp = `${cached}.${process.pid}.tmp`;
    copyFileSync(pdf, tmp);
    renameSync(tmp, cached);
  }
  return pdf;
}

/**
 * The PDF of a DOCX the global setup sent to LibreOffice in its batch
 * (tests/setup/global.ts), once the batch is done; undefined when the DOCX was
 * not in it or the batch made no PDF of it.
 */
function fromBatch(cacheDir: string, key: string): string | undefined {
  const list = join(cacheDir, 'batch.list');
  if (!existsSync(list) || !readFileSync(list, 'utf8').split('\n').includes(key)) return undefined;
  const deadline = Date.now() + 120_000;
  while (!existsSync(join(cacheDir, 'batch.done')) && Date.now() < deadline) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  const pdf = join(cacheDir, 'batch-out', `${key}.pdf`);
  return existsSync(pdf) ? pdf : undefined;
}

function convertNow(docxPath: string): string {
  const out = mkdtempSync(join(tmpdir(), 'vanban-lo-'));
  const profile = mkdtempSync(join(tmpdir(), 'vanban-lo-profile-'));
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, docxPath], { stdio: 'pipe', timeout: 120_000 });
  return join(out, basename(docxPath).replace(/\.docx$/, '.pdf'));
}

/** Many DOCX files in one LibreOffice run (it spends ~4 s starting): each one's PDF, by its path. */
export function convertAllToPdf(docxPaths: readonly string[]): Map<string, string> {
  const out = mkdtempSync(join(tmpdir(), 'vanban-lo-'));
  const profile = mkdtempSync(join(tmpdir(), 'vanban-lo-profile-'));
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, ...docxPaths], { stdio: 'pipe', timeout: 300_000 });
  return new Map(docxPaths.map((p) => [p, join(out, basename(p).replace(/\.docx$/, '.pdf'))]));
}

export function pdfText(pdfPath: string, args: readonly string[] = []): string {
  return execFileSync('pdftotext', [...args, pdfPath, '-'], { encoding: 'utf8' });
}

export function pdfPages(pdfPath: string): number {
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
}

export const readText = (p: string) => readFileSync(p, 'utf8');
