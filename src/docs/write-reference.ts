/** `npm run docs:schema`: rewrites the YAML reference section of README.md from the schemas. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../env/world.js';
import { schemaFor } from '../validate/schema.js';
import { replaceReference, schemaReference } from './schema-reference.js';

export function currentReference(): string {
  return schemaReference([
    { file: 'plan.schema.json', schema: schemaFor('plan') },
    { file: 'agencies.schema.json', schema: schemaFor('agencies') },
    { file: 'outline.schema.json', schema: schemaFor('outline') },
    { file: 'report.schema.json', schema: schemaFor('report') },
    { file: 'decision.schema.json', schema: schemaFor('decision') },
    { file: 'progress.schema.json', schema: schemaFor('progress') },
  ]);
}

if (process.argv[1]?.endsWith('write-reference.js')) {
  const path = join(PACKAGE_ROOT, 'README.md');
  writeFileSync(path, replaceReference(readFileSync(path, 'utf8'), currentReference()));
  console.log(`Updated ${path}`);
}
