import { relative } from 'node:path';
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
  for (const { path, outcome } of copies) {
    const shown = relative(process.cwd(), path) || path;
    if (outcome.kind === 'same') io.err(s.schemaSame(shown) + '\n');
    else if (outcome.kind === 'written') io.err(s.wrote(shown) + '\n');
    else {
      io.err(notWritten(outcome, shown, s) + '\n');
      ok = false;
    }
  }
  return ok;
}
