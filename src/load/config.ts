import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';
import { bytePosition, decodeText } from './decode-text.js';
import { LIMITS } from '../env/limits.js';
import { parseSource, rangeAt } from './source-file.js';
import { readRegularFile, UnreadableFile } from '../env/world.js';

/**
 * Per-project settings in vanban.config.yaml (in the folder vanban runs from),
 * for what a team sets once instead of on every command. The file also marks
 * the project's root: files named in YAML are read only from below it.
 *
 *   fonts:
 *     dir: /path/to/fonts   # Times New Roman or Liberation Serif, 4 styles
 */
export interface Config {
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
export function loadConfig(cwd = process.cwd()): LoadedConfig {
  const path = join(cwd, CONFIG_FILE);
  const sources = new Map<string, string>();
  if (!existsSync(path)) return { config: {}, diagnostics: [], sources };
  const fail = (d: Omit<Diagnostic, 'file' | 'severity'>): LoadedConfig => ({ config: {}, diagnostics: [{ ...d, severity: 'error', file: CONFIG_FILE }], sources });
  let bytes: Uint8Array;
  try {
    bytes = readRegularFile(path, LIMITS.fileBytes);
  } catch (err) {
    if (!(err instanceof UnreadableFile)) throw err;
    return fail({ code: 'file-unreadable', start: { line: 0, column: 0 }, args: { reason: err.reason } });
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
    for (const key of Object.keys(data)) if (key !== 'fonts') at([key], 'schema-unknown-field', { property: key });
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

/** The settings, for code that runs after the CLI has reported any problem with them. */
export function readConfig(cwd = process.cwd()): Config {
  return loadConfig(cwd).config;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
