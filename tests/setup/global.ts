import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One run's shared folder for LibreOffice's PDFs of identical DOCX files (tests/helpers/soffice.ts). */
export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-lo-cache-'));
  process.env.VANBAN_LO_CACHE = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
