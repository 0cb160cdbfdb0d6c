import { beforeAll, describe, expect, it } from 'vitest';
import { attr, docxParts, paragraphs, styleXml, tables, type Para } from '../helpers/docx.js';
import { buildDocx, PLANS } from '../helpers/build.js';

/** The DOCX read back part by part: page, header table, title, body, closing, page numbers. */
let nb: Record<string, string>;
let dn: Record<string, string>;

beforeAll(async () => {
  nb = docxParts(await buildDocx(PLANS.ninhBinh));
  dn = docxParts(await buildDocx(PLANS.dongNai));
});

const body = (parts: Record<string, string>) => parts['word/document.xml']!;
const styles = (parts: Record<string, string>) => parts['word/styles.xml']!;
/** Paragraphs after the header table. */
const bodyParas = (parts: Record<string, string>): Para[] => {
  const xml = body(parts);
  const afterHeader = xml.slice(xml.indexOf('</w:tbl>') + 8);
  return paragraphs(afterHeader.slice(0, afterHeader.lastIndexOf('<w:tbl>')), parts['word/numbering.xml']);
};
const styleHas = (parts: Record<string, string>, id: string, fragment: string) => styleXml(styles(parts), id).includes(fragment);

describe('page', () => {
  it('is A4 with margins inside the decree ranges (T20 B20 L30 R15 mm)', async () => {
    const sect = /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(body(nb))![0];
    expect(attr(sect, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attr(sect, 'w:pgSz', 'w:h')).toBe('16838');
    const mm = (k: string) => Number(attr(sect, 'w:pgMar', k)) * 25.4 / 1440;
    expect(mm('w:top')).toBeCloseTo(20, 0);
    expect(mm('w:bottom')).toBeCloseTo(20, 0);
    expect(mm('w:left')).toBeCloseTo(30, 0);
    expect(mm('w:right')).toBeCloseTo(15, 0);
    for (const k of ['w:top', 'w:bottom']) expect(mm(k)).toBeGreaterThanOrEqual(19.9);
  });
  it('sets Times New Roman 14 pt as the document font', async () => {
    const defaults = /<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(styles(nb))![0];
    expect(defaults).toContain('w:ascii="Times New Roman"');
    expect(defaults).toContain('<w:sz w:val="28"/>');
  });
});

describe('header table', () => {
  const header = () => paragraphs(tables(body(nb))[0]!);
  it('holds the names, motto, number and date in order', async () => {
    expect(header().map((p) => p.text).filter(Boolean)).toEqual([
      'UBND TỈNH NINH BÌNH', 'BAN CHỈ ĐẠO 138', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
      'Số: 22/KH-BCĐ', 'Ninh Bình, ngày 05 tháng 02 năm 2024',
    ]);
  });
  it('has no borders and two columns, the right one wide enough for the Quốc hiệu', async () => {
    const t = tables(body(nb))[0]!;
    expect(t).toContain('<w:top w:val="none"');
    expect(t).toContain('<w:insideV w:val="none"');
    const cols = [...t.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(cols).toHaveLength(2);
    expect(cols[1]! * 25.4 / 1440).toBeGreaterThanOrEqual(99);
  });
  it('sets bold, italic and sizes as the decree asks', async () => {
    const byText = (t: string) => header().find((p) => p.text === t)!.runs[0]!;
    const cellSize = Number(/<w:sz w:val="(\d+)"/.exec(styleXml(styles(nb), 'VBHeaderCell'))![1]);
    expect(cellSize).toBe(26); // 13 pt
    expect(byText('UBND TỈNH NINH BÌNH')).toMatchObject({ bold: false, italic: false });
    expect(byText('BAN CHỈ ĐẠO 138')).toMatchObject({ bold: true });
    expect(byText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toMatchObject({ bold: true });
    expect(byText('Độc lập - Tự do - Hạnh phúc')).toMatchObject({ bold: true, size: 28 });
    expect(byText('Số: 22/KH-BCĐ')).toMatchObject({ bold: false, italic: false });
    expect(byText('Ninh Bình, ngày 05 tháng 02 năm 2024')).toMatchObject({ italic: true, size: 28 });
  });
  it('draws both rules: a short one under the issuer, one as long as the motto', async () => {
    const rules = header().filter((p) => p.style === 'VBRule');
    expect(rules).toHaveLength(2);
    const t = tables(body(nb))[0]!;
    const cols = [...t.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    const width = (p: Para, col: number) => cols[col]! - 2 * 57 - Number(attr(p.xml, 'w:ind', 'w:left')) - Number(attr(p.xml, 'w:ind', 'w:right'));
    for (const r of rules) expect(r.xml).toMatch(/<w:bottom w:val="single"/);
    // "BAN CHỈ ĐẠO 138" 13 pt bold is ~117 pt wide; the rule is 1/3–1/2 of it.
    const issuerRule = width(rules[0]!, 0) / 20;
    expect(issuerRule).toBeGreaterThan(117 / 3);
    expect(issuerRule).toBeLessThan(117 / 2);
    // "Độc lập - Tự do - Hạnh phúc" 14 pt bold is ~171 pt wide.
    expect(width(rules[1]!, 1) / 20).toBeCloseTo(171, -1);
  });
  it('breaks the issuer over the lines the plan gives', async () => {
    const texts = paragraphs(tables(body(dn))[0]!).map((p) => p.text).filter(Boolean);
    expect(texts.slice(0, 2)).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH ĐỒNG NAI']);
    expect(texts).toContain('Số: 12089/KH-UBND');
    expect(texts).toContain('Đồng Nai, ngày 12 tháng 12 năm 2016');
  });
});

describe('title block', () => {
  it('prints KẾ HOẠCH and the subject in bold 14, centred, with a short rule under the subject', async () => {
    const paras = bodyParas(nb);
    expect(paras[0]).toMatchObject({ style: 'VBTitle', text: 'KẾ HOẠCH' });
    expect(paras[1]).toMatchObject({ style: 'VBTitle', text: 'Thực hiện công tác phòng, chống mua bán người năm 2024' });
    expect(paras[2]!.style).toBe('VBRule');
    expect(paras[2]!.xml).toMatch(/<w:bottom w:val="single"/);
    const title = styleXml(styles(nb), 'VBTitle');
    expect(title).toContain('<w:b/>');
    expect(title).toContain('<w:sz w:val="28"/>');
    expect(title).toContain('<w:jc w:val="center"/>');
  });
});

describe('body', () => {
  it('is 14 pt, justified, indented 1.27 cm, ≥ 6 pt apart, single to 1.5 spacing, in a named style', async () => {
    const s = styleXml(styles(nb), 'VBBody');
    expect(s).toContain('<w:sz w:val="28"/>');
    expect(s).toContain('<w:jc w:val="both"/>');
    expect(attr(s, 'w:ind', 'w:firstLine')).toBe('720');
    expect(Number(attr(s, 'w:spacing', 'w:before'))).toBeGreaterThanOrEqual(120);
    const line = Number(attr(s, 'w:spacing', 'w:line'));
    expect(line).toBeGreaterThanOrEqual(240);
    expect(line).toBeLessThanOrEqual(360);
  });
  it('uses named heading styles that a user can restyle in Word', async () => {
    for (const level of [1, 2, 3]) {
      const s = styleXml(styles(nb), `Heading${level}`);
      expect(s).toContain('<w:keepNext/>');
      expect(s).toContain('<w:b/>');
    }
    const heads = bodyParas(nb).filter((p) => p.style?.startsWith('Heading'));
    expect(heads.slice(0, 4).map((p) => p.text)).toEqual([
      'I. MỤC TIÊU, YÊU CẦU', 'II. NHIỆM VỤ TRỌNG TÂM VÀ PHÂN CÔNG THỰC HIỆN',
      '1. Công tác tham mưu, chỉ đạo thực hiện', '2. Công tác truyền thông, phòng ngừa tội phạm mua bán người',
    ]);
    expect(heads.find((p) => p.text.startsWith('2.1.'))?.style).toBe('Heading3');
  });
  it('numbers seed 001 as I. / 1. / 2.1. / - and seed 002 as I. / 1. / a) … đ)', async () => {
    const nbNumbers = bodyParas(nb).map((p) => /^(\S+) /.exec(p.text)?.[1]);
    expect(nbNumbers).toContain('2.3.');
    expect(bodyParas(nb).filter((p) => p.text.startsWith('- ')).length).toBeGreaterThan(15);
    const paras = bodyParas(dn).map((p) => p.text);
    const start = paras.indexOf('2. Các chỉ tiêu cụ thể');
    expect(paras.slice(start + 1, start + 6).map((t) => t.slice(0, 3))).toEqual(['a) ', 'b) ', 'c) ', 'd) ', 'đ) ']);
    const v1 = paras.indexOf('1. Sở Lao động - Thương binh và Xã hội');
    expect(paras.slice(v1 + 1, v1 + 11).map((t) => t.split(' ')[0])).toEqual(['a)', 'b)', 'c)', 'd)', 'đ)', 'e)', 'g)', 'h)', 'i)', 'k)']);
    expect(paras).toContain('4. Đề nghị Hội Liên hiệp Phụ nữ tỉnh');
    expect(paras).toContain('5. Đề nghị Viện Kiểm sát nhân dân tỉnh');
  });
  it('writes the chủ trì / phối hợp phrases in italics after the task', async () => {
    const p = bodyParas(nb).find((x) => x.text.includes('việc nhẹ lương cao'))!;
    expect(p.text.endsWith('(Công an tỉnh chủ trì, phối hợp với Sở Giáo dục và Đào tạo, UBND các huyện, thành phố thực hiện).')).toBe(true);
    const phrase = p.runs.find((r) => r.text.startsWith('Công an tỉnh chủ trì'))!;
    expect(phrase.italic).toBe(true);
    expect(p.runs[p.runs.length - 1]!.italic).toBe(false);
    const texts = bodyParas(nb).map((x) => x.text);
    expect(texts.some((t) => t.includes('(các sở, ngành thành viên và UBND các huyện, thành phố thực hiện).'))).toBe(true);
    expect(texts).toContain('(Công an tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh phối hợp với các sở, ngành, UBND các huyện, thành phố thực hiện).');
  });
  it('ends the body with "./."', async () => {
    const last = bodyParas(nb).filter((p) => p.style === 'VBBody').pop()!;
    expect(last.text.endsWith('theo quy định./.')).toBe(true);
    expect(bodyParas(dn).filter((p) => p.style === 'VBBody').pop()!.text.endsWith('theo quy định./.')).toBe(true);
  });
});

describe('closing block', () => {
  const closing = (parts: Record<string, string>) => tables(body(parts)).pop()!;
  it('keeps Nơi nhận and the signature in one row that does not split', async () => {
    expect(closing(nb)).toContain('<w:cantSplit/>');
    expect(closing(nb)).toContain('<w:top w:val="none"');
  });
  it('prints Nơi nhận in bold italic 12 and the items in 11 pt, Lưu last', async () => {
    const paras = paragraphs(closing(nb));
    expect(paras[0]).toMatchObject({ style: 'VBRecipientsHeading', text: 'Nơi nhận:' });
    const head = styleXml(styles(nb), 'VBRecipientsHeading');
    expect(head).toContain('<w:b/>');
    expect(head).toContain('<w:i/>');
    expect(head).toContain('<w:sz w:val="24"/>');
    expect(styleXml(styles(nb), 'VBRecipients')).toContain('<w:sz w:val="22"/>');
    const items = paras.filter((p) => p.style === 'VBRecipients').map((p) => p.text);
    expect(items).toEqual([
      '- Văn phòng Chính phủ;', '- Văn phòng Bộ Công an;', '- Lãnh đạo UBND tỉnh;', '- Các sở, ban, ngành, đoàn thể thành viên;',
      '- UBND các huyện, thành phố;', '- Lưu: VT, VP6.', 'PD_VP6_03.KH138',
    ]);
  });
  it('prints the signature: authority and titles in capitals, bold; then the name', async () => {
    const sig = paragraphs(closing(dn)).filter((p) => p.style === 'VBSignature').map((p) => p.text);
    expect(sig).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Hòa Hiệp']);
    expect(styleXml(styles(dn), 'VBSignature')).toContain('<w:b/>');
    const name = paragraphs(closing(dn)).find((p) => p.text === 'Nguyễn Hòa Hiệp')!;
    expect(Number(attr(name.xml, 'w:spacing', 'w:before'))).toBeGreaterThanOrEqual(1200); // room to sign and seal
  });
});

describe('page numbers', () => {
  it('are a PAGE field with a cached value in the default header, and absent on page 1', async () => {
    const sect = /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(body(nb))![0];
    expect(sect).toContain('<w:titlePg/>');
    const rels = nb['word/_rels/document.xml.rels']!;
    const target = (type: string) => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"`).exec(sect)![1];
      return nb[`word/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1]}`]!;
    };
    expect(target('default')).toMatch(/<w:fldSimple w:instr="PAGE"><w:r><w:t[^>]*>\d+<\/w:t><\/w:r><\/w:fldSimple>/);
    expect(target('first')).not.toContain('PAGE');
    expect(styleXml(styles(nb), 'Header')).toContain('<w:jc w:val="center"/>');
  });
});

describe('a Báo cáo passes the same format checks', () => {
  let parts: Record<string, string>;
  beforeAll(async () => {
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { runCli } = await import('../helpers/cli.js');
    const dir = mkdtempSync(join(tmpdir(), 'vanban-bc-format-'));
    expect((await runCli(['build', 'outlines/bao-cao-mau/cong-an-tinh.yaml', '--out', dir])).code).toBe(0);
    parts = docxParts(readFileSync(join(dir, 'cong-an-tinh.docx')));
  });
  it('page, header table with both rules, "Số: …/BC-…", title, numbering, Nơi nhận, signature, page numbers', async () => {
    const xml = body(parts);
    const sect = /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(xml)![0];
    expect(attr(sect, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attr(sect, 'w:pgMar', 'w:left')).toBe('1701');
    expect(sect).toContain('<w:titlePg/>');
    const header = paragraphs(tables(xml)[0]!);
    expect(header.filter((p) => p.style === 'VBRule')).toHaveLength(2);
    expect(header.map((p) => p.text)).toContain('Số: 101/BC-CAT');
    expect(header.find((p) => p.text === 'CÔNG AN TỈNH GIA LAI')!.runs[0]!.bold).toBe(true);
    expect(header.find((p) => p.text === 'Gia Lai, ngày 18 tháng 6 năm 2025')!.runs[0]!.italic).toBe(true);
    const paras = bodyParas(parts);
    expect(paras[0]).toMatchObject({ style: 'VBTitle', text: 'BÁO CÁO' });
    expect(paras.map((p) => p.text)).toContain('Kính gửi: Ủy ban nhân dân tỉnh Gia Lai');
    expect(paras.filter((p) => p.style?.startsWith('Heading')).map((p) => p.text)).toContain('I. TÌNH HÌNH, DIỄN BIẾN TỘI PHẠM MUA BÁN NGƯỜI');
    const closing = paragraphs(tables(xml).pop()!);
    expect(closing[0]).toMatchObject({ style: 'VBRecipientsHeading', text: 'Nơi nhận:' });
    expect(closing.filter((p) => p.style === 'VBRecipients').pop()!.text).toBe('- Lưu: VT.');
    expect(closing.filter((p) => p.style === 'VBSignature').map((p) => p.text)).toEqual(['THỦ TRƯỞNG CƠ QUAN', 'Nguyễn Văn Mẫu']);
  });
});

describe('a Quyết định passes the same format checks', () => {
  let parts: Record<string, string>;
  beforeAll(async () => {
    const { buildDecisionModel } = await import('../helpers/build.js');
    const { writeDocx } = await import('../../src/writers/docx/docx-writer.js');
    parts = docxParts(await writeDocx(await buildDecisionModel()));
  });
  it('page, header table, "Số: …/QĐ-…", title, authority and "QUYẾT ĐỊNH:" centred bold, căn cứ italic, "Điều" bold, Nơi nhận, signature; the plan in a section of its own', async () => {
    const xml = body(parts);
    const sects = [...xml.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sects).toHaveLength(2);
    for (const sect of sects) {
      expect(attr(sect, 'w:pgSz', 'w:w')).toBe('11906');
      expect(attr(sect, 'w:pgMar', 'w:left')).toBe('1701');
    }
    // The attached plan restarts its page numbers at 1 (ND30: pages numbered per attachment).
    expect(attr(sects[1]!, 'w:pgNumType', 'w:start')).toBe('1');
    const header = paragraphs(tables(xml)[0]!);
    expect(header.filter((p) => p.style === 'VBRule')).toHaveLength(2);
    expect(header.map((p) => p.text)).toContain('Số: 3521/QĐ-UBND');
    const paras = bodyParas(parts);
    expect(paras[0]).toMatchObject({ style: 'VBTitle', text: 'QUYẾT ĐỊNH' });
    const at = (t: string) => paras.find((p) => p.text === t)!;
    for (const t of ['CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI', 'QUYẾT ĐỊNH:']) {
      expect(at(t).xml).toContain('<w:jc w:val="center"/>');
      expect(at(t).runs.every((r) => r.bold)).toBe(true);
    }
    const basis = paras.filter((p) => p.text.startsWith('Căn cứ') || p.text.startsWith('Theo đề nghị'));
    expect(basis).toHaveLength(4);
    for (const p of basis) expect(p.runs.every((r) => r.italic)).toBe(true);
    const articles = paras.filter((p) => /^Điều \d\./.test(p.text));
    expect(articles.map((p) => p.runs[0]!.text)).toEqual(['Điều 1.', 'Điều 2.', 'Điều 3.']);
    for (const p of articles) expect([p.runs[0]!.bold, p.runs[1]!.bold]).toEqual([true, false]);
    const closing = paragraphs(tables(xml)[1]!);
    expect(closing[0]).toMatchObject({ style: 'VBRecipientsHeading', text: 'Nơi nhận:' });
    expect(closing[1]!.text).toBe('- Như Điều 3;');
    expect(closing.filter((p) => p.style === 'VBSignature').map((p) => p.text)).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Hòa Hiệp']);
    // No second header or signature: the attached plan has two tables fewer than a plan on its own.
    expect(tables(xml)).toHaveLength(2);
  });
});
