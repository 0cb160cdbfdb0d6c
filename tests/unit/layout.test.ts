import { describe, expect, it } from 'vitest';
import { flow, type FlowBlock } from '../../src/layout/flow.js';
import { layoutDocument } from '../../src/layout/document-layout.js';
import { GEOMETRY } from '../../src/layout/geometry.js';
import { greedyBreak } from '../../src/layout/linebreak.js';
import { fixedMeasurer } from '../../src/layout/measure.js';
import { layoutParagraph, type LineBox } from '../../src/layout/paragraph.js';
import { segment } from '../../src/layout/segment.js';
import { tableBlocks } from '../../src/layout/table.js';
import type { Document, Paragraph, Table } from '../../src/model/types.js';

/** Every character 0.5 em wide: at 10 pt a character is 5 pt, so widths are easy to reason about. */
const m = fixedMeasurer(0.5, 0.8, 1.2);
const t = (text: string) => [{ kind: 'text' as const, text }];
const lineText = (l: LineBox) => l.items.map((i) => i.text).join('');

describe('line breaking', () => {
  it('fills lines greedily and justifies all but the last', () => {
    // "aaaa bbbb cccc dddd": 4 chars = 20 pt a word, a space 5 pt; 50 pt holds two words.
    const lines = layoutParagraph({ inlines: t('aaaa bbbb cccc dddd e'), size: 10, align: 'justify', x: 0, width: 50 }, m);
    expect(lines.map(lineText)).toEqual(['aaaa bbbb', 'cccc dddd', 'e']);
    expect(lines[0]!.items[0]!.spaceExtra).toBeCloseTo(5);
    expect(lines[2]!.items[0]!.spaceExtra).toBe(0);
  });
  it('narrows the first line by the indent', () => {
    const lines = layoutParagraph({ inlines: t('aaaa bbbb cccc'), size: 10, align: 'justify', x: 10, width: 50, firstIndent: 30 }, m);
    expect(lines.map(lineText)).toEqual(['aaaa', 'bbbb cccc']);
    expect(lines[0]!.items[0]!.x).toBe(40);
    expect(lines[1]!.items[0]!.x).toBe(10);
  });
  it('keeps bold and italic runs inside one line, as separate items', () => {
    const lines = layoutParagraph({
      inlines: [{ kind: 'text', text: 'aa (' }, { kind: 'text', text: 'bb cc', italic: true }, { kind: 'text', text: ').' }],
      size: 10, align: 'left', x: 0, width: 500,
    }, m);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.items.map((i) => [i.style, i.text])).toEqual([['regular', 'aa ('], ['italic', 'bb cc'], ['regular', ').']]);
    expect(lines[0]!.items[1]!.x).toBe(20); // "aa (" is 4 characters
  });
  it('centres a line', () => {
    const [line] = layoutParagraph({ inlines: t('abcd'), size: 10, align: 'center', x: 0, width: 100 }, m);
    expect(line!.items[0]!.x).toBe(40);
  });
  it('the breaker is a replaceable function over segmented words', () => {
    const words = segment(t('one two three'), { bold: false, italic: false });
    expect(greedyBreak(words, { first: 1000, rest: 1000 }, m, 10)).toHaveLength(1);
  });
});

const lines = (n: number, height = 10): LineBox[] => Array.from({ length: n }, (_, i) => ({ height, words: 1, items: [{ kind: 'text', x: 0, y: 8, style: 'regular', size: 10, text: `L${i}`, spaceExtra: 0 }] }));
const para = (n: number, extra: Partial<FlowBlock> = {}): FlowBlock => ({ kind: 'lines', lines: lines(n), spaceBefore: 5, ...extra } as FlowBlock);
const words = (p: { items: Array<{ kind: string; text?: string }> }) => p.items.filter((i) => i.kind === 'text').map((i) => i.text);

describe('pagination', () => {
  const frame = { top: 0, bottom: 100 }; // ten 10 pt lines a page

  it('drops space before a block at the top of a page', () => {
    const pages = flow([para(9), para(3)], frame);
    expect(words(pages[1]!)).toEqual(['L0', 'L1', 'L2']);
    expect(pages[1]!.items[0]!.kind === 'text' && pages[1]!.items[0]!.y).toBe(8);
  });
  it('never leaves a single line at the bottom of a page (orphan)', () => {
    // 8 lines used; 2 left but only 1 fits after the 5 pt space: the paragraph moves whole.
    const pages = flow([para(8), para(4)], frame);
    expect(words(pages[0]!)).toHaveLength(8);
    expect(words(pages[1]!)).toEqual(['L0', 'L1', 'L2', 'L3']);
  });
  it('never carries a single line to the top of the next page (widow)', () => {
    // 5 lines used, 4 fit of a 5-line paragraph: 3 stay, 2 go.
    const pages = flow([para(5), para(5)], frame);
    expect(words(pages[0]!)).toEqual(['L0', 'L1', 'L2', 'L3', 'L4', 'L0', 'L1', 'L2']);
    expect(words(pages[1]!)).toEqual(['L3', 'L4']);
  });
  it('keeps a heading with the first lines of what follows', () => {
    const heading = para(1, { keepWithNext: true, keepTogether: true } as Partial<FlowBlock>);
    const pages = flow([para(7), heading, para(5)], frame);
    expect(words(pages[0]!)).toHaveLength(7);
    expect(words(pages[1]!)).toEqual(['L0', 'L0', 'L1', 'L2', 'L3', 'L4']);
  });
  it('moves an unbreakable block whole, with the paragraph kept to it', () => {
    const closing: FlowBlock = { kind: 'fixed', height: 30, spaceBefore: 0, items: [{ kind: 'text', x: 0, y: 8, style: 'bold', size: 10, text: 'KÝ', spaceExtra: 0 }] };
    const last = para(3, { keepWithNext: true, keepTogether: true } as Partial<FlowBlock>);
    const pages = flow([para(6), last, closing], frame);
    expect(words(pages[0]!)).toHaveLength(6);
    expect(words(pages[1]!)).toEqual(['L0', 'L1', 'L2', 'KÝ']);
  });
  it('repeats a table header row above a row that starts a new page', () => {
    const header: FlowBlock & { kind: 'fixed' } = { kind: 'fixed', height: 10, spaceBefore: 0, items: [{ kind: 'text', x: 0, y: 8, style: 'bold', size: 10, text: 'HEAD', spaceExtra: 0 }] };
    const row = (n: number): FlowBlock => ({ kind: 'fixed', height: 30, spaceBefore: 0, repeatHeader: header, items: [{ kind: 'text', x: 0, y: 8, style: 'regular', size: 10, text: `R${n}`, spaceExtra: 0 }] });
    const pages = flow([header, row(1), row(2), row(3), row(4)], frame);
    expect(words(pages[0]!)).toEqual(['HEAD', 'R1', 'R2', 'R3']);
    expect(words(pages[1]!)).toEqual(['HEAD', 'R4']);
  });
});

describe('a table row taller than a page (R08)', () => {
  const cell = (text: string) => ({ blocks: [{ kind: 'paragraph' as const, inlines: t(text) }] });
  const long = Array.from({ length: 1500 }, (_, i) => `w${i}`).join(' ');
  const table: Table = {
    kind: 'table', columns: [1, 3],
    rows: [{ header: true, cantSplit: true, cells: [cell('STT'), cell('Nội dung')] }, { cantSplit: true, cells: [cell('1'), cell(long)] }],
  };
  const blocks = tableBlocks(table, m);
  it('breaks at the foot of the page it starts on, and again at each page after, under the repeated header', () => {
    const before: FlowBlock = { kind: 'lines', spaceBefore: 0, lines: Array.from({ length: 10 }, () => ({ height: 20, items: [], words: 0 })) };
    const pages = flow([before, ...blocks], { top: GEOMETRY.top, bottom: GEOMETRY.bottom });
    const first = (pg: (typeof pages)[number]) => pg.items.find((it) => it.kind === 'text' && /^w\d/.test(it.text));
    // Page 1 holds ten paragraph lines, the header and the row's first lines.
    expect(first(pages[0]!)).toBeDefined();
    expect(pages[0]!.items.some((it) => it.kind === 'text' && it.text === 'Nội dung')).toBe(true);
    for (const pg of pages.slice(1)) expect(pg.items.filter((it) => it.kind === 'text' && it.text === 'Nội dung')).toHaveLength(1);
    expect(pages.length).toBeGreaterThan(2);
  });
  it('keeps every word once, in order, inside the frame of its page, and draws borders round each piece', () => {
    const pages = flow(blocks, { top: GEOMETRY.top, bottom: GEOMETRY.bottom });
    expect(pages.length).toBeGreaterThan(2);
    const seen = pages.flatMap((pg) => pg.items.flatMap((it) => (it.kind === 'text' && /^w\d/.test(it.text) ? it.text.split(' ') : [])));
    expect(seen).toEqual(long.split(' '));
    for (const pg of pages) {
      for (const it of pg.items) {
        // A text's top is its baseline less the measurer's ascent (0.8 em).
        const [top, bottom] = it.kind === 'text' ? [it.y - 0.8 * it.size, it.y] : [Math.min(it.y1, it.y2), Math.max(it.y1, it.y2)];
        expect(top).toBeGreaterThanOrEqual(GEOMETRY.top - 0.01);
        expect(bottom).toBeLessThanOrEqual(GEOMETRY.bottom + 0.01);
      }
      const horizontal = pg.items.filter((it) => it.kind === 'rule' && it.y1 === it.y2);
      expect(horizontal.length).toBeGreaterThanOrEqual(3); // the header's top, its foot (the piece's top), the piece's foot
    }
  });
});

describe('document layout', () => {
  const p = (text: string): Paragraph => ({ kind: 'paragraph', inlines: t(text) });
  const doc: Document = {
    version: 1,
    meta: { title: 'T', author: 'A', subject: 'S', keywords: [], language: 'vi-VN', date: '2024-02-05' },
    header: { parentBody: ['UBND TỈNH X'], parentBodyPt: 13, issuer: ['BAN CHỈ ĐẠO'], issuerPt: 13, numberLine: 'Số: 01/KH-BCĐ', placeDate: 'X, ngày 05 tháng 02 năm 2024', motto: { nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', slogan: 'Độc lập - Tự do - Hạnh phúc' } },
    title: { typeName: 'KẾ HOẠCH', subject: ['Thử'] },
    body: Array.from({ length: 40 }, (_, i) => p(`Đoạn ${i} ${'chữ '.repeat(60)}`)),
    closing: { recipients: ['- Như trên;', '- Lưu: VT.'], signature: { lines: ['CHỦ TỊCH'], name: 'Nguyễn Văn A' } },
    appendices: [],
  };
  const layout = layoutDocument(doc, fixedMeasurer(0.5, 0.891, 1.1499));
  const texts = (i: number) => layout.pages[i]!.items.filter((x) => x.kind === 'text').map((x) => (x as { text: string }).text);

  it('puts the header only on page 1, with the number and date on one line', () => {
    const items = layout.pages[0]!.items.filter((x) => x.kind === 'text') as Array<{ text: string; x: number; y: number }>;
    const number = items.find((x) => x.text === 'Số: 01/KH-BCĐ')!;
    const date = items.find((x) => x.text.startsWith('X, ngày'))!;
    expect(Math.abs(number.y - date.y)).toBeLessThan(2);
    expect(number.x).toBeLessThan(GEOMETRY.left + 180);
    expect(date.x).toBeGreaterThan(GEOMETRY.left + 180);
    expect(texts(1)).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });
  it('draws the two header rules and the title rule', () => {
    const rules = layout.pages[0]!.items.filter((x) => x.kind === 'rule');
    expect(rules).toHaveLength(3);
  });
  it('numbers pages from 2 at the top centre, none on page 1', () => {
    expect(layout.pages.length).toBeGreaterThan(2);
    expect(layout.pages[0]!.label).toBeUndefined();
    const n = layout.pages[1]!.items[0]!;
    expect(n.kind === 'text' && n.text).toBe('2');
    expect(n.kind === 'text' && n.y).toBeLessThan(GEOMETRY.top);
    expect(layout.pages[2]!.label).toBe('3');
  });
  it('never splits the closing block, and brings the last paragraph with it', () => {
    const last = layout.pages[layout.pages.length - 1]!;
    const t = last.items.filter((x) => x.kind === 'text').map((x) => (x as { text: string }).text);
    expect(t).toContain('Nơi nhận:');
    expect(t).toContain('Nguyễn Văn A');
    expect(t.some((x) => x.startsWith('Đoạn 39'))).toBe(true);
  });
});

describe('keep-with-next chains, as LibreOffice weighs them', () => {
  const frame = { top: 0, bottom: 100 };
  const heading = (): FlowBlock => para(1, { keepWithNext: true, keepTogether: true } as Partial<FlowBlock>);
  it('moves a heading whose follower would not fit with its space before (first section)', () => {
    // 5 + 70 for the first block; the heading takes 80–90; its follower needs 10, or 15 with its space.
    const pages = flow([para(7), heading(), heading(), para(3)], frame);
    expect(words(pages[0]!)).toHaveLength(7);
  });
  it('in an appendix, keeps it when the follower fits without its space, and the follower moves alone', () => {
    const pages = flow([para(7), heading(), heading(), para(3)], frame, 'ignored');
    expect(words(pages[0]!)).toHaveLength(8);
    expect(words(pages[1]!)).toEqual(['L0', 'L0', 'L1', 'L2']);
  });
  it('keeps space before on the first block of a flow, drops it on later page tops', () => {
    const pages = flow([para(2), para(9)], frame);
    const firstY = (p: { items: Array<{ kind: string; y?: number }> }) => (p.items[0] as { y: number }).y;
    expect(firstY(pages[0]!)).toBe(5 + 8);
    expect(firstY(pages[1]!)).toBe(8);
  });
});

describe('break opportunities', () => {
  it('may break after a hyphen inside a word, drawing no space there', () => {
    const lines = layoutParagraph({ inlines: t('sở Lao động-Thương binh'), size: 10, align: 'left', x: 0, width: 75 }, m);
    expect(lines.map(lineText)).toEqual(['sở Lao động-', 'Thương binh']);
  });
  it('never breaks a ký hiệu at its hyphen (issue 26)', () => {
    const lines = layoutParagraph({ inlines: t('số 45/KH-UBND ngày'), size: 10, align: 'left', x: 0, width: 55 }, m);
    expect(lines.map(lineText)).toEqual(['số', '45/KH-UBND', 'ngày']);
  });
  it('never breaks a number: a minus sign, a range, a percent written apart', () => {
    expect(layoutParagraph({ inlines: t('-4 (-28,6%)'), size: 10, align: 'left', x: 0, width: 45 }, m).map(lineText)).toEqual(['-4', '(-28,6%)']);
    expect(layoutParagraph({ inlines: t('năm 2016-2020'), size: 10, align: 'left', x: 0, width: 50 }, m).map(lineText)).toEqual(['năm', '2016-2020']);
    expect(layoutParagraph({ inlines: t('đạt 100 % số'), size: 10, align: 'left', x: 0, width: 30 }, m).map(lineText)).toEqual(['đạt', '100\u00A0%', 'số']);
  });
  it('never opens a line with a dash inside a name', () => {
    const lines = layoutParagraph({ inlines: t('Bộ Lao động - Thương binh'), size: 10, align: 'left', x: 0, width: 75 }, m);
    expect(lines.map(lineText)).toEqual(['Bộ Lao động\u00A0-', 'Thương binh']);
  });
});
