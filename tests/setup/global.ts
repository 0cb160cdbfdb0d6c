import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** One run's folder for LibreOffice's PDFs of identical DOCX files (tests/helpers/soffice.ts); removed with tests/.tmp at the end. */
export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-lo-cache-'));
  process.env.VANBAN_LO_CACHE = dir;
  return () => {
    rmSync(dir, { recursive: true, force: true });
    // Folders the tests made inside the repository (tests/helpers/cli.ts: projectTemp).
    rmSync(join(ROOT, 'tests', '.tmp'), { recursive: true, force: true });
  };
}
