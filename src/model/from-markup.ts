import { textWidthPt } from '../measure/text-width.js';
import { fitHeaderLines } from '../text/header-lines.js';
import { BLOCKS, TYPE, textWidthMm } from './page-setup.js';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { Appendix, Block, Closing, DataWords, DocumentHeader, Inline, Table, TableRow, TextRun, TitleBlock } from './types.js';

/**
 * Reads the markup that templates produce. Data reached the markup through
 * Handlebars' escaping, so text from YAML can only ever be character data here:
 * structure comes from the template alone.
 */

interface Element {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: Array<Element | string>;
}

export interface MarkupDocument {
  readonly header: DocumentHeader;
  readonly title: TitleBlock;
  readonly addressee?: readonly string[];
  readonly body: Block[];
  readonly closing: Closing;
}

export class MarkupError extends Error {}

export function parseMarkup(xml: string): Element {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: Element[] = [{ name: '#root', attrs: {}, children: [] }];
  let failure: Error | undefined;
  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const el: Element = { name: tag.name, attrs: tag.attributes as Record<string, string>, children: [] };
    stack[stack.length - 1]!.children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (t) => {
    stack[stack.length - 1]!.children.push(t);
  });
  parser.write(xml).close();
  if (failure) throw new MarkupError(`template produced malformed markup: ${failure.message}`);
  const root = stack[0]!.children.find((c): c is Element => typeof c !== 'string');
  if (!root) throw new MarkupError('template produced no element');
  return root;
}

const elements = (el: Element, name?: string) =>
  el.children.filter((c): c is Element => typeof c !== 'string' && (name === undefined || c.name === name));

function child(el: Element, name: string): Element {
  const found = elements(el, name)[0];
  if (!found) throw new MarkupError(`<${el.name}> needs a <${name}>`);
  return found;
}

/** Whitespace in templates is layout of the template, not of the document: collapse it like HTML. */
const DATA_WORDS: ReadonlySet<string> = new Set<DataWords>(['assignment', 'deadline', 'target']);

function inlinesOf(el: Element): Inline[] {
  const runs: TextRun[] = [];
  const walk = (node: Element | string, bold: boolean, italic: boolean, data: DataWords | undefined) => {
    if (typeof node === 'string') {
      // Layout whitespace of the markup collapses; a no-break space is the text's own (a draft's "Số:      /KH-…").
      const text = node.replace(/[ \t\r\n]+/g, ' ');
      if (text === '') return;
      const last = runs[runs.length - 1];
      if (last && !!last.bold === bold && !!last.italic === italic && last.data === data) runs[runs.length - 1] = { ...last, text: last.text + text };
      else runs.push({ kind: 'text', text, ...(bold ? { bold: true } : {}), ...(italic ? { italic: true } : {}), ...(data ? { data } : {}) });
      return;
    }
    if (node.name === 'data') {
      const kind = node.attrs.kind ?? '';
      if (!DATA_WORDS.has(kind)) throw new MarkupError(`<data kind="${kind}">: kind must be assignment, deadline or target`);
      for (const c of node.children) walk(c, bold, italic, kind as DataWords);
      return;
    }
    if (node.name !== 'b' && node.name !== 'i') throw new MarkupError(`<${node.name}> is not allowed inside text`);
    for (const c of node.children) walk(c, bold || node.name === 'b', italic || node.name === 'i', data);
  };
  for (const c of el.children) walk(c, false, false, undefined);
  return trimRuns(runs);
}

function trimRuns(runs: TextRun[]): TextRun[] {
  const out = [...runs];
  while (out.length > 0 && out[0]!.text.trim() === '') out.shift();
  while (out.length > 0 && out[out.length - 1]!.text.trim() === '') out.pop();
  if (out.length === 0) return out;
  out[0] = { ...out[0]!, text: out[0]!.text.replace(/^\s+/, '') };
  const l = out.length - 1;
  out[l] = { ...out[l]!, text: out[l]!.text.replace(/\s+$/, '') };
  // A space between a plain run and a styled one belongs to neither; keep one.
  for (let i = 1; i < out.length; i++) {
    if (out[i - 1]!.text.endsWith(' ') && out[i]!.text.startsWith(' ')) out[i] = { ...out[i]!, text: out[i]!.text.slice(1) };
  }
  return out;
}

const plainText = (el: Element) => inlinesOf(el).map((r) => r.text).join('');

/** "./." closes the body (NĐ 30, every Mẫu): it replaces the last sentence's own full stop. */
function appendEndMark(blocks: Block[]): void {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i]!;
    // Content that ends with a table ends after it: the mark stands on its own line below the
    // table, not on the caption above it (and keeps the table apart from the closing table,
    // which Word and LibreOffice would otherwise merge with it, borders and all).
    if (b.kind === 'table') {
      blocks.splice(i + 1, 0, { kind: 'paragraph', inlines: [{ kind: 'text', text: './.' }] });
      return;
    }
    if (b.kind !== 'paragraph' || b.inlines.length === 0) continue;
    const runs = [...b.inlines];
    const last = runs[runs.length - 1]!;
    runs[runs.length - 1] = { ...last, text: last.text.replace(/[.\s/]+$/, '') + './.' };
    blocks[i] = { ...b, inlines: runs };
    return;
  }
}

/** A table: relative column widths, a header row repeated on every page, one paragraph a cell. */
function readTable(el: Element): Table {
  const columns = (el.attrs.columns ?? '').split(',').map(Number).filter((n) => n > 0);
  const rows: TableRow[] = elements(el, 'tr').map((tr) => ({
    ...(tr.attrs.header === 'true' ? { header: true as const, cantSplit: true as const } : { cantSplit: true as const }),
    cells: elements(tr, 'td').map((td) => ({
      blocks: [{ kind: 'paragraph' as const, inlines: inlinesOf(td) }],
      ...(td.attrs.align === 'left' ? { align: 'left' as const } : {}),
      ...(tr.attrs.header === 'true' ? { bold: true as const } : {}),
    })),
  }));
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  return { kind: 'table', columns: columns.length === width ? columns : Array.from({ length: width }, () => 1), rows };
}

/**
 * Prose that opens with a dash ("- Công tác truyền thông …", as an outline writes
 * its list) is a dash item: its dash is its number, so Word lists it like any other.
 */
function dashOf(inlines: Inline[]): { number?: string; inlines: Inline[] } {
  const [first, ...rest] = inlines;
  const m = first ? /^([-+]) (?=\S)/.exec(first.text) : null;
  if (!first || !m || first.bold || first.italic) return { inlines };
  return { number: m[1], inlines: [{ ...first, text: first.text.slice(2) }, ...rest] };
}

export function readBody(el: Element): Block[] {
  const blocks: Block[] = [];
  for (const c of el.children) {
    if (typeof c === 'string') {
      if (c.trim() !== '') throw new MarkupError(`stray text in <${el.name}>: "${c.trim().slice(0, 40)}"`);
      continue;
    }
    switch (c.name) {
      case 'p': {
        const written = inlinesOf(c);
        if (written.length === 0) break;
        const { number, inlines } = c.attrs.number ? { number: c.attrs.number, inlines: written } : dashOf(written);
        const anchors = (c.attrs.also ?? '').split(/\s+/).filter(Boolean);
        blocks.push({
          kind: 'paragraph', inlines, ...(number ? { number } : {}), ...(c.attrs.id ? { id: c.attrs.id } : {}),
          ...(anchors.length > 0 ? { anchors } : {}), ...(c.attrs.style === 'note' ? { style: 'note' as const } : {}),
          ...(c.attrs.align === 'center' ? { align: 'center' as const } : {}),
          ...(c.attrs.of ? { partOf: c.attrs.of } : {}),
        });
        break;
      }
      case 'h': {
        const depth = Number(c.attrs.level);
        if (!Number.isInteger(depth) || depth < 1) throw new MarkupError(`<h level="${c.attrs.level}"> must be 1 or more`);
        // ND30 styles four heading levels; sections nested deeper (the schema allows any
        // depth) look like the fourth, and their numbers ("-", "+") still tell them apart.
        const level = Math.min(depth, 4) as 1 | 2 | 3 | 4;
        blocks.push({
          kind: 'heading', level, inlines: inlinesOf(c),
          ...(c.attrs.number ? { number: c.attrs.number } : {}), ...(c.attrs.id ? { id: c.attrs.id } : {}),
          ...(c.attrs.align === 'center' ? { align: 'center' as const } : {}),
          ...(c.attrs.of ? { partOf: c.attrs.of } : {}),
        });
        break;
      }
      case 'end-mark':
        appendEndMark(blocks);
        break;
      case 'table':
        blocks.push(readTable(c));
        break;
      default:
        throw new MarkupError(`<${c.name}> is not a body element`);
    }
  }
  return blocks;
}

/** An attachment (đề cương, phụ lục): heading, title, the "Kèm theo …" line, body. */
export function readAppendix(xml: string): Appendix {
  const root = parseMarkup(xml);
  if (root.name !== 'appendix') throw new MarkupError('the template must produce an <appendix>');
  const reference = elements(root, 'reference')[0];
  return {
    heading: plainText(child(root, 'heading')),
    title: elements(root, 'title').map(plainText),
    ...(reference ? { reference: plainText(reference) } : {}),
    body: readBody(child(root, 'body')),
    ...(root.attrs.orientation === 'landscape' ? { orientation: 'landscape' as const } : {}),
  };
}

/**
 * The names of ô 2 in capitals, on the lines and at the size they print with in the header's left column.
 * Where a name written on several lines has one too wide even at 12 pt, the left column widens as far as the right
 * one allows (its motto and place-date on one line each), as a clerk drags the table's middle border:
 * a name written on two lines prints on two (model: header.rightMm).
 */
function agencyNames(parent: readonly string[], issuer: readonly string[], right: { nation: string; slogan: string; placeDate: string }) {
  const upper = (l: string) => l.toLocaleUpperCase('vi');
  const fit = (rightMm: number) => {
    const width = (textWidthMm - rightMm - 2 * BLOCKS.cellPaddingMm) * (72 / 25.4);
    const p = fitHeaderLines(parent.map(upper), width, (t, pt) => textWidthPt(t, pt, 'regular'), [TYPE.headerPt, 12]);
    const i = fitHeaderLines(issuer.map(upper), width, (t, pt) => textWidthPt(t, pt, 'bold'), [TYPE.headerPt, 12]);
    return { parentBody: p.lines, parentBodyPt: p.sizePt, issuer: i.lines, issuerPt: i.sizePt };
  };
  const standard = fit(BLOCKS.headerRightMm);
  const lines = (f: typeof standard) => f.parentBody.length + f.issuer.length;
  // A name written on one line is the typist's to break (before the place it governs), not a reason to widen.
  const wrapped = (written: readonly string[], printed: readonly string[]) => written.length > 1 && printed.length > written.length;
  if (!wrapped(parent, standard.parentBody) && !wrapped(issuer, standard.issuer)) return standard;
  const needed = Math.max(textWidthPt(right.nation, TYPE.headerPt, 'bold'), textWidthPt(right.slogan, TYPE.mottoPt, 'bold'), textWidthPt(right.placeDate, TYPE.mottoPt, 'italic'));
  // Half a millimetre to spare: Word and LibreOffice round the cell's width to twips.
  const rightMm = Math.ceil((needed * (25.4 / 72) + 2 * BLOCKS.cellPaddingMm + 0.5) * 10) / 10;
  if (rightMm >= BLOCKS.headerRightMm) return standard;
  const wider = fit(rightMm);
  return lines(wider) < lines(standard) ? { ...wider, rightMm } : standard;
}

export function readDocument(xml: string): MarkupDocument {
  const root = parseMarkup(xml);
  if (root.name !== 'document') throw new MarkupError('the template must produce a <document>');
  const header = child(root, 'header');
  const title = child(root, 'title');
  const closing = child(root, 'closing');
  const signature = child(closing, 'signature');
  const drafter = elements(closing, 'drafter')[0];
  return {
    header: {
      ...agencyNames(elements(header, 'parent').map(plainText), elements(header, 'issuer').map(plainText), {
        nation: plainText(child(header, 'nation')), slogan: plainText(child(header, 'slogan')), placeDate: plainText(child(header, 'place-date')),
      }),
      numberLine: plainText(child(header, 'number')),
      placeDate: plainText(child(header, 'place-date')),
      motto: { nation: plainText(child(header, 'nation')), slogan: plainText(child(header, 'slogan')) },
    },
    title: { typeName: plainText(child(title, 'type')), subject: elements(title, 'subject').map(plainText) },
    ...(elements(root, 'addressee')[0] ? { addressee: elements(elements(root, 'addressee')[0]!, 'line').map(plainText) } : {}),
    body: readBody(child(root, 'body')),
    closing: {
      ...(closing.attrs.heading !== undefined ? { heading: closing.attrs.heading } : {}),
      recipients: elements(child(closing, 'recipients'), 'r').map(plainText),
      ...(drafter ? { drafterCode: plainText(drafter) } : {}),
      signature: {
        lines: elements(signature, 'line').map(plainText),
        ...(elements(signature, 'note')[0] ? { note: plainText(elements(signature, 'note')[0]!) } : {}),
        name: plainText(child(signature, 'name')),
      },
      ...(elements(closing, 'after').length ? { after: elements(closing, 'after').map(plainText) } : {}),
    },
  };
}
