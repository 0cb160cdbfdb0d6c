import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeDocx } from '../../src/writers/docx/docx-writer.js';
import { writePdf } from '../../src/writers/pdf/pdf-writer.js';
import { buildModel, PLANS } from '../helpers/build.js';
import { documentParagraphs, docxParts } from '../helpers/docx.js';
import { pdfLines, sameLineEnds } from '../helpers/pdf-lines.js';
import { convertToPdf, pdfPages, pdfText, sofficeAvailable } from '../helpers/soffice.js';
import { words } from '../helpers/words.js';

const poppler = spawnSync('pdftotext', ['-v']).status === 0;
const hasQpdf = spawnSync('qpdf', ['--version']).status === 0;
if (process.env.CI === 'true' && (!poppler || !hasQpdf)) throw new Error('CI=true but poppler-utils or qpdf is missing');
const lo = sofficeAvailable();


describe.skipIf(!poppler).each(Object.entries(PLANS))('our PDF of %s', (key, plan) => {
  const dir = mkdtempSync(join(tmpdir(), `vanban-pdf-${key}-`));
  const ours = join(dir, `${key}.pdf`);
  const docxPath = join(dir, `${key}.docx`);
  let docxText = '';
  beforeAll(async () => {
    const model = await buildModel(plan);
    writeFileSync(ours, await writePdf(model));
    const docx = await writeDocx(model);
    writeFileSync(docxPath, docx);
    docxText = documentParagraphs(docxParts(docx)).map((p) => p.text).join('\n');
  });

  it('has the same words, in order, as the DOCX', () => {
    // -raw reads the content stream in drawing order: ours is the document's logical order (the
    // default reading order swaps the motto and the number line, for LibreOffice's PDF too).
    // The page numbers are the only words the DOCX body does not hold.
    const pdfWords = pdfText(ours, ['-raw']).split('\f').map((page, i) => (i === 0 ? page : page.replace(/^\s*\d+\s*\n/, ''))).join('\n');
    expect(words(pdfWords)).toEqual(words(docxText));
  });

  it('embeds every font (pdffonts) and passes qpdf --check', () => {
    const fonts = execFileSync('pdffonts', [ours], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const f of fonts) expect(f.split(/\s+/).slice(-5, -4)[0]).toBe('yes');
    if (hasQpdf) expect(spawnSync('qpdf', ['--check', ours]).status).toBe(0);
  });

  it('carries the metadata: title, author, subject, language, the document date, bookmarks', () => {
    const info = execFileSync('pdfinfo', [ours], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+\S/);
    expect(info).toMatch(/Author:\s+(BAN|ỦY)/);
    expect(info).toMatch(/Subject:\s+Kế hoạch Số|Subject:\s+Kế hoạch/);
    expect(info).toMatch(/Producer:\s+vanban/);
    // Keywords parted by semicolons: one holds a comma ("phòng, chống mua bán người").
    expect(info).toMatch(/Keywords:\s+\S.*; /);
    if (key === 'ninhBinh') expect(info).toMatch(/Keywords:\s+phòng, chống mua bán người; Ban Chỉ đạo 138/);
    const year = { ninhBinh: '2024', dongNai: '2016', giaLai: '2025' }[key];
    expect(info).toMatch(new RegExp(`CreationDate:.*${year}`));
    const raw = readFileSync(ours, 'latin1');
    expect(raw).toContain('/Lang');
    expect(raw).toContain('/Outlines');
    expect((raw.match(/\/Dest \[/g) ?? []).length).toBeGreaterThan(5);
  });

  it('is byte-identical when built twice', async () => {
    const again = await writePdf(await buildModel(plan));
    expect(Buffer.compare(Buffer.from(again), readFileSync(ours))).toBe(0);
  });

  it.skipIf(!lo)('matches LibreOffice: same pages, ≥ 99 % of lines end on the same word', () => {
    const theirs = convertToPdf(docxPath);
    expect(pdfPages(ours)).toBe(pdfPages(theirs));
    const { share, differing } = sameLineEnds(pdfLines(ours), pdfLines(theirs));
    console.log(`${key}: ${pdfPages(ours)} pages; ${(share * 100).toFixed(1)} % of LibreOffice's lines end on the same word in ours; differing: ${JSON.stringify(differing)}`);
    expect(share).toBeGreaterThanOrEqual(0.99);
  });
});
