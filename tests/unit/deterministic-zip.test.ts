import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipDeterministic } from '../../src/writers/docx/deterministic-zip.js';

const enc = (s: string) => new TextEncoder().encode(s);

/** Each local file header of a zip, in order: its name and compression method. */
function localHeaders(zip: Uint8Array): Array<{ name: string; method: number }> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out: Array<{ name: string; method: number }> = [];
  for (let at = 0; at + 30 <= zip.length; at++) {
    if (view.getUint32(at, true) !== 0x04034b50) continue;
    const nameLength = view.getUint16(at + 26, true);
    out.push({ name: new TextDecoder().decode(zip.subarray(at + 30, at + 30 + nameLength)), method: view.getUint16(at + 8, true) });
  }
  return out;
}

describe('zipDeterministic (the DOCX package)', () => {
  const parts = () => ({
    '[Content_Types].xml': enc('<Types/>'),
    '_rels/.rels': enc('<Relationships/>'),
    'word/document.xml': enc(`<w:document>${'<w:p><w:r><w:t>Nhiệm vụ</w:t></w:r></w:p>'.repeat(200)}</w:document>`),
    'docProps/core.xml': enc('<cp:coreProperties><dcterms:created xsi:type="dcterms:W3CDTF">2030-01-01T09:00:00Z</dcterms:created></cp:coreProperties>'),
  });

  it('keeps every part, in order, and stamps the document date instead of the clock', () => {
    const zip = zipDeterministic(parts(), '2024-02-05');
    const back = unzipSync(zip);
    expect(Object.keys(back)).toEqual(Object.keys(parts()));
    expect(back['word/document.xml']).toEqual(parts()['word/document.xml']);
    expect(new TextDecoder().decode(back['docProps/core.xml'])).toContain('>2024-02-05T00:00:00Z<');
  });

  it('deflates every part, the smallest too (a stored part after a data descriptor defeats streaming readers)', () => {
    const headers = localHeaders(zipDeterministic(parts(), '2024-02-05'));
    expect(headers.map((h) => h.name)).toEqual(Object.keys(parts()));
    expect(headers.every((h) => h.method === 8)).toBe(true);
  });

  it('gives the same bytes for the same parts', () => {
    expect(zipDeterministic(parts(), '2024-02-05')).toEqual(zipDeterministic(parts(), '2024-02-05'));
  });

  it('deflates a part again when its bytes change under the same name (parts are kept between files)', () => {
    const first = parts();
    const second = { ...parts(), 'word/document.xml': enc('<w:document><w:p><w:r><w:t>Khác</w:t></w:r></w:p></w:document>') };
    expect(unzipSync(zipDeterministic(first, '2024-02-05'))['word/document.xml']).toEqual(parts()['word/document.xml']);
    expect(unzipSync(zipDeterministic(second, '2024-02-05'))['word/document.xml']).toEqual(second['word/document.xml']);
    expect(unzipSync(zipDeterministic(parts(), '2024-02-05'))['word/document.xml']).toEqual(parts()['word/document.xml']);
  });
});
