import { strFromU8, strToU8, unzipSync } from 'fflate';
import { child, childElements, descendants, parseXml, wordText, type XmlElement } from '../import/xml-tree.js';
import { lcsTable } from '../text/lcs.js';
import { idOfBookmark } from '../writers/docx/bookmark-name.js';
import { zipDeterministic } from '../writers/docx/deterministic-zip.js';
import { wordDiff } from './word-diff.js';

/**
 * The new version of a document as Word's tracked changes against the old: the
 * DOCX vanban built from NEW, its paragraphs set against OLD's (a node's paragraph
 * matched by its bookmark, any other by its words, in order), each difference
 * marked as Word marks it — words struck out (w:del) and typed in (w:ins) inside a
 * changed paragraph, a paragraph inserted or deleted whole, paragraph mark too — so
 * a leader reviews them in Word's Review pane and accepts or rejects each. Author
 * and date are the document's, never the clock's: the same plans give the same file.
 */
export interface TrackedChanges {
  readonly docx: Uint8Array;
  /** The revision marks written (w:ins and w:del elements). */
  readonly revisions: number;
}

interface Para {
  readonly el: XmlElement;
  readonly parent: XmlElement;
  readonly text: string;
  readonly ids: readonly string[];
}

export function trackedChanges(newDocx: Uint8Array, oldRead: ReadonlyArray<{ text: string; ids?: readonly string[]; listNumber?: string }>, author: string, isoDate: string): TrackedChanges {
  // A list number is Word's to count, in the old file and the new: the words alone are compared and marked
  // (a task put in before "3." makes it "4." with no change tracked).
  const oldParagraphs = oldRead.map((p) => ({ ...p, text: p.listNumber ? p.text.slice(p.listNumber.length).trimStart() : p.text }));
  const parts = unzipSync(newDocx);
  const root = parseXml(strFromU8(parts['word/document.xml']!));
  const body = child(child(root, 'w:document'), 'w:body')!;
  const now = paragraphs(body);
  const key = (p: { text: string; ids?: readonly string[] }) => (p.ids?.length ? `#${[...p.ids].sort().join(',')}` : `=${p.text}`);
  const date = `${isoDate}T00:00:00Z`;
  let id = 1000;
  const mark = (name: 'w:ins' | 'w:del', children: XmlElement[]): XmlElement => ({ name, attrs: { 'w:id': String(id++), 'w:author': author, 'w:date': date }, children });
  let revisions = 0;
  const counted = (el: XmlElement) => {
    revisions++;
    return el;
  };

  // Old and new paragraphs in their order; what only one side has is inserted or deleted.
  const a = oldParagraphs.map(key);
  const b = now.map(key);
  const table = lcsTable(a, b);
  let i = 0;
  let j = 0;
  const deleted: Array<{ old: (typeof oldParagraphs)[number]; beforeNew: number }> = [];
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      if (oldParagraphs[i]!.text !== now[j]!.text) rewrite(now[j]!, oldParagraphs[i]!.text);
      i++;
      j++;
    } else if (j < b.length && (i >= a.length || table[i]![j + 1]! >= table[i + 1]![j]!)) {
      inserted(now[j]!);
      j++;
    } else {
      deleted.push({ old: oldParagraphs[i]!, beforeNew: j });
      i++;
    }
  }
  // A deleted paragraph goes back where it stood: before the new paragraph that follows it (or after the last one).
  for (const d of deleted.reverse()) {
    const next = now[d.beforeNew];
    const anchor = next ?? now.at(-1);
    if (!anchor) continue;
    const el = deletedParagraph(d.old, next ? next.el : anchor.el);
    const siblings = anchor.parent.children;
    siblings.splice(siblings.indexOf(anchor.el) + (next ? 0 : 1), 0, el);
  }
  parts['word/document.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${serialize(child(root, 'w:document')!)}`);
  return { docx: zipDeterministic(parts, isoDate), revisions };

  function inserted(p: Para): void {
    // Its runs in one insertion, where the first of them stood; bookmarks and properties where they were.
    const runs = p.el.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === 'w:r');
    const first = p.el.children.findIndex((c) => typeof c !== 'string' && c.name === 'w:r');
    const rest = p.el.children.filter((c) => typeof c === 'string' || c.name !== 'w:r');
    if (runs.length > 0) rest.splice(Math.min(first, rest.length), 0, counted(mark('w:ins', runs)));
    p.el.children.splice(0, p.el.children.length, ...rest);
    paragraphMark(p.el, 'w:ins');
  }

  /** The words that changed in a paragraph, struck out and typed in, each in the formatting of the run it falls in. */
  function rewrite(p: Para, oldText: string): void {
    const runs = p.el.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === 'w:r');
    const plain = runs.every((r) => childElements(r).every((c) => c.name === 'w:rPr' || c.name === 'w:t' || c.name === 'w:noBreakHyphen'));
    if (!plain || runs.length === 0) {
      // Not plain text runs (a tab, a break): the paragraph as a whole, old out and new in.
      inserted(p);
      deletedInto(p.el, oldText, runs[0]);
      return;
    }
    // A no-break hyphen reads as "-"; rewritten, it becomes a plain one (the line may break there again).
    const pieces = runs.map((r) => ({ rPr: child(r, 'w:rPr'), text: wordText(r) }));
    const out: XmlElement[] = [];
    let piece = 0;
    let used = 0;
    // `n` characters of the new text from where we are, split at run boundaries.
    const take = (n: number): XmlElement[] => {
      const made: XmlElement[] = [];
      while (n > 0 && piece < pieces.length) {
        const room = pieces[piece]!.text.length - used;
        const k = Math.min(room, n);
        if (k > 0) made.push(run(pieces[piece]!.rPr, pieces[piece]!.text.slice(used, used + k), 'w:t'));
        used += k;
        n -= k;
        if (used >= pieces[piece]!.text.length) {
          piece++;
          used = 0;
        }
      }
      return made;
    };
    for (const part of (wordDiff(oldText, pieces.map((x) => x.text).join('')).parts)) {
      if (part.op === '=') out.push(...take(part.text.length));
      else if (part.op === '+') out.push(counted(mark('w:ins', take(part.text.length))));
      else out.push(counted(mark('w:del', [run(pieces[Math.min(piece, pieces.length - 1)]!.rPr, part.text, 'w:delText')])));
    }
    const first = p.el.children.findIndex((c) => typeof c !== 'string' && c.name === 'w:r');
    const rest = p.el.children.filter((c) => typeof c === 'string' || c.name !== 'w:r');
    rest.splice(first < 0 ? rest.length : Math.min(first, rest.length), 0, ...out);
    p.el.children.splice(0, p.el.children.length, ...rest);
  }

  function deletedParagraph(old: { text: string; ids?: readonly string[]; listNumber?: string }, like: XmlElement): XmlElement {
    // Shaped as the paragraph it stands before, off any list: its own number, struck out with its words, counts nothing.
    const pPr = child(like, 'w:pPr');
    const shape: XmlElement | undefined = pPr ? { ...pPr, children: structuredClone(pPr.children).filter((c) => typeof c === 'string' || c.name !== 'w:numPr') } : undefined;
    const el: XmlElement = { name: 'w:p', attrs: {}, children: shape ? [shape] : [] };
    deletedInto(el, old.listNumber ? `${old.listNumber} ${old.text}` : old.text, childElements(like, 'w:r')[0]);
    paragraphMark(el, 'w:del');
    return el;
  }

  function deletedInto(el: XmlElement, text: string, like: XmlElement | undefined): void {
    el.children.push(counted(mark('w:del', [run(like ? child(like, 'w:rPr') : undefined, text, 'w:delText')])));
  }

  /** The paragraph mark inserted or deleted too: accepting takes the whole paragraph in or out. */
  function paragraphMark(p: XmlElement, name: 'w:ins' | 'w:del'): void {
    let pPr = child(p, 'w:pPr');
    if (!pPr) {
      pPr = { name: 'w:pPr', attrs: {}, children: [] };
      p.children.unshift(pPr);
    }
    let rPr = child(pPr, 'w:rPr');
    if (!rPr) {
      rPr = { name: 'w:rPr', attrs: {}, children: [] };
      // w:rPr comes last but for the section properties and the revision of the properties.
      const sect = pPr.children.findIndex((c) => typeof c !== 'string' && (c.name === 'w:sectPr' || c.name === 'w:pPrChange'));
      pPr.children.splice(sect < 0 ? pPr.children.length : sect, 0, rPr);
    }
    rPr.children.unshift(mark(name, []));
  }
}

function run(rPr: XmlElement | undefined, text: string, tag: 'w:t' | 'w:delText'): XmlElement {
  return { name: 'w:r', attrs: {}, children: [...(rPr ? [structuredClone(rPr)] : []), { name: tag, attrs: { 'xml:space': 'preserve' }, children: [text] }] };
}


/** The body's paragraphs with words, in order, as the import reads them (table cells, content controls). */
function paragraphs(body: XmlElement): Para[] {
  const out: Para[] = [];
  const visit = (el: XmlElement) => {
    for (const c of childElements(el)) {
      if (c.name === 'w:p') {
        const text = wordText(c).replace(/\s+/g, ' ').trim();
        const ids = descendants(c, 'w:bookmarkStart').map((b) => idOfBookmark(b.attrs['w:name'] ?? '')).filter((x): x is string => x !== undefined);
        if (text !== '') out.push({ el: c, parent: el, text, ids });
      } else if (c.name === 'w:tbl') {
        for (const row of childElements(c, 'w:tr')) for (const cell of childElements(row, 'w:tc')) visit(cell);
      } else if (c.name === 'w:sdt') visit(child(c, 'w:sdtContent') ?? c);
    }
  };
  visit(body);
  return out;
}

function serialize(el: XmlElement): string {
  const attrs = Object.entries(el.attrs).map(([k, v]) => ` ${k}="${escape(v).replace(/"/g, '&quot;')}"`).join('');
  if (el.children.length === 0) return `<${el.name}${attrs}/>`;
  return `<${el.name}${attrs}>${el.children.map((c) => (typeof c === 'string' ? escape(c) : serialize(c))).join('')}</${el.name}>`;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
