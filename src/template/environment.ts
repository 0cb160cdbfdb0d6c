import Handlebars from 'handlebars';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PACKAGE_ROOT } from '../env/world.js';

/**
 * A Handlebars environment for one document kind. Templates come from the
 * package's templates/<kind>/; a province's own directory (--templates DIR)
 * replaces any file it holds and keeps the rest.
 */
export interface TemplateSet {
  render(view: unknown): string;
}

export const DEFAULT_TEMPLATES = join(PACKAGE_ROOT, 'templates');

export function loadTemplates(kind: string, overrideDir?: string): TemplateSet {
  const hb = Handlebars.create();
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  const files = new Map<string, string>();
  const collect = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.hbs')) files.set(basename(f, '.hbs'), join(dir, f));
  };
  // Partials every kind shares (the national header, the closing block), then the kind's own.
  collect(join(DEFAULT_TEMPLATES, 'shared'));
  collect(join(DEFAULT_TEMPLATES, kind));
  if (overrideDir) {
    collect(overrideDir);
    collect(join(overrideDir, 'shared'));
    collect(join(overrideDir, kind));
  }
  const main = files.get('document');
  if (!main) throw new Error(`no document.hbs for "${kind}"`);
  for (const [name, file] of files) if (name !== 'document') hb.registerPartial(name, readFileSync(file, 'utf8'));
  // noEscape stays off: escaping is what keeps YAML text from becoming markup.
  const template = hb.compile(readFileSync(main, 'utf8'), { strict: false, preventIndent: true });
  return { render: (view) => template(view) };
}
