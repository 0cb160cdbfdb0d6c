import type { Diagnostic } from '../diagnostics/types.js';
import { UnreadableFile, type World } from '../env/world.js';
import { bytePosition, decodeText } from './decode-text.js';
import { LIMITS } from '../env/limits.js';
import { parseSource, type SourceFile } from './source-file.js';

export interface LoadedYaml {
  readonly source?: SourceFile;
  /** Plain data of the document; undefined when the file could not be read or parsed. */
  readonly data?: unknown;
  /**
   * What the parser recovered of a file with YAML syntax errors (only those: never
   * past an alias, depth or encoding problem), for checks that report the rest of
   * the file too (see diagnostics/recovered.ts).
   */
  readonly recovered?: unknown;
  readonly diagnostics: Diagnostic[];
}

/** Reads, decodes and parses one YAML file within LIMITS; never throws for bad input. */
export async function loadYaml(path: string, world: World): Promise<LoadedYaml> {
  const bytes = await readBytes(path, world);
  return bytes instanceof Uint8Array ? parseYamlBytes(path, bytes) : { diagnostics: [bytes] };
}

/** A regular file's bytes within LIMITS, or the diagnostic that says why not. */
export async function readBytes(path: string, world: World): Promise<Uint8Array | Diagnostic> {
  try {
    return await world.readFile(path);
  } catch (err) {
    if (!(err instanceof UnreadableFile)) throw err;
    return unreadable(path, err);
  }
}

/** The text of bytes in UTF-8 (a BOM dropped), or the located diagnostic of the first byte that is not. */
export function decodeUtf8(path: string, bytes: Uint8Array): string | Diagnostic {
  const decoded = decodeText(bytes);
  if (!('problem' in decoded)) return decoded.text;
  const { encoding, offset, byte } = decoded.problem;
  return { code: 'file-not-utf8', severity: 'error', file: path, start: bytePosition(bytes, offset), args: { encoding, byte } };
}

/** Decodes and parses bytes already read (loadYaml without the reading). */
export function parseYamlBytes(path: string, bytes: Uint8Array): LoadedYaml {
  const text = decodeUtf8(path, bytes);
  if (typeof text !== 'string') return { diagnostics: [text] };
  const { source, diagnostics } = parseSource(path, text);
  if (diagnostics.length > 0) {
    const syntaxOnly = diagnostics.every((d) => d.code === 'yaml-syntax' || d.code === 'yaml-duplicate-key' || d.code === 'yaml-indent');
    return { source, diagnostics, ...(syntaxOnly && source.doc.contents ? { recovered: recover(source) } : {}) };
  }
  // The alias checks above bound what this expands to.
  const data: unknown = source.doc.toJS({ maxAliasCount: -1 });
  remember(text, data);
  return { source, data, diagnostics };
}

/**
 * The data of texts loaded lately, as it was before any check could touch it: a DOCX
 * carries its input as data (cli/embedded-source.ts), and parsing the YAML a second
 * time for that cost more than writing the DOCX. Kept as JSON, parsed again only when
 * asked for, and then kept parsed: the registry a batch of sub-plans shares is read
 * once. A few entries, the most used kept longest.
 */
const recent = new Map<string, { readonly json: string; data?: unknown }>();
const RECENT = 16;

function remember(text: string, data: unknown): void {
  recent.delete(text);
  recent.set(text, { json: JSON.stringify(data) });
  if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
}

/** A YAML text's data as loaded, not to be changed (it is shared): remembered from its load, else parsed now. */
export function loadedData(text: string): unknown {
  const known = recent.get(text);
  if (known === undefined) return parseSource('', text).source.doc.toJS({ maxAliasCount: -1 });
  recent.delete(text);
  recent.set(text, known);
  return (known.data ??= JSON.parse(known.json));
}

function recover(source: SourceFile): unknown {
  try {
    return source.doc.toJS({ maxAliasCount: -1 });
  } catch {
    // An alias to a node the error swallowed: nothing to check beyond the syntax.
    return undefined;
  }
}

export function unreadable(path: string, err: UnreadableFile): Diagnostic {
  return {
    // The whole file is the problem: it is located at its first place, as an empty file is.
    code: 'file-unreadable', severity: 'error', file: path, start: { line: 1, column: 1 },
    args: { reason: err.reason, ...(err.reason === 'too-large' ? { limit: LIMITS.fileBytes } : {}) },
  };
}
