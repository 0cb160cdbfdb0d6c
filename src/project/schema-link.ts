import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { PACKAGE_ROOT } from '../env/world.js';
import { projectRoot } from '../load/references.js';
import { writeNewFile, type WriteOutcome } from './output-file.js';

/** The JSON Schemas as shipped in the package (package.json "files"); they refer to each other by file name. */
export const SCHEMA_DIR = join(PACKAGE_ROOT, 'src', 'validate', 'schemas');
export const SCHEMA_FILES = ['plan.schema.json', 'agencies.schema.json', 'outline.schema.json', 'report.schema.json', 'decision.schema.json', 'progress.schema.json'] as const;
export type SchemaFile = (typeof SCHEMA_FILES)[number];

export interface SchemaCopy {
  readonly path: string;
  readonly outcome: WriteOutcome | { readonly kind: 'same' };
}

/** Writes the four schemas into `dir`; a file already identical is left alone, a different one only with force. */
export function writeSchemas(dir: string, force: boolean): SchemaCopy[] {
  return SCHEMA_FILES.map((file) => {
    const path = join(dir, file);
    const text = readFileSync(join(SCHEMA_DIR, file), 'utf8');
    if (existsSync(path) && readFileSync(path, 'utf8') === text) return { path, outcome: { kind: 'same' } };
    return { path, outcome: writeNewFile(path, text, { force }) };
  });
}

/**
 * What the `# yaml-language-server: $schema=…` line of a new file should say, so an
 * editor finds the schema offline on any machine that checks the project out:
 *  - vanban installed in the project's node_modules (or the project is vanban's
 *    checkout) → a relative path into it (node_modules/vanban/src/validate/schemas/…),
 *    the same on every clone;
 *  - otherwise (a global install, a checkout) → a copy in the project's schemas/
 *    folder, which `copyInto` asks the caller to write.
 */
export function schemaLink(
  file: SchemaFile, forFile: string, packageRoot: string = PACKAGE_ROOT,
): { readonly line: string; readonly copyInto?: string } {
  const at = resolve(forFile);
  const root = projectRoot(at);
  // vanban in the project's node_modules, or the project is vanban's own checkout: the shipped files are right there.
  const inProjectModules = (packageRoot.split(sep).includes('node_modules') && isInside(packageRoot, root)) || packageRoot === root;
  const shipped = join(packageRoot, relative(PACKAGE_ROOT, SCHEMA_DIR));
  const target = inProjectModules ? join(shipped, file) : join(root, 'schemas', file);
  const line = `# yaml-language-server: $schema=${relative(dirname(at), target).split(sep).join('/')}`;
  return inProjectModules ? { line } : { line, copyInto: join(root, 'schemas') };
}

const isInside = (path: string, dir: string) => {
  const r = relative(dir, path);
  return r !== '' && !r.startsWith('..') && !r.startsWith(sep);
};
