import { dirname, relative } from 'node:path';
import { EXIT } from '../../project/exit-codes.js';
import { io } from '../io.js';
import { notWritten } from '../outcome-words.js';
import { writeSchemas, type SchemaCopy } from '../../project/schema-link.js';
import type { Strings } from '../strings.js';

/** `vanban schema --write [dir]`: copies the JSON Schemas into the project, for editors that work offline. */
export function schemaCommand(dir: string, options: { force: boolean }, s: Strings): number {
  return reportSchemaCopies(writeSchemas(dir, options.force), s) ? EXIT.ok : EXIT.usage;
}

/** Says what happened to each copy; false when one could not be written. */
export function reportSchemaCopies(copies: readonly SchemaCopy[], s: Strings): boolean {
  let ok = true;
  // The copies already up to date are one line, not one each: they are the usual case of every scaffold.
  const same = copies.filter((c) => c.outcome.kind === 'same').map((c) => relative(process.cwd(), c.path) || c.path);
  if (same.length === 1) io.err(s.schemaSame(same[0]!) + '\n');
  else if (same.length > 1) io.err(s.schemasSame(same.length, dirname(same[0]!)) + '\n');
  for (const { path, outcome } of copies) {
    const shown = relative(process.cwd(), path) || path;
    if (outcome.kind === 'same') continue;
    if (outcome.kind === 'written') io.err(s.wrote(shown) + '\n');
    else {
      io.err(notWritten(outcome, shown, s) + '\n');
      ok = false;
    }
  }
  return ok;
}
