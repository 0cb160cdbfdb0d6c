import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxParts } from '../helpers/docx.js';
import { spawnCli } from '../helpers/cli.js';

describe('determinism', () => {
  it('two builds of the same plan, in different time zones, are byte-identical (spawned: the zone is read at start-up)', () => {
    const a = mkdtempSync(join(tmpdir(), 'vanban-det-a-'));
    const b = mkdtempSync(join(tmpdir(), 'vanban-det-b-'));
    // The second run also starts from the code cache the first one wrote: neither may change a byte.
    expect(spawnCli(['build', 'plans', '--out', a, '--format', 'docx,pdf'], { env: { TZ: 'Asia/Ho_Chi_Minh' } }).code).toBe(0);
    expect(spawnCli(['build', 'plans', '--out', b, '--format', 'docx,pdf'], { env: { TZ: 'America/Los_Angeles' } }).code).toBe(0);
    for (const name of ['ninh-binh-2024.docx', 'dong-nai-2016.docx', 'ninh-binh-2024.pdf', 'gia-lai-2025.pdf']) {
      const x = readFileSync(join(a, name));
      const y = readFileSync(join(b, name));
      expect(x.length).toBeGreaterThan(5000);
      expect(Buffer.compare(x, y)).toBe(0);
    }
  });
  it('stamps the document date, not the clock, into core.xml', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-det-c-'));
    spawnCli(['build', 'plans/ninh-binh-2024.yaml', '--out', dir]);
    const core = docxParts(readFileSync(join(dir, 'ninh-binh-2024.docx')))['docProps/core.xml']!;
    expect(core).toContain('>2024-02-05T00:00:00Z</dcterms:created>');
    expect(core).toContain('>2024-02-05T00:00:00Z</dcterms:modified>');
    expect(core).toContain('<cp:lastModifiedBy>vanban</cp:lastModifiedBy>');
  });
});
