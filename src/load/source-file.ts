import { Composer, isMap, isPair, isScalar, isSeq, LineCounter, Parser, YAMLParseError, type CST, type Document, type Node } from 'yaml';
import type { Diagnostic, Position } from '../diagnostics/types.js';
import { repairIndentation, type ErrorCount } from './indent-repair.js';
import { aliasProblems, controlCharacters, depthProblem, type BoundProblem } from './yaml-bounds.js';

/**
 * One YAML file with the positions of its nodes kept, so that every later stage
 * can point at file:line:column by a JSON path.
 */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
}

export type JsonPath = ReadonlyArray<string | number>;

export function parseSource(path: string, text: string): { source: SourceFile; diagnostics: Diagnostic[] } {
  const parsed = parseExact(path, text);
  if (parsed.diagnostics.every((d) => d.code !== 'yaml-syntax')) return parsed;
  // One indentation slip: reported where it is, and the file, so repaired, checked for the rest.
  const repair = repairIndentation(text, errorCount);
  if (!repair) return parsed;
  const again = parseExact(path, repair.text);
  if (again.diagnostics.some((d) => d.code === 'yaml-syntax' || d.code === 'yaml-duplicate-key')) return parsed;
  const slips = repair.fixes.map((f): Diagnostic => ({
    code: 'yaml-indent', severity: 'error', file: path, start: { line: f.line, column: 1 },
    args: { kind: f.kind, found: f.found, fixed: f.fixed },
  }));
  // Positions are those of the repaired text (only indentation moved); code frames show what the user typed.
  return { source: { ...again.source, text }, diagnostics: [...slips, ...again.diagnostics] };
}

/** How many errors a text parses with, and the line of the first (indent-repair.ts tries texts with it). */
const errorCount: ErrorCount = (text) => {
  const lines = new LineCounter();
  const doc = composeFirst([...new Parser(lines.addNewLine).parse(text)], text.length);
  return { count: doc.errors.length, firstLine: doc.errors.length > 0 ? lines.linePos(doc.errors[0]!.pos[0]).line : 0 };
};

function parseExact(path: string, text: string): { source: SourceFile; diagnostics: Diagnostic[] } {
  const lines = new LineCounter();
  const tokens = [...new Parser(lines.addNewLine).parse(text)];
  const tooDeep = depthProblem(tokens);
  // Composing a too-deep tree would overflow the stack: the file is reported, not composed.
  const doc = composeFirst(tooDeep ? [] : tokens, text.length);
  const source: SourceFile = { path, text, doc, lines };
  const diagnostics: Diagnostic[] = [];
  const bound = (p: BoundProblem): Diagnostic => ({ code: p.code, severity: 'error', file: path, start: positionAt(source, p.offset), args: p.args });
  if (tooDeep) return { source, diagnostics: [bound(tooDeep)] };
  const seen = new Set<string>();
  for (const err of doc.errors) {
    // An unclosed quote is reported where the file ends; the user needs the line that opened it.
    const offset = err.code === 'MISSING_CHAR' && /quote/.test(err.message) ? openingQuote(text, err.pos[0]) : err.pos[0];
    const start = positionAt(source, offset);
    const duplicate = err.code === 'DUPLICATE_KEY';
    // The parser often reports one mistake several times on the same line.
    const key = `${duplicate}:${start.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push({
      code: duplicate ? 'yaml-duplicate-key' : 'yaml-syntax',
      severity: 'error',
      file: path,
      start,
      args: duplicate ? { key: duplicateKeyAt(text, err.pos[0]) } : { detail: firstLine(err.message), hint: hintFor(text, offset), problem: err.code },
    });
  }
  diagnostics.push(...aliasProblems(doc).map(bound), ...controlCharacters(doc).map(bound));
  return { source, diagnostics };
}

// logLevel: the library's console warnings (a mapping used as a key, in a damaged file) would reach the user's terminal; the schema names what is wrong.
const COMPOSE_OPTIONS = { prettyErrors: false, uniqueKeys: true, strict: true, logLevel: 'error' } as const;

/** The first document of the token stream, as yaml's parseDocument makes it (a second document is an error). */
function composeFirst(tokens: readonly CST.Token[], length: number): Document.Parsed {
  let doc: Document.Parsed | undefined;
  // compose(…, forceDoc = true) always yields a document, an empty one for no tokens.
  for (const d of new Composer(COMPOSE_OPTIONS).compose(tokens, true, length)) {
    if (!doc) doc = d;
    else {
      doc.errors.push(new YAMLParseError([d.range[0], d.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  return doc!;
}

/** A common cause worth naming: plain text ending in ":" (Vietnamese lead-in sentences do) reads as a key. */
function hintFor(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  return /:\s+[^"'>|].*:\s*$/.test(line) ? 'value-ends-with-colon' : '';
}

/** The offset of the first line with an odd number of unescaped double quotes before `limit`. */
function openingQuote(text: string, limit: number): number {
  let offset = 0;
  for (const line of text.slice(0, limit).split('\n')) {
    const quotes = line.replace(/\\./g, '').replace(/#.*$/, '').split('"').length - 1;
    if (quotes % 2 === 1) return offset + line.indexOf('"');
    offset += line.length + 1;
  }
  return limit;
}

function firstLine(message: string): string {
  // yaml's messages end with "at line L, column C" and a code excerpt; the position is ours to print.
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

function duplicateKeyAt(text: string, offset: number): string {
  const m = /^[^:\n]*/.exec(text.slice(offset));
  return (m?.[0] ?? '').trim();
}

export function positionAt(source: SourceFile, offset: number): Position {
  const { line, col } = source.lines.linePos(Math.max(0, Math.min(offset, source.text.length)));
  return { line, column: col };
}

/** The key node and value node at a JSON path; missing steps stop at the deepest node found. */
function nodeAt(source: SourceFile, path: JsonPath): { key?: Node; value?: Node; exact: boolean } {
  let current: unknown = source.doc.contents;
  let key: Node | undefined;
  for (const step of path) {
    if (isMap(current)) {
      const pair = current.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) return { value: current as Node, exact: false };
      key = pair.key as Node;
      current = pair.value;
    } else if (isSeq(current) && typeof step === 'number') {
      const item = current.items[step];
      if (item === undefined) return { value: current as Node, exact: false };
      key = undefined;
      current = item;
    } else {
      return { value: (current ?? undefined) as Node | undefined, exact: false };
    }
  }
  return { key, value: (current ?? undefined) as Node | undefined, exact: true };
}

/** Where a diagnostic about the value at `path` should point (the key when asked, else the value). */
export function rangeAt(source: SourceFile, path: JsonPath, prefer: 'key' | 'value' = 'value'): { start: Position; end?: Position } {
  const found = nodeAt(source, path);
  const node = prefer === 'key' ? (found.key ?? found.value) : (found.value ?? found.key);
  const range = node?.range;
  if (!range) return { start: { line: 1, column: 1 } };
  return { start: positionAt(source, range[0]), end: positionAt(source, range[1]) };
}
