import { strFromU8, unzipSync } from 'fflate';
import { fromLegacy } from '../text/legacy-encoding.js';
import { idOfBookmark } from '../writers/docx/bookmark-name.js';
import { bodyFingerprint, SOURCE_NAMESPACE } from '../writers/docx/source-part.js';
import type { Paragraph } from './paragraphs.js';
import { DOCX_LIMITS, type DocxLimit } from '../env/limits.js';
import { child, childElements, descendants, parseXml, XmlError, XmlLimitError, type XmlElement } from './xml-tree.js';

/**
 * The paragraphs of a DOCX as the page shows them: body paragraphs and table
 * cells in order, each with the number Word prints before it. Word's list
 * numbering (numbering.xml) is counted as Word counts it: one counter set per
 * abstract definition, a level's counter restarting when a higher level moves
 * (or as lvlRestart says), startOverride honoured for each num that asks —
 * so "a) b) c)" made by Word comes out as it prints. Runs in the TCVN3 or VNI
 * fonts (".VnTime", "VNI-Times") are converted to Unicode.
 */
export type DocxRead =
  | {
    readonly ok: true; readonly paragraphs: Paragraph[]; readonly legacyRuns: number; readonly source?: CarriedSource;
    /** Tracked insertions and deletions (w:ins, w:del, moves) the words were read through, and the Word comments. */
    readonly revisions: number; readonly comments: readonly WordComment[];
    /** Paragraphs holding a picture (Word's w:drawing or an older w:pict), with the node they stand under. */
    readonly pictures: ReadonlyArray<{ readonly line: number; readonly ids: readonly string[] }>;
  }
  | { readonly ok: false; readonly reason: 'not-zip' | 'encrypted' | 'no-document' | 'bad-xml' }
  | { readonly ok: false; readonly reason: 'limit'; readonly limit: DocxLimit; readonly value: number; readonly part?: string };

/** The data vanban wrote into the file (writers/docx/source-part.ts), and whether its words are still the ones it wrote. */
export interface CarriedSource {
  readonly files: ReadonlyArray<{ readonly path: string; readonly data: unknown }>;
  readonly edited: boolean;
}

/** A Word comment (w:comment): who, what, and the paragraph it is anchored in (its line). */
export interface WordComment {
  readonly id: string;
  readonly author: string;
  readonly text: string;
  /** The paragraph it is anchored in, and the node that paragraph prints or stands under (none before the first node). */
  readonly line?: number;
  readonly ids?: readonly string[];
}

/**
 * How tracked changes are read: 'accept' (the default) reads the document as it is
 * once every change is accepted — insertions in, deletions out, moved text at its
 * new place; 'reject', as it was before them.
 */
export interface DocxReadOptions {
  readonly tracked?: 'accept' | 'reject';
}

interface Level {
  readonly start: number;
  readonly format: string;
  readonly text: string;
  readonly restart?: number;
}

interface Numbering {
  /** numId → abstract definition id and its levels' start overrides. */
  readonly nums: Map<string, { abstract: string; overrides: Map<number, number> }>;
  readonly abstracts: Map<string, Map<number, Level>>;
}

export function readDocx(bytes: Uint8Array, options: DocxReadOptions = {}): DocxRead {
  // A password-protected DOCX is an OLE compound file, not a zip.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return { ok: false, reason: 'encrypted' };
  let files: Record<string, Uint8Array>;
  // fflate inflates a part into a buffer of the size the zip declares for it (a larger
  // stream is cut there), so checking the declared sizes bounds the memory.
  let refused: Extract<DocxRead, { reason: 'limit' }> | undefined;
  let entries = 0;
  let total = 0;
  const refuse = (limit: DocxLimit, value: number, part?: string) => {
    refused ??= { ok: false, reason: 'limit', limit, value, ...(part ? { part } : {}) };
    return false;
  };
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (refused) return false;
        if (++entries > DOCX_LIMITS.parts) return refuse('parts', entries);
        if (!/^word\/(document|numbering|styles|comments)\.xml$/.test(f.name) && !/^customXml\/item\d+\.xml$/.test(f.name)) return false;
        if (f.originalSize > DOCX_LIMITS.partBytes) return refuse('partBytes', f.originalSize, f.name);
        if (f.originalSize > 1024 * 1024 && f.originalSize / Math.max(1, f.size) > DOCX_LIMITS.ratio) return refuse('ratio', Math.round(f.originalSize / Math.max(1, f.size)), f.name);
        total += f.originalSize;
        if (total > DOCX_LIMITS.totalBytes) return refuse('totalBytes', total);
        return true;
      },
    });
  } catch {
    return refused ?? { ok: false, reason: 'not-zip' };
  }
  if (refused) return refused;
  const document = files['word/document.xml'];
  if (!document) return { ok: false, reason: 'no-document' };
  try {
    const numbering = readNumbering(files['word/numbering.xml']);
    const styles = readStyleNumbering(files['word/styles.xml']);
    const body = child(child(parseXml(strFromU8(document)), 'w:document'), 'w:body');
    if (!body) return { ok: false, reason: 'no-document' };
    const read = walkBody(body, numbering, styles, options.tracked ?? 'accept');
    const source = carriedSource(files, document);
    const comments = readComments(files['word/comments.xml']).map((c) => ({ ...c, ...read.anchors.get(c.id) }));
    const { anchors: _anchors, ...rest } = read;
    return { ...rest, comments, ...(source ? { source } : {}) };
  } catch (err) {
    if (err instanceof XmlLimitError) return { ok: false, reason: 'limit', limit: err.limit, value: err.value };
    if (err instanceof XmlError) return { ok: false, reason: 'bad-xml' };
    throw err;
  }
}

function readNumbering(bytes: Uint8Array | undefined): Numbering {
  const nums = new Map<string, { abstract: string; overrides: Map<number, number> }>();
  const abstracts = new Map<string, Map<number, Level>>();
  if (!bytes) return { nums, abstracts };
  const root = child(parseXml(strFromU8(bytes)), 'w:numbering');
  if (!root) return { nums, abstracts };
  for (const a of childElements(root, 'w:abstractNum')) {
    const levels = new Map<number, Level>();
    for (const l of childElements(a, 'w:lvl')) {
      const restart = child(l, 'w:lvlRestart')?.attrs['w:val'];
      levels.set(Number(l.attrs['w:ilvl'] ?? 0), {
        start: Number(child(l, 'w:start')?.attrs['w:val'] ?? 1),
        format: child(l, 'w:numFmt')?.attrs['w:val'] ?? 'decimal',
        text: child(l, 'w:lvlText')?.attrs['w:val'] ?? '',
        ...(restart !== undefined ? { restart: Number(restart) } : {}),
      });
    }
    abstracts.set(a.attrs['w:abstractNumId'] ?? '', levels);
  }
  for (const n of childElements(root, 'w:num')) {
    const overrides = new Map<number, number>();
    for (const o of childElements(n, 'w:lvlOverride')) {
      const start = child(o, 'w:startOverride')?.attrs['w:val'];
      if (start !== undefined) overrides.set(Number(o.attrs['w:ilvl'] ?? 0), Number(start));
    }
    nums.set(n.attrs['w:numId'] ?? '', { abstract: child(n, 'w:abstractNumId')?.attrs['w:val'] ?? '', overrides });
  }
  return { nums, abstracts };
}

/** Paragraph styles that number their paragraphs (a "Heading 1" tied to a list), through basedOn. */
function readStyleNumbering(bytes: Uint8Array | undefined): Map<string, { numId: string; ilvl: number }> {
  const out = new Map<string, { numId: string; ilvl: number }>();
  if (!bytes) return out;
  const root = child(parseXml(strFromU8(bytes)), 'w:styles');
  if (!root) return out;
  const styles = new Map(childElements(root, 'w:style').map((s) => [s.attrs['w:styleId'] ?? '', s]));
  const resolve = (id: string, depth = 0): { numId: string; ilvl: number } | undefined => {
    const s = styles.get(id);
    if (!s || depth > 10) return undefined;
    const numPr = child(child(s, 'w:pPr'), 'w:numPr');
    const numId = child(numPr, 'w:numId')?.attrs['w:val'];
    if (numId) return { numId, ilvl: Number(child(numPr, 'w:ilvl')?.attrs['w:val'] ?? 0) };
    const based = child(s, 'w:basedOn')?.attrs['w:val'];
    return based ? resolve(based, depth + 1) : undefined;
  };
  for (const id of styles.keys()) {
    const n = resolve(id);
    if (n) out.set(id, n);
  }
  return out;
}

/** The comments of word/comments.xml, their words as one line. */
function readComments(bytes: Uint8Array | undefined): WordComment[] {
  const root = bytes ? child(parseXml(strFromU8(bytes)), 'w:comments') : undefined;
  if (!root) return [];
  return childElements(root, 'w:comment').map((c) => ({
    id: c.attrs['w:id'] ?? '',
    author: c.attrs['w:author'] ?? '',
    text: descendants(c, 'w:t').map((t) => t.children.filter((x): x is string => typeof x === 'string').join('')).join(' ').replace(/\s+/g, ' ').trim(),
  }));
}

/** Revision marks whose content is not in the document read: deletions and moved-away text when accepting, insertions and moved-in text when rejecting. */
const LEFT_OUT = { accept: new Set(['w:del', 'w:moveFrom']), reject: new Set(['w:ins', 'w:moveTo']) } as const;
const REVISIONS = new Set(['w:ins', 'w:del', 'w:moveFrom', 'w:moveTo']);

type Walked = Omit<Extract<DocxRead, { ok: true }>, 'comments'> & { readonly anchors: Map<string, { line: number; ids: readonly string[] }> };

function walkBody(body: XmlElement, numbering: Numbering, styles: Map<string, { numId: string; ilvl: number }>, tracked: 'accept' | 'reject'): Walked {
  const paragraphs: Paragraph[] = [];
  const anchors = new Map<string, { line: number; ids: readonly string[] }>();
  const pictures: Array<{ line: number; ids: readonly string[] }> = [];
  let under: readonly string[] = [];
  let legacyRuns = 0;
  let revisions = 0;
  const leftOut = LEFT_OUT[tracked];
  /** The runs of a paragraph in order, outside what the reading leaves out; revisions counted. */
  const runsOf = (p: XmlElement): XmlElement[] => {
    const out: XmlElement[] = [];
    const todo: XmlElement[] = childElements(p).reverse();
    while (todo.length > 0) {
      const c = todo.pop()!;
      if (REVISIONS.has(c.name)) revisions++;
      if (leftOut.has(c.name)) continue;
      if (c.name === 'w:r') out.push(c);
      else for (let i = c.children.length - 1; i >= 0; i--) if (typeof c.children[i] !== 'string') todo.push(c.children[i] as XmlElement);
    }
    return out;
  };
  // Counters per abstract definition and level; which nums have applied their start overrides.
  const counters = new Map<string, Array<number | undefined>>();
  const overridden = new Set<string>();
  let index = 0;

  const numberOf = (p: XmlElement): string => {
    const pPr = child(p, 'w:pPr');
    const numPr = child(pPr, 'w:numPr');
    let numId = child(numPr, 'w:numId')?.attrs['w:val'];
    let ilvl = Number(child(numPr, 'w:ilvl')?.attrs['w:val'] ?? 0);
    if (!numId) {
      const style = child(pPr, 'w:pStyle')?.attrs['w:val'];
      const s = style ? styles.get(style) : undefined;
      if (s) ({ numId, ilvl } = { numId: s.numId, ilvl: s.ilvl });
    }
    if (!numId || numId === '0') return '';
    const num = numbering.nums.get(numId);
    const levels = num ? numbering.abstracts.get(num.abstract) : undefined;
    if (!num || !levels) return '';
    const counts = counters.get(num.abstract) ?? [];
    counters.set(num.abstract, counts);
    if (!overridden.has(numId)) {
      // A num's start override takes effect at its first paragraph.
      overridden.add(numId);
      for (const [lvl, start] of num.overrides) counts[lvl] = start - 1;
    }
    const level = levels.get(ilvl);
    counts[ilvl] = (counts[ilvl] ?? (level?.start ?? 1) - 1) + 1;
    // Deeper levels restart when this one moves, unless their lvlRestart says otherwise.
    // lvlRestart (1-based): restart only after a level at or above it; 0: never.
    for (const [lvl, def] of levels) {
      const resets = def.restart === undefined ? true : def.restart !== 0 && ilvl + 1 <= def.restart;
      if (lvl > ilvl && resets) counts[lvl] = undefined;
    }
    if (!level || level.format === 'none') return '';
    if (level.format === 'bullet') return level.text === '' || /[\uF000-\uF0FF•·▪●]/u.test(level.text) ? '-' : level.text;
    return level.text.replace(/%(\d)/g, (_m, d: string) => {
      const l = Number(d) - 1;
      const def = levels.get(l);
      return formatNumber(counts[l] ?? def?.start ?? 1, def?.format ?? 'decimal');
    });
  };

  const textOf = (p: XmlElement): string => {
    let out = '';
    for (const r of runsOf(p)) {
      const font = child(child(r, 'w:rPr'), 'w:rFonts');
      const face = font?.attrs['w:ascii'] ?? font?.attrs['w:hAnsi'] ?? '';
      let t = '';
      for (const c of childElements(r)) {
        // Rejecting, a deletion's words are read back (w:delText inside w:del).
        if (c.name === 'w:t' || (tracked === 'reject' && c.name === 'w:delText')) t += c.children.filter((x): x is string => typeof x === 'string').join('');
        else if (c.name === 'w:noBreakHyphen') t += '-';
        else if (c.name === 'w:tab') t += ' ';
        else if (c.name === 'w:br' || c.name === 'w:cr') t += ' ';
      }
      if (/^\.Vn|VnTime|VnArial/i.test(face)) {
        t = fromLegacy(t, 'tcvn3');
        legacyRuns++;
      } else if (/^VNI[- ]/i.test(face)) {
        t = fromLegacy(t, 'vni');
        legacyRuns++;
      }
      out += t;
    }
    return out.replace(/\s+/g, ' ').replaceAll('\u2011', '-').trim();
  };

  const visit = (el: XmlElement, inTable: boolean): void => {
    for (const c of childElements(el)) {
      if (c.name === 'w:p') {
        index++;
        const text = textOf(c);
        // A paragraph deleted whole with tracking on (accepting; inserted, rejecting) is gone, and Word counts it no more.
        const markProps = child(child(c, 'w:pPr'), 'w:rPr');
        const markRevision = markProps ? childElements(markProps).find((x) => REVISIONS.has(x.name)) : undefined;
        const gone = text === '' && markRevision !== undefined && leftOut.has(markRevision.name);
        const mark = gone ? '' : numberOf(c);
        // vanban names a bookmark after the node a paragraph prints: the id comes back with it.
        const ids = descendants(c, 'w:bookmarkStart').map((b) => idOfBookmark(b.attrs['w:name'] ?? '')).filter((id): id is string => id !== undefined);
        if (ids.length) under = ids;
        for (const m of descendants(c, 'w:commentRangeStart')) anchors.set(m.attrs['w:id'] ?? '', { line: index, ids: under });
        const picture = descendants(c, 'w:drawing').length + descendants(c, 'w:pict').length > 0;
        if (picture) pictures.push({ line: index, ids: under });
        if (text !== '') paragraphs.push({ text: mark ? `${mark} ${text}` : text, line: index, ...(ids.length ? { ids } : {}), ...(inTable ? { inTable: true as const } : {}), ...(mark ? { listNumber: mark } : {}) });
      } else if (c.name === 'w:tbl') {
        for (const row of childElements(c, 'w:tr')) for (const cell of childElements(row, 'w:tc')) visit(cell, true);
      } else if (c.name === 'w:sdt') visit(child(c, 'w:sdtContent') ?? c, inTable);
      // A paragraph inserted or deleted whole with tracking on stands inside its revision mark.
      else if (REVISIONS.has(c.name)) {
        revisions++;
        if (!leftOut.has(c.name)) visit(c, inTable);
      }
    }
  };
  visit(body, false);
  return { ok: true, paragraphs, legacyRuns, revisions, pictures, anchors };
}

const ROMAN: ReadonlyArray<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
    case 'lowerRoman': {
      let r = '';
      let x = n;
      for (const [v, s] of ROMAN) while (x >= v) {
        r += s;
        x -= v;
      }
      return format === 'upperRoman' ? r : r.toLowerCase();
    }
    case 'lowerLetter':
    case 'upperLetter': {
      // Word repeats the letter past z: aa, bb, …
      const letter = String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return format === 'upperLetter' ? letter.toUpperCase() : letter;
    }
    case 'decimalZero':
      return String(n).padStart(2, '0');
    default:
      return String(n);
  }
}

/** vanban's source part, if the file has one that parses; a damaged one is as good as none. */
function carriedSource(files: Record<string, Uint8Array>, document: Uint8Array): CarriedSource | undefined {
  for (const [name, bytes] of Object.entries(files)) {
    if (!name.startsWith('customXml/')) continue;
    let root: XmlElement | undefined;
    try {
      root = child(parseXml(strFromU8(bytes)), 'vb:source');
    } catch (err) {
      if (err instanceof XmlLimitError) throw err;
      continue;
    }
    if (root?.attrs['xmlns:vb'] !== SOURCE_NAMESPACE) continue;
    const named = childElements(root, 'vb:file');
    if (named.length > DOCX_LIMITS.carriedFiles) throw new XmlLimitError('carriedFiles', named.length);
    const carried = named.map((f) => ({ path: f.attrs.path ?? '', data: jsonOrUndefined(f.children.filter((c): c is string => typeof c === 'string').join('')) }));
    if (carried.length === 0 || carried.some((f) => f.path === '' || f.data === undefined)) continue;
    return { files: carried, edited: root.attrs.fingerprint !== bodyFingerprint(strFromU8(document)) };
  }
  return undefined;
}

/** The value a JSON text holds; undefined for broken JSON (a damaged part is as good as none). */
function jsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
