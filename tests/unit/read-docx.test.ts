import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DOCX_LIMITS } from '../../src/env/limits.js';
import { formatNumber, readDocx } from '../../src/import/read-docx.js';
import { SOURCE_NAMESPACE } from '../../src/writers/docx/source-part.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const p = (text: string, numId?: number, ilvl = 0) =>
  `<w:p>${numId ? `<w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>` : ''}<w:r><w:t>${text}</w:t></w:r></w:p>`;
const lvl = (ilvl: number, fmt: string, text: string, extra = '') => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;

function docx(body: string, numbering: string): Uint8Array {
  return zipSync({
    'word/document.xml': strToU8(`<w:document ${W}><w:body>${body}</w:body></w:document>`),
    'word/numbering.xml': strToU8(`<w:numbering ${W}>${numbering}</w:numbering>`),
  });
}

describe('readDocx: Word list numbering counted as Word prints it (made-up paragraphs)', () => {
  const abstract = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'upperRoman', '%1.')}${lvl(1, 'decimal', '%2.')}${lvl(2, 'lowerLetter', '%3)')}</w:abstractNum>`;

  it('one counter set per abstract definition: a second num of the same list carries on; deeper levels restart under a new parent', () => {
    const r = readDocx(docx(
      p('MỤC TIÊU', 1) + p('Một', 1, 1) + p('Hai', 1, 1) + p('NHIỆM VỤ', 2) + p('Ba', 2, 1) + p('việc a', 2, 2) + p('việc b', 2, 2) + p('Bốn', 2, 1) + p('việc c', 2, 2),
      `${abstract}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>`,
    ));
    expect(r.ok && r.paragraphs.map((x) => x.text)).toEqual(['I. MỤC TIÊU', '1. Một', '2. Hai', 'II. NHIỆM VỤ', '1. Ba', 'a) việc a', 'b) việc b', '2. Bốn', 'a) việc c']);
  });

  it('startOverride restarts a num at its first paragraph; lvlRestart 0 never restarts a level', () => {
    const never = `<w:abstractNum w:abstractNumId="1">${lvl(0, 'decimal', '%1.')}${lvl(1, 'lowerLetter', '%2)', '<w:lvlRestart w:val="0"/>')}</w:abstractNum>`;
    const r = readDocx(docx(
      p('A', 1) + p('x', 1, 1) + p('B', 1) + p('y', 1, 1) + p('C', 3) + p('z', 3, 1),
      `${never}<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>`,
    ));
    expect(r.ok && r.paragraphs.map((x) => x.text)).toEqual(['1. A', 'a) x', '2. B', 'b) y', '5. C', 'c) z']);
  });

  it('bullets read as dashes; tables cell by cell; what is not a DOCX says why', () => {
    const r = readDocx(docx(
      `<w:tbl><w:tr><w:tc>${p('ỦY BAN NHÂN DÂN')}</w:tc><w:tc>${p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')}</w:tc></w:tr></w:tbl>${p('việc', 1)}`,
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'bullet', '\uF0B7')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
    ));
    expect(r.ok && r.paragraphs.map((x) => x.text)).toEqual(['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '- việc']);
    expect(readDocx(strToU8('không phải zip'))).toEqual({ ok: false, reason: 'not-zip' });
    expect(readDocx(zipSync({ 'a.txt': strToU8('x') }))).toEqual({ ok: false, reason: 'no-document' });
  });

  it('a numbered paragraph deleted whole with Track Changes counts no more when accepted, and counts again when rejected', () => {
    const del = '<w:del w:id="1" w:author="a" w:date="2024-01-01T00:00:00Z"/>';
    const gone = `<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:rPr>${del}</w:rPr></w:pPr><w:del w:id="2" w:author="a" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>Hai</w:delText></w:r></w:del></w:p>`;
    const file = docx(p('MỤC TIÊU', 1) + p('Một', 1, 1) + gone + p('Ba', 1, 1), `${abstract}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`);
    const accepted = readDocx(file);
    expect(accepted.ok && accepted.paragraphs.map((x) => x.text)).toEqual(['I. MỤC TIÊU', '1. Một', '2. Ba']);
    const rejected = readDocx(file, { tracked: 'reject' });
    expect(rejected.ok && rejected.paragraphs.map((x) => x.text)).toEqual(['I. MỤC TIÊU', '1. Một', '2. Hai', '3. Ba']);
    expect(accepted.ok && accepted.paragraphs[1]!.listNumber).toBe('1.');
  });

  it('formats numbers as Word does', () => {
    expect([1, 4, 9, 14].map((n) => formatNumber(n, 'upperRoman'))).toEqual(['I', 'IV', 'IX', 'XIV']);
    expect([1, 26, 27].map((n) => formatNumber(n, 'lowerLetter'))).toEqual(['a', 'z', 'aa']);
    expect(formatNumber(5, 'decimalZero')).toBe('05');
  });
});

describe('readDocx: every part bounded (R25, R26; made-up files)', () => {
  const doc = (body: string) => strToU8(`<w:document ${W}><w:body>${body}</w:body></w:document>`);
  const limitOf = (r: ReturnType<typeof readDocx>) => (!r.ok && r.reason === 'limit' ? r.limit : r.ok ? 'ok' : r.reason);

  it('a part that inflates past its limit, or compresses like no XML does, is refused before it is inflated', () => {
    const big = new Uint8Array(DOCX_LIMITS.partBytes + 1).fill(0x20);
    expect(limitOf(readDocx(zipSync({ 'word/document.xml': big }, { level: 0 })))).toBe('partBytes');
    const padded = strToU8(`<w:document ${W}><w:body>${p('x')}</w:body></w:document>${' '.repeat(4 * 1024 * 1024)}`);
    expect(limitOf(readDocx(zipSync({ 'word/document.xml': padded }, { level: 9 })))).toBe('ratio');
  });

  it('a zip whose directory understates a part is cut at the stated size, never inflated past it', () => {
    const real = doc(p('Nội dung thật.') + p('x'.repeat(100_000)));
    const zip = zipSync({ 'word/document.xml': real }, { level: 9 });
    // The stated (uncompressed) size in the central directory and the local header: 200 bytes.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    for (let i = 0; i < zip.length - 4; i++) {
      const sig = view.getUint32(i, true);
      if (sig === 0x04034b50) view.setUint32(i + 22, 200, true);
      if (sig === 0x02014b50) view.setUint32(i + 24, 200, true);
    }
    const r = readDocx(zip);
    expect(r.ok ? r.paragraphs.map((x) => x.text).join('').length : 0).toBeLessThanOrEqual(200);
  });

  it('elements nested past the depth limit, an attribute past its length, are refused (no recursion to overflow)', () => {
    const deep = '<w:sdt><w:sdtContent>'.repeat(DOCX_LIMITS.depth) + p('x') + '</w:sdtContent></w:sdt>'.repeat(DOCX_LIMITS.depth);
    expect(limitOf(readDocx(zipSync({ 'word/document.xml': doc(deep) }, { level: 0 })))).toBe('depth');
    const hundredThousand = '<w:r>'.repeat(100_000) + '</w:r>'.repeat(100_000);
    expect(limitOf(readDocx(zipSync({ 'word/document.xml': doc(`<w:p>${hundredThousand}</w:p>`) }, { level: 0 })))).toBe('depth');
    const attr = `<w:p><w:bookmarkStart w:name="${'a'.repeat(DOCX_LIMITS.attributeChars + 1)}"/></w:p>`;
    expect(limitOf(readDocx(zipSync({ 'word/document.xml': doc(attr) }, { level: 0 })))).toBe('attributeChars');
  });

  it('more entries than the limit, or more carried files, are refused', () => {
    const many: Record<string, Uint8Array> = { 'word/document.xml': doc(p('x')) };
    for (let i = 0; i < DOCX_LIMITS.parts; i++) many[`junk/${i}.bin`] = new Uint8Array(1);
    expect(limitOf(readDocx(zipSync(many, { level: 0 })))).toBe('parts');
    const files = Array.from({ length: DOCX_LIMITS.carriedFiles + 1 }, (_, i) => `<vb:file path="f${i}.yaml">{}</vb:file>`).join('');
    const carried = strToU8(`<vb:source xmlns:vb="${SOURCE_NAMESPACE}" fingerprint="x">${files}</vb:source>`);
    expect(limitOf(readDocx(zipSync({ 'word/document.xml': doc(p('x')), 'customXml/item1.xml': carried }, { level: 0 })))).toBe('carriedFiles');
  });
});
