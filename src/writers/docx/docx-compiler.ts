import { Packer, type Document as DocxDocument } from 'docx';

/**
 * docx's compiler — the step that turns a docx Document into its package's parts,
 * which Packer would then zip — reached by name: it is not in docx's public types,
 * and the writer falls back to Packer whenever a docx release lacks it.
 *
 * vanban takes its own instance, whose formatter keeps two parts it has made once:
 * the theme (docx's, the same in every file) and the styles (docx's defaults and
 * ours, the same for the same style options). In a sub-plan of one page they were
 * a third of the DOCX writer's time, formatted again for each of a province's
 * thousands of files. Every other part is formatted afresh.
 */
export interface PartsCompiler {
  compile(file: DocxDocument): Iterable<[string, string | Uint8Array]>;
}

interface Formatter {
  format(component: unknown, context?: { file?: unknown }): unknown;
}

interface Compiler extends PartsCompiler {
  formatter: Formatter;
}

/** The style options each file was made with, as text: the key its styles part is kept under. */
const styleKeys = new WeakMap<object, string>();

/** Says what style options `file` was made with (absent: its styles part is never kept). */
export function madeWithStyles(file: DocxDocument, options: unknown): void {
  styleKeys.set(file, JSON.stringify(options));
}

export function partsCompiler(): PartsCompiler | undefined {
  const shared = (Packer as unknown as { compiler?: Partial<Compiler> }).compiler;
  if (typeof shared?.compile !== 'function' || typeof shared.formatter?.format !== 'function') return undefined;
  const own = new (shared.constructor as new () => Compiler)();
  const format = own.formatter.format.bind(own.formatter);
  const kept = new Map<string, unknown>();
  own.formatter.format = (component, context) => {
    const key = keptAs(component, context?.file);
    if (key === undefined) return format(component, context);
    let part = kept.get(key);
    if (part === undefined) kept.set(key, (part = format(component, context)));
    return part;
  };
  return own;
}

/** The key of a part that is the same whatever the document says, or undefined for one made afresh. */
function keptAs(component: unknown, file: unknown): string | undefined {
  const root = (component as { rootKey?: unknown } | null)?.rootKey;
  // docx's theme takes no options from vanban: one theme for every file.
  if (root === 'a:theme') return root;
  if (root === 'w:styles' && typeof file === 'object' && file !== null) {
    const options = styleKeys.get(file);
    return options === undefined ? undefined : `${root}\0${options}`;
  }
  return undefined;
}
