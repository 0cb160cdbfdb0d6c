import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isNode, isPair, isScalar, isSeq, Lexer, Scalar, visit, type Node } from 'yaml';
import { foldFlowLines, stringifyString, type StringifyContext } from 'yaml/util';
import type { Diagnostic } from '../diagnostics/types.js';
import { loadedData } from '../load/load-yaml.js';
import { mapStrings } from '../load/map-strings.js';
import { parseSource } from '../load/source-file.js';
import type { SchemaName } from '../validate/schema.js';
import { keepCommentsInPlace } from './comments.js';
import { schemaCursor, type SchemaCursor } from './schema-order.js';

/**
 * The one layout `vanban fmt` writes, for every kind. What it promises (and
 * checks before saying "formatted"): the data is the same but for text put in
 * NFC; every comment is kept, attached to the key or item it stood above or
 * beside; a second run changes nothing; no sentence is re-wrapped — a text
 * the author broke over lines keeps its breaks, one written on one line stays
 * on one.
 */
export type Formatted =
  | { readonly kind: 'formatted'; readonly text: string; readonly changed: boolean }
  | { readonly kind: 'unparsable'; readonly diagnostics: Diagnostic[] }
  /** A check failed: the layout would change the data, lose a comment or not settle; nothing is written. */
  | { readonly kind: 'unsafe'; readonly reason: 'data' | 'comments' | 'unstable' };

const KINDS: Record<string, SchemaName> = { plan: 'plan', agencies: 'agencies', outline: 'outline', report: 'report', decision: 'decision', progress: 'progress' };

/** Longer than this, a text that needs quotes is written as a one-line folded block instead (nothing to escape). */
const LONG_TEXT = 80;

/**
 * `checks: 'data'` is for vanban's own output (sub-plans, scaffolds): the data is still
 * checked — a layout bug must not change a sub-plan — while comments and the second run
 * are left to the tests (fmt.test.ts), not paid for on every sub-plan.
 */
export function formatYaml(path: string, text: string, checks: 'all' | 'data' = 'all'): Formatted {
  const parsed = parseSource(path, text);
  if (parsed.diagnostics.length > 0) return { kind: 'unparsable', diagnostics: parsed.diagnostics };
  // Empty, blank, only comments, only "---": no data to lay out, and the text is left as written.
  const contents = parsed.source.doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return { kind: 'formatted', text, changed: false };
  const kind = parsed.source.doc.get('kind');
  // The data as written, taken before render rearranges the tree (parsing the text again cost a third of a sub-plan's layout).
  const before = nfcDeep(parsed.source.doc.toJS({ maxAliasCount: -1 }));
  const out = render(parsed.source.doc, text, typeof kind === 'string' ? kind : undefined);
  // Already canonical: the same text is the same data, comments and all (the common case, kept cheap).
  if (out === text) return { kind: 'formatted', text, changed: false };
  const again = parseSource(path, out);
  if (again.diagnostics.length > 0 || !isDeepStrictEqual(again.source.doc.toJS({ maxAliasCount: -1 }), before)) return { kind: 'unsafe', reason: 'data' };
  if (checks === 'data') return { kind: 'formatted', text: out, changed: true };
  if (countComments(out) !== countComments(text)) return { kind: 'unsafe', reason: 'comments' };
  // Idempotence is part of the promise, so it is checked, not assumed.
  if (render(again.source.doc, out, typeof kind === 'string' ? kind : undefined) !== out) return { kind: 'unsafe', reason: 'unstable' };
  return { kind: 'formatted', text: out, changed: true };
}

/** The schema order for a file's `kind`; none for a kind vanban does not know ("constructor" is not one: own keys only). */
function cursorOfKind(kind: unknown): SchemaCursor | undefined {
  return typeof kind === 'string' && Object.hasOwn(KINDS, kind) ? schemaCursor(KINDS[kind]!) : undefined;
}

/**
 * A parsed file with `edit` made to its tree, laid out as fmt lays out any file: the
 * file must already be in that layout, so every line the edit does not reach comes
 * out as it was, comments included. A value the edit sets is laid out as new data
 * is (canonicalYamlOf): long texts folded, its place's comments kept.
 */
export function editedYaml(path: string, text: string, edit: (doc: Document.Parsed, value: (v: unknown) => Node) => void):
  { readonly kind: 'edited'; readonly text: string } | { readonly kind: 'not-canonical' } | Extract<Formatted, { kind: 'unparsable' | 'unsafe' }> {
  const first = formatYaml(path, text);
  if (first.kind !== 'formatted') return first;
  if (first.changed) return { kind: 'not-canonical' };
  const parsed = parseSource(path, text).source.doc;
  const kind = parsed.get('kind');
  edit(parsed, (v) => {
    const node = parsed.createNode(v, { aliasDuplicateObjects: false }) as Node;
    visit(node, {
      Scalar(key, n) { if (key !== 'key' && typeof n.value === 'string' && n.value.length > FOLD_WIDTH / 2) n.value = new Foldable(n.value, n.type); },
      // A list of ids or codes on one line, as the plans write them: "lead: [so-tu-phap]", "archive: [VT, VP6]".
      Seq(_key, n) { if (n.items.length > 0 && n.items.every((i) => isScalar(i) && typeof i.value === 'string' && /^[A-Za-z0-9._-]{1,60}$/.test(i.value))) n.flow = true; },
    });
    return node;
  });
  const out = render(parsed, text, typeof kind === 'string' ? kind : undefined);
  // What fmt would make of it is what is written, so `fmt --check` stays clean.
  const again = formatYaml(path, out);
  if (again.kind !== 'formatted') return again;
  return { kind: 'edited', text: again.text };
}

/** The document laid out canonically; mutates `doc`. */
function render(doc: Document.Parsed, text: string, kind: string | undefined): string {
  const cursor = cursorOfKind(kind);
  keepCommentsInPlace(doc, text);
  normaliseComments(doc);
  const firstKey = isMap(doc.contents) ? doc.contents.items[0]?.key : undefined;
  if (doc.contents) arrange(doc.contents, cursor, text);
  keepHeaderOnTop(doc, firstKey);
  return layout(doc);
}

function layout(doc: Document): string {
  // A fresh array: the schema's tag list may be shared with other documents.
  (doc.schema as { tags: unknown[] }).tags = [KEPT_LINES_TAG, FOLDED_TAG, ...doc.schema.tags];
  return doc.toString({ indent: 2, indentSeq: true, lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: null, flowCollectionPadding: false });
}

/** Orders mappings by their schema and chooses each string's style. `text` is what a parsed tree was read from ('' for one made from data). */
function arrange(node: Node, cursor: SchemaCursor | undefined, text: string): void {
  if (isMap(node)) {
    if (cursor) {
      const rank = (k: unknown): number => {
        const i = cursor.order.indexOf(String(isScalar(k) ? k.value : k));
        return i < 0 ? Number.MAX_SAFE_INTEGER : i;
      };
      // Stable: keys the schema does not name keep their order among themselves.
      node.items = node.items.map((p, i) => ({ p, i })).sort((a, b) => rank(a.p.key) - rank(b.p.key) || a.i - b.i).map(({ p }) => p);
    }
    for (const pair of node.items) {
      if (isScalar(pair.key)) styleKey(pair.key);
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (isNode(pair.value)) arrange(pair.value, cursor?.property(key), text);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) if (isNode(item)) arrange(item, cursor?.items(), text);
  } else if (isScalar(node)) {
    styleText(node, text);
  }
}

/**
 * The file's opening comment, written right above the first key, is read as
 * that key's; it stays at the top of the file when schema order puts
 * another key first.
 */
function keepHeaderOnTop(doc: Document, firstKey: unknown): void {
  if (!isMap(doc.contents) || !isScalar(firstKey) || !firstKey.commentBefore) return;
  const now = doc.contents.items[0]?.key;
  if (!isScalar(now) || now === firstKey) return;
  now.commentBefore = now.commentBefore ? `${firstKey.commentBefore}\n${now.commentBefore}` : firstKey.commentBefore;
  firstKey.commentBefore = null;
}

function styleKey(key: Scalar): void {
  if (typeof key.value !== 'string') return;
  key.value = key.value.normalize('NFC');
  if (key.type !== Scalar.BLOCK_FOLDED && key.type !== Scalar.BLOCK_LITERAL) key.type = undefined;
}

function styleText(node: Scalar, text: string): void {
  if (typeof node.value !== 'string') return;
  const value = node.value.normalize('NFC');
  node.value = value;
  const lines = authorLines(node, text);
  if (lines) {
    node.value = new KeptLines(value, lines.map((l) => l.normalize('NFC')), lines.chomp);
    return;
  }
  // A text the author wrote as a block stays a block.
  if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) return;
  const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE ? node.type : undefined;
  node.type = undefined;
  // What a YAML 1.1 reader (PyYAML, many CI tools) takes as other than a string keeps quotes, so the
  // file means one thing to every reader: "=", "yes", "12:30" (750 to it). A date stays as written.
  if (readsOtherwiseIn11(value)) node.type = quoted ?? (YAML11_DATE.test(value) ? undefined : Scalar.QUOTE_DOUBLE);
  if (!value.includes('\n') && value.length > LONG_TEXT && needsQuotes(value) && value.trim() === value && !/[\x00-\x1f\x7f-\x9f]/.test(value)) node.type = Scalar.BLOCK_FOLDED;
}

/** YAML 1.1's implicit types (yaml.org/type): booleans, null, ints (octal, hex, base 60), floats, timestamps, and "=" and "<<". */
const YAML11_OTHER = [
  /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/,
  /^(?:~|null|Null|NULL)$/,
  /^[-+]?(?:0b[01_]+|0[0-7_]+|(?:0|[1-9][0-9_]*)|0x[0-9a-fA-F_]+|[1-9][0-9_]*(?::[0-5]?[0-9])+)$/,
  /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*(?:[eE][-+][0-9]+)?$/,
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
  /^[-+]?\.(?:inf|Inf|INF)$/,
  /^\.(?:nan|NaN|NAN)$/,
  /^(?:=|<<)$/,
];
const YAML11_DATE = /^\d{4}-\d{1,2}-\d{1,2}(?:(?:[Tt]|[ \t]+)\d{1,2}:\d{2}:\d{2}(?:\.\d*)?(?:[ \t]*Z|[-+]\d{1,2}(?::\d{2})?)?)?$/;

function readsOtherwiseIn11(value: string): boolean {
  return YAML11_DATE.test(value) || YAML11_OTHER.some((r) => r.test(value));
}

function needsQuotes(value: string): boolean {
  const out = stringifyString(new Scalar(value), { options: { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: null, singleQuote: null, doubleQuotedAsJSON: false, doubleQuotedMinMultiLineLength: 40, blockQuote: true }, indent: '', indentStep: '  ', doc: SAMPLE } as unknown as StringifyContext);
  return out.startsWith('"') || out.startsWith("'") || out.startsWith('|') || out.startsWith('>');
}

/** Enough of a document for stringifyString's plain-scalar test (the core schema's tags). */
const SAMPLE = parseSource('', 'a: b').source.doc;

/**
 * The lines the author broke a folded block or a multi-line plain text into,
 * when they can be kept exactly; undefined when the library's own layout is
 * kept instead (explicit indentation, kept trailing lines, tabs, flow context).
 */
function authorLines(node: Scalar, text: string): (string[] & { chomp: string }) | undefined {
  if (!node.range) return undefined;
  const raw = text.slice(node.range[0], node.range[1]);
  if (raw.includes('\t')) return undefined;
  if (node.type === Scalar.BLOCK_FOLDED) {
    const header = /^>([+-]?)(?:[ ]+#.*)?\n/.exec(raw);
    if (!header || header[1] === '+') return undefined;
    const body = raw.slice(header[0].length).split('\n');
    while (body.length > 0 && body[body.length - 1]!.trim() === '') body.pop();
    if (body.length < 2) return undefined;
    const indent = Math.min(...body.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length));
    // A more-indented first line needs an indentation indicator: the library writes that.
    if (body[0]!.length - body[0]!.trimStart().length !== indent) return undefined;
    return Object.assign(body.map((l) => (l.trim() === '' ? '' : l.slice(indent))), { chomp: header[1]! });
  }
  if (node.type === Scalar.PLAIN && raw.includes('\n')) {
    const lines = raw.split('\n').map((l) => l.trim());
    return Object.assign(lines, { chomp: '-' });
  }
  return undefined;
}

/** A text to be written as a folded block with the author's own line breaks. */
class KeptLines {
  constructor(readonly text: string, readonly lines: readonly string[], readonly chomp: string) {}
}

type Write<T> = (value: T, item: Scalar, ctx: StringifyContext, onComment?: () => void, onChompKeep?: () => void) => string;

/** A string tag for the values of one class of ours, which `write` lays out; read back, they are plain strings. */
function textTag<T>(type: abstract new (...args: never[]) => T, write: Write<T>) {
  return {
    identify: (v: unknown) => v instanceof type,
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: (s: string) => s,
    stringify: (item: Scalar, ctx: StringifyContext, onComment?: () => void, onChompKeep?: () => void) => write(item.value as T, item, ctx, onComment, onChompKeep),
  };
}

const writeKeptLines: Write<KeptLines> = (kept, item, ctx, onComment, onChompKeep) => {
  if (ctx.inFlow || ctx.implicitKey || !ctx.indent) {
    return stringifyString(Object.assign(new Scalar(kept.text), { comment: item.comment }), ctx, onComment, onChompKeep);
  }
  let header = `>${kept.chomp}`;
  if (item.comment) {
    header += ` #${item.comment.replace(/\s*\n\s*/g, ' ')}`;
    onComment?.();
  }
  return [header, ...kept.lines.map((l) => (l === '' ? '' : ctx.indent + l))].join('\n');
};

const KEPT_LINES_TAG = textTag(KeptLines, writeKeptLines);

/** How wide vanban's own files are: a longer text is folded into a `>-` block at spaces. */
const FOLD_WIDTH = 100;

/** A text of data vanban writes itself, folded at FOLD_WIDTH once its indentation is known. */
class Foldable {
  constructor(readonly text: string, readonly type: Scalar.Type | undefined) {}
}

const FOLDED_TAG = textTag(Foldable, ({ text, type }, item, ctx, onComment, onChompKeep) => {
  if (!ctx.inFlow && !ctx.implicitKey && ctx.indent && !item.comment && foldsCleanly(text)) {
    const lines = foldFlowLines(text, ctx.indent, 'block', { lineWidth: FOLD_WIDTH, minContentWidth: 20 }).split('\n');
    // Also a text that fits on a line of its own but not after its key (indentAtStart counts from the key).
    const afterKey = ctx.indentAtStart === undefined ? ctx.indent.length : ctx.indent.length - 2 + ctx.indentAtStart;
    if (lines.length > 1 || afterKey + text.length > FOLD_WIDTH) {
      return writeKeptLines(new KeptLines(text, lines.map((l) => l.trimStart()), '-'), item, ctx, onComment, onChompKeep);
    }
  }
  return stringifyString(Object.assign(new Scalar(text), { type, comment: item.comment }), ctx, onComment, onChompKeep);
});

/** One line, no edge spaces, no control characters: a folded block reads back as exactly this text. */
const foldsCleanly = (text: string) => !text.includes('\n') && text.trim() === text && !/[\x00-\x1f\x7f-\x9f]|  /.test(text);

function normaliseComments(doc: Document): void {
  const nfc = (c: string | null | undefined) => (c == null ? null : c.normalize('NFC'));
  doc.commentBefore = nfc(doc.commentBefore);
  doc.comment = nfc(doc.comment);
  visit(doc, (_key, node) => {
    // A flow pair written without a value ("{a}") has none: null, no node.
    if (node === null || isPair(node)) return;
    const n = node as { commentBefore?: string | null; comment?: string | null };
    n.commentBefore = nfc(n.commentBefore);
    n.comment = nfc(n.comment);
  });
}

function countComments(text: string): number {
  let n = 0;
  for (const token of new Lexer().lex(text)) if (token.startsWith('#')) n++;
  return n;
}

function nfcDeep(v: unknown): unknown {
  return mapStrings(v, (x) => x.normalize('NFC'), true);
}

/**
 * What vanban itself writes (sub-plans, scaffolds, merged reports) in the
 * canonical layout, so that `fmt --check` in a pre-commit hook passes on it
 * and a stamped file is not taken for an edited one after fmt.
 */
export function canonicalYaml(text: string): string {
  const r = formatYaml('', text, 'data');
  return r.kind === 'formatted' ? r.text : text;
}

/**
 * Data vanban made (a sub-plan, a merged report, an import's drafts) written
 * straight in the canonical layout, under `header` comment lines, its long texts
 * folded at FOLD_WIDTH columns — without
 * writing it, parsing it and laying it out again, which was a fifth of a
 * province's sub-plan run. What fmt promises holds: fmt keeps those line breaks
 * and changes nothing. The text is parsed once and compared with the data (the
 * check canonicalYaml makes); were they ever to differ, the library's plain
 * layout of the data is written instead. A caller that loads the text anyway
 * passes `check: false` and asks carriesData after its own load, which parsed it.
 */
export function canonicalYamlOf(data: unknown, header: readonly string[] = [], check = true): string {
  // One value in two places (a report's "to" and its Nơi nhận) is written twice, never as an anchor and alias.
  const doc = new Document(data, { aliasDuplicateObjects: false });
  const kind = (data as { kind?: unknown } | null)?.kind;
  if (doc.contents) arrange(doc.contents, cursorOfKind(kind), '');
  visit(doc, {
    Scalar(key, node) {
      if (key !== 'key' && typeof node.value === 'string' && node.value.length > FOLD_WIDTH / 2) node.value = new Foldable(node.value, node.type);
    },
  });
  const text = [...header, layout(doc)].join('\n');
  if (!check || carriesData(text, data)) return text;
  return [...header, new Document(data, { aliasDuplicateObjects: false }).toString({ lineWidth: 0 })].join('\n');
}

/** Whether a YAML text reads back as `data` (texts in NFC); a text loaded lately is not parsed again (load-yaml's loadedData). */
export function carriesData(text: string, data: unknown): boolean {
  return isDeepStrictEqual(loadedData(text), nfcDeep(data));
}
