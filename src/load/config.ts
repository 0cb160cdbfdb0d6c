import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';
import { bytePosition, decodeText } from './decode-text.js';
import { LIMITS } from '../env/limits.js';
import { parseSource, rangeAt } from './source-file.js';
import { nodeWorld, UnreadableFile, type World } from '../env/world.js';

/**
 * Per-project settings in vanban.config.yaml (in the folder vanban runs from),
 * for what a team sets once instead of on every command. The file also marks
 * the project's root: files named in YAML are read only from below it.
 *
 *   templates: mau-tinh     # the province's templates and phrases.yaml (as --templates)
 *   fonts:
 *     dir: /path/to/fonts   # Times New Roman or Liberation Serif, 4 styles
 *
 * Relative paths are read from the folder holding the file.
 */
export interface Config {
  readonly templates?: string;
  readonly fonts?: { readonly dir?: string };
}

export const CONFIG_FILE = 'vanban.config.yaml';

export interface LoadedConfig {
  readonly config: Config;
  readonly diagnostics: Diagnostic[];
  /** The file's text, for code frames. */
  readonly sources: Map<string, string>;
}

/** Reads and checks vanban.config.yaml; a malformed one is reported, never silently ignored. */
export function loadConfig(cwd = process.cwd(), world: World = nodeWorld): LoadedConfig {
  const path = join(cwd, CONFIG_FILE);
  const sources = new Map<string, string>();
  if (!world.exists(path)) return { config: {}, diagnostics: [], sources };
  const fail = (d: Omit<Diagnostic, 'file' | 'severity'>): LoadedConfig => ({ config: {}, diagnostics: [{ ...d, severity: 'error', file: CONFIG_FILE }], sources });
  let bytes: Uint8Array;
  try {
    bytes = world.readBytes(path, LIMITS.fileBytes);
  } catch (err) {
    if (!(err instanceof UnreadableFile)) throw err;
    return fail({ code: 'file-unreadable', start: { line: 1, column: 1 }, args: { reason: err.reason } });
  }
  const decoded = decodeText(bytes);
  if ('problem' in decoded) return fail({ code: 'file-not-utf8', start: bytePosition(bytes, decoded.problem.offset), args: decoded.problem });
  const { source, diagnostics } = parseSource(CONFIG_FILE, decoded.text);
  sources.set(CONFIG_FILE, decoded.text);
  if (diagnostics.length > 0) return { config: {}, diagnostics, sources };
  const data = source.doc.toJS() as unknown;
  const problems: Diagnostic[] = [];
  const at = (path: Array<string | number>, code: string, args: Diagnostic['args']) =>
    problems.push({ code, severity: 'error', file: CONFIG_FILE, ...rangeAt(source, path, code === 'schema-unknown-field' ? 'key' : 'value'), args });
  if (data === null || data === undefined) return { config: {}, diagnostics: [], sources };
  if (!isObject(data)) at([], 'schema-type', { expected: 'object' });
  else {
    for (const key of Object.keys(data)) if (key !== 'fonts' && key !== 'templates') at([key], 'schema-unknown-field', { property: key });
    if (data.templates !== undefined && typeof data.templates !== 'string') at(['templates'], 'schema-type', { expected: 'string' });
    const fonts = data.fonts;
    if (fonts !== undefined && fonts !== null) {
      if (!isObject(fonts)) at(['fonts'], 'schema-type', { expected: 'object' });
      else {
        for (const key of Object.keys(fonts)) if (key !== 'dir') at(['fonts', key], 'schema-unknown-field', { property: key });
        if (fonts.dir !== undefined && typeof fonts.dir !== 'string') at(['fonts', 'dir'], 'schema-type', { expected: 'string' });
      }
    }
  }
  return problems.length > 0 ? { config: {}, diagnostics: problems, sources } : { config: data as Config, diagnostics: [], sources };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
