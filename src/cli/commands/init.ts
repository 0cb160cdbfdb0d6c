import { io } from '../io.js';
import { readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../../env/world.js';
import { EXIT } from '../exit-codes.js';
import { notWritten, writeNewFile } from '../output-file.js';
import type { Strings } from '../strings.js';

const STARTER = join(PACKAGE_ROOT, 'templates', 'starter');
const SCHEMAS = join(PACKAGE_ROOT, 'src', 'validate', 'schemas');

/** Writes NAME.yaml and NAME.agencies.yaml from the starter; refuses to overwrite without --force. */
export async function initCommand(name: string, options: { force: boolean }, s: Strings): Promise<number> {
  const stem = name.replace(/\.ya?ml$/, '');
  const planPath = `${stem}.yaml`;
  const registryPath = `${stem}.agencies.yaml`;
  // The $schema line lets yaml-language-server offer completion and hover from wherever the plan lives.
  const schema = (file: string) => relative(resolve(dirname(planPath)), join(SCHEMAS, file)).split('\\').join('/');
  const plan = readFileSync(join(STARTER, 'plan.yaml'), 'utf8')
    .replace('__AGENCIES__', basename(registryPath))
    .replace('__SCHEMA__', schema('plan.schema.json'));
  const registry = readFileSync(join(STARTER, 'agencies.yaml'), 'utf8').replace('__SCHEMA__', schema('agencies.schema.json'));
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
