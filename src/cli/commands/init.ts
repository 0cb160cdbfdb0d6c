import { io } from '../io.js';
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PACKAGE_ROOT } from '../../env/world.js';
import { EXIT } from '../../project/exit-codes.js';
import { writeNewFile } from '../../project/output-file.js';
import { notWritten } from '../outcome-words.js';
import { schemaLink, writeSchemas } from '../../project/schema-link.js';
import type { Strings } from '../strings.js';
import { reportSchemaCopies } from './schema.js';

const STARTER = join(PACKAGE_ROOT, 'templates', 'starter');
const SCHEMA_LINE = '# yaml-language-server: $schema=__SCHEMA__';

/** Writes NAME.yaml and NAME.agencies.yaml from the starter; refuses to overwrite without --force. */
export async function initCommand(name: string, options: { force: boolean }, s: Strings): Promise<number> {
  const stem = name.replace(/\.ya?ml$/, '');
  const planPath = `${stem}.yaml`;
  const registryPath = `${stem}.agencies.yaml`;
  // The $schema line lets yaml-language-server offer completion and hover, offline, on every clone.
  const planLink = schemaLink('plan.schema.json', planPath);
  const plan = readFileSync(join(STARTER, 'plan.yaml'), 'utf8')
    .replace('__AGENCIES__', basename(registryPath))
    .replace(SCHEMA_LINE, planLink.line);
  const registry = readFileSync(join(STARTER, 'agencies.yaml'), 'utf8').replace(SCHEMA_LINE, schemaLink('agencies.schema.json', registryPath).line);
  if (planLink.copyInto) reportSchemaCopies(writeSchemas(planLink.copyInto, false), s);
  for (const [path, text] of [[registryPath, registry], [planPath, plan]] as const) {
    const outcome = writeNewFile(path, text, { force: options.force });
    if (outcome.kind !== 'written') {
      io.err(notWritten(outcome, path, s) + '\n');
      return EXIT.usage;
    }
    io.err(s.wrote(path) + '\n');
  }
  io.err(s.next(join(dirname(planPath), basename(planPath))) + '\n');
  return EXIT.ok;
}
