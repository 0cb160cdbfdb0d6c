import Handlebars from 'handlebars';
import { SaxesParser } from 'saxes';

/**
 * A province's own template (--templates) that cannot be used: a Handlebars
 * syntax error, or markup that does not close. The user's file, named with its
 * line, never an internal error.
 */
export class TemplateError extends Error {
  constructor(readonly file: string, readonly line: number, readonly column: number, readonly detail: string) {
    super(`${file}:${line}:${column}: ${detail}`);
  }
  /** The file, with its line and column when they are known. */
  get where(): string {
    return this.line > 0 ? `${this.file}:${this.line}:${this.column}` : this.file;
  }
}

/** Handlebars' own parse of a template file; its messages say "Parse error on line N". */
export function checkHandlebars(file: string, source: string): TemplateError | undefined {
  try {
    Handlebars.parse(source);
    return undefined;
  } catch (err) {
    const message = (err as Error).message;
    const line = Number(/line (\d+)/.exec(message)?.[1] ?? 1);
    const column = (err as { column?: number }).column;
    return new TemplateError(file, line, (column ?? 0) + 1, message.split('\n').filter((l) => !/^[-^ .]*$/.test(l)).slice(-1)[0] ?? message);
  }
}

/**
 * The markup of a template file on its own, with every {{…}} blanked out (same
 * length, so positions hold): elements must open and close inside one file.
 * Used to find which file broke the document's markup, after the fact.
 */
export function checkMarkup(file: string, source: string): TemplateError | undefined {
  const blanked = source.replace(/\{\{\{?[\s\S]*?\}?\}\}/g, (m) => m.replace(/[^\n]/g, ' '));
  const parser = new SaxesParser({ xmlns: false, position: true });
  let failure: TemplateError | undefined;
  parser.on('error', (e) => {
    // The wrapper below adds three characters before the file's first line.
    failure ??= new TemplateError(file, parser.line, parser.line === 1 ? Math.max(1, parser.column - 3) : parser.column, e.message.replace(/^\d+:\d+: /, ''));
  });
  parser.write(`<t>${blanked}</t>`).close();
  return failure;
}
