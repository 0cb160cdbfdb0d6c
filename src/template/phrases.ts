import { join } from 'node:path';
import { nodeWorld, type World } from '../env/world.js';
import { LineCounter, parseDocument } from 'yaml';
import { DEFAULT_PHRASES, PHRASE_KEYS, type PhraseKey, type PhraseTable } from '../text/agency-phrase.js';
import { TemplateError } from './template-error.js';

/**
 * The assignment phrases a province uses: the built-in table (text/agency-phrase.ts),
 * with any pattern its templates folder replaces in phrases.yaml (or plan/phrases.yaml):
 *
 *   lead-with-support: "{lead} chủ trì, phối hợp chặt chẽ với {others} {act}"
 *
 * A key vanban does not know, or a value that is not text, is the province's mistake,
 * reported with the file and line (exit 2), never a silent default.
 */
export function loadPhrases(overrideDir?: string, world: World = nodeWorld): PhraseTable {
  if (!overrideDir) return DEFAULT_PHRASES;
  const file = [join(overrideDir, 'phrases.yaml'), join(overrideDir, 'plan', 'phrases.yaml')].find((f) => world.exists(f));
  if (!file) return DEFAULT_PHRASES;
  const lines = new LineCounter();
  const doc = parseDocument(world.readText(file), { lineCounter: lines });
  const at = (offset: number | undefined) => lines.linePos(offset ?? 0);
  if (doc.errors.length > 0) {
    const { line, col } = at(doc.errors[0]!.pos[0]);
    throw new TemplateError(file, line, col, doc.errors[0]!.message);
  }
  const data = doc.toJS() as unknown;
  if (data === null || data === undefined) return DEFAULT_PHRASES;
  if (typeof data !== 'object' || Array.isArray(data)) throw new TemplateError(file, 1, 1, `phrases.yaml holds "key: pattern" lines (${PHRASE_KEYS.join(', ')})`);
  const table: Record<string, string> = { ...DEFAULT_PHRASES };
  for (const [key, value] of Object.entries(data)) {
    const node = doc.get(key, true) as { range?: [number, number] } | undefined;
    const { line, col } = at(node?.range?.[0]);
    if (!(PHRASE_KEYS as readonly string[]).includes(key)) throw new TemplateError(file, line, col, `unknown phrase "${key}"; known: ${PHRASE_KEYS.join(', ')}`);
    if (typeof value !== 'string' || value.trim() === '') throw new TemplateError(file, line, col, `the pattern of "${key}" must be text`);
    table[key as PhraseKey] = value;
  }
  return table as PhraseTable;
}
