import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { diffArrays } from 'diff';
import { ROOT } from './cli.js';

/**
 * Word edits scripted with python-docx (tests/fixtures/word-edits/word_edit.py), and
 * where in a plan's YAML the change they make may fall.
 */
// Debian's python3-docx installs for the system Python, which another python3 on PATH may hide.
export const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
export const pythonDocx = spawnSync(PYTHON, ['-c', 'import docx'], { encoding: 'utf8' }).status === 0;
if (!pythonDocx && process.env.CI === 'true') throw new Error('CI=true but python3-docx is missing: .ci/run must install it');
if (!pythonDocx) console.warn('[skip] python3-docx not found: the Word-edit corpus of import --into is skipped (apt install python3-docx).');
export const EDIT = join(ROOT, 'tests', 'fixtures', 'word-edits', 'word_edit.py');

/** The lines of `before` that `after` no longer has, by line number (1-based). */
export function changedLines(before: string, after: string): number[] {
  const out: number[] = [];
  let line = 1;
  for (const part of diffArrays(before.split('\n'), after.split('\n'))) {
    if (part.added) continue;
    if (part.removed) for (let k = 0; k < part.value.length; k++) out.push(line + k);
    line += part.value.length;
  }
  return out;
}

/** The line span of the node `id` in a plan's YAML: its "- id:" line to the line before the next node or list at its depth or above. */
export function spanOf(text: string, id: string): [number, number] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => new RegExp(`^\\s*- id: ${id}$`).test(l));
  const indent = lines[start]!.indexOf('-');
  let end = start + 1;
  while (end < lines.length && (lines[end]!.trim() === '' || lines[end]!.search(/\S/) > indent || (lines[end]!.search(/\S/) === indent && !/^\s*- /.test(lines[end]!) && !/^\s*#/.test(lines[end]!)))) end++;
  return [start + 1, end];
}

/** The top-level key's lines: from "key:" to the next top-level key. */
export function keySpan(text: string, key: string): [number, number] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`${key}:`));
  let end = start + 1;
  while (end < lines.length && !/^[a-z_]+:/.test(lines[end]!)) end++;
  return [start + 1, end];
}

