import Handlebars from 'handlebars';
import { join, relative } from 'node:path';
import { nodeWorld, type World } from '../env/world.js';
import { PRECOMPILED } from './generated/templates.js';
import { checkHandlebars, checkMarkup, TemplateError } from './template-error.js';
import { COMPILE_OPTIONS, DEFAULT_TEMPLATES, templateFiles, textHash } from './template-files.js';

export { DEFAULT_TEMPLATES };

/**
 * A Handlebars environment for one document kind. Templates come from the
 * package's templates/<kind>/; a province's own directory (--templates DIR)
 * replaces any file it holds and keeps the rest.
 */
export interface TemplateSet {
  render(view: unknown): string;
  /** When the rendered markup is malformed: the province template to blame, if any is in use. */
  culprit?(): TemplateError | undefined;
}

type Spec = Parameters<typeof Handlebars.template>[0];
const precompiled = PRECOMPILED as unknown as Record<string, { hash: string; spec: Spec }>;

/** `precompiled: false` compiles every file at run time: tests compare the two. */
export function loadTemplates(kind: string, overrideDir?: string, { precompiled: usePrecompiled = true, world = nodeWorld }: { precompiled?: boolean; world?: World } = {}): TemplateSet {
  const hb = Handlebars.create();
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  // Partials every kind shares (the national header, the closing block), then the kind's own; later folders win.
  const files = new Map([...templateFiles(join(DEFAULT_TEMPLATES, 'shared'), world), ...templateFiles(join(DEFAULT_TEMPLATES, kind), world)]);
  if (overrideDir) {
    for (const dir of [overrideDir, join(overrideDir, 'shared'), join(overrideDir, kind)]) for (const [k, v] of templateFiles(dir, world)) files.set(k, v);
  }
  if (!files.has('document')) throw new Error(`no document.hbs for "${kind}"`);
  const own = (file: string) => !!overrideDir && relative(DEFAULT_TEMPLATES, file).startsWith('..');
  const load = (file: string) => {
    const source = world.readText(file);
    if (own(file)) {
      const problem = checkHandlebars(file, source);
      if (problem) throw problem;
    }
    // The package's own files, unchanged since `npm run templates:compile`, skip compiling.
    const entry = usePrecompiled && precompiled[relative(DEFAULT_TEMPLATES, file).split('\\').join('/').replace(/\.hbs$/, '')];
    return entry && entry.hash === textHash(source) ? hb.template(entry.spec) : hb.compile(source, COMPILE_OPTIONS);
  };
  for (const [name, file] of files) if (name !== 'document') hb.registerPartial(name, load(file));
  // noEscape stays off: escaping is what keeps YAML text from becoming markup.
  const template = load(files.get('document')!);
  const ownFiles = [...files.values()].filter(own);
  return {
    render: (view) => {
      if (ownFiles.length === 0) return template(view);
      try {
        return template(view);
      } catch (err) {
        throw new TemplateError(overrideDir!, 0, 0, (err as Error).message);
      }
    },
    /** Which of a province's own files breaks the markup, if one does on its own. */
    culprit: () => ownFiles.map((f) => checkMarkup(f, world.readText(f))).find((p) => p !== undefined)
      ?? (ownFiles.length > 0 ? new TemplateError(overrideDir!, 0, 0, '') : undefined),
  };
}
