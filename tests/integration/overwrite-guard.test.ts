import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { sofficeAvailable } from '../helpers/soffice.js';

/**
 * An output is replaced only while its bytes are what vanban wrote. Every way a
 * file is edited in an office must keep it: by a program (python-docx), by a
 * re-save in another office suite, and by an incremental update of a PDF, which
 * is how annotations and every digital signature are added.
 */
const PLAN = 'plans/ninh-binh-2024.yaml';
// Debian's python3-docx installs for the system Python, which another python3 on PATH may hide.
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const pythonDocx = spawnSync(PYTHON, ['-c', 'import docx'], { encoding: 'utf8' }).status === 0;
if (!pythonDocx && process.env.CI === 'true') throw new Error('CI=true but python3-docx is missing: .ci/run must install it');
if (!pythonDocx) console.warn('[skip] python3-docx not found: the python-docx edit test is skipped (apt-get install python3-docx)');
const lo = sofficeAvailable();

async function built(format: string): Promise<{ dir: string; path: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-guard-'));
  expect((await runCli(['build', PLAN, '--out', dir, '--format', format])).code).toBe(0);
  return { dir, path: join(dir, `ninh-binh-2024.${format}`) };
}

async function expectKept(dir: string, format: string, edited: Buffer): Promise<void> {
  const path = join(dir, `ninh-binh-2024.${format}`);
  const refused = await runCli(['build', PLAN, '--out', dir, '--format', format]);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain(path);
  expect(refused.stderr).toContain('--force');
  expect(Buffer.compare(readFileSync(path), edited)).toBe(0);
  expect((await runCli(['build', PLAN, '--out', dir, '--format', format, '--force'])).code).toBe(0);
  expect(Buffer.compare(readFileSync(path), edited)).not.toBe(0);
  expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
}

/** The standard incremental update: a new Info object, an xref section and a trailer pointing back (/Prev). */
function appendIncrementalUpdate(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const startxref = Number([...text.matchAll(/startxref\s+(\d+)/g)].pop()![1]);
  const trailer = [...text.matchAll(/trailer\s*<<([\s\S]*?)>>\s*startxref/g)].pop()?.[1]
    // pdf-lib writes a cross-reference stream; its dictionary holds /Size and /Root.
    ?? /\/Type\s*\/XRef([\s\S]*?)stream/.exec(text)![1]!;
  const size = Number(/\/Size (\d+)/.exec(trailer)![1]);
  const root = /\/Root (\d+ \d+ R)/.exec(trailer)![1];
  const body = `\n${size} 0 obj\n<< /Producer (Adobe Acrobat Pro 2024) /Author (Nguyen Van A) >>\nendobj\n`;
  const xref = `xref\n${size} 1\n${String(pdf.length + 1).padStart(10, '0')} 00000 n \n`;
  const tail = `trailer\n<< /Size ${size + 1} /Root ${root} /Info ${size} 0 R /Prev ${startxref} >>\nstartxref\n${pdf.length + body.length}\n%%EOF\n`;
  return Buffer.concat([pdf, Buffer.from(body + xref + tail, 'latin1')]);
}

describe('edited outputs are never replaced without --force', () => {
  it.skipIf(!pythonDocx)('a DOCX edited with python-docx (which keeps lastModifiedBy = vanban)', async () => {
    const { dir, path } = await built('docx');
    execFileSync(PYTHON, ['-c', 'import docx,sys; d=docx.Document(sys.argv[1]); d.add_paragraph("ĐOẠN DO CHUYÊN VIÊN THÊM TAY"); d.save(sys.argv[1])', path]);
    await expectKept(dir, 'docx', readFileSync(path));
  });

  it.skipIf(!lo)('a DOCX re-saved by LibreOffice', async () => {
    const { dir, path } = await built('docx');
    const profile = mkdtempSync(join(tmpdir(), 'vanban-lo-profile-'));
    const resaved = mkdtempSync(join(tmpdir(), 'vanban-resave-'));
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', resaved, path], { stdio: 'pipe' });
    copyFileSync(join(resaved, 'ninh-binh-2024.docx'), path);
    await expectKept(dir, 'docx', readFileSync(path));
  });

  it('a DOCX edited in its XML, with lastModifiedBy left as it was', async () => {
    const { dir, path } = await built('docx');
    const { unzipSync, zipSync, strFromU8, strToU8 } = await import('fflate');
    const parts = unzipSync(readFileSync(path));
    parts['word/document.xml'] = strToU8(strFromU8(parts['word/document.xml']!).replace('Ninh Bình', 'Ninh  Bình'));
    writeFileSync(path, zipSync(parts));
    await expectKept(dir, 'docx', readFileSync(path));
  });

  it('a PDF with an incremental update (annotation, digital signature)', async () => {
    const { dir, path } = await built('pdf');
    writeFileSync(path, appendIncrementalUpdate(readFileSync(path)));
    await expectKept(dir, 'pdf', readFileSync(path));
  });

  it('a file vanban has no record of (no manifest entry) is kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-guard-'));
    writeFileSync(join(dir, 'ninh-binh-2024.pdf'), '%PDF-1.7 someone else\'s');
    await expectKept(dir, 'pdf', readFileSync(join(dir, 'ninh-binh-2024.pdf')));
  });

  it('an unchanged output is replaced without --force, and the manifest records it', async () => {
    const { dir } = await built('docx');
    expect((await runCli(['build', PLAN, '--out', dir, '--format', 'docx'])).code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(dir, '.vanban-manifest.json'), 'utf8')) as Record<string, string>;
    expect(Object.keys(manifest)).toEqual(['ninh-binh-2024.docx']);
    expect(manifest['ninh-binh-2024.docx']).toMatch(/^[0-9a-f]{64}$/);
  });
});
