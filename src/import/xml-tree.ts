import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { DOCX_LIMITS, type DocxLimit } from '../env/limits.js';

/** An XML part of a DOCX as a small tree (saxes does the parsing); names keep their prefix ("w:p"). */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: Array<XmlElement | string>;
}

export class XmlError extends Error {}

/** A part past one of DOCX_LIMITS: which, and how far it got. */
export class XmlLimitError extends XmlError {
  constructor(readonly limit: DocxLimit, readonly value: number) {
    super(`${limit} > ${DOCX_LIMITS[limit]}`);
  }
}

/** The tree of one part, refused as soon as it nests, counts or spells past DOCX_LIMITS (saxes itself does not recurse). */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false });
  const root: XmlElement = { name: '#root', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let failure: Error | undefined;
  let elements = 0;
  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (failure) return;
    if (stack.length > DOCX_LIMITS.depth) failure = new XmlLimitError('depth', stack.length);
    else if (++elements > DOCX_LIMITS.elements) failure = new XmlLimitError('elements', elements);
    else {
      const attrs = tag.attributes as Record<string, string>;
      const long = Object.values(attrs).find((v) => v.length > DOCX_LIMITS.attributeChars);
      if (long !== undefined) failure = new XmlLimitError('attributeChars', long.length);
    }
    // Past a limit the rest is read for nothing: the tree stops growing.
    if (failure) return;
    const el: XmlElement = { name: tag.name, attrs: tag.attributes as Record<string, string>, children: [] };
    stack.at(-1)!.children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => {
    if (!failure) stack.pop();
  });
  parser.on('text', (t) => {
    if (!failure) stack.at(-1)!.children.push(t);
  });
  parser.write(xml).close();
  if (failure instanceof XmlError) throw failure;
  if (failure) throw new XmlError(failure.message);
  return root;
}

export const childElements = (el: XmlElement, name?: string): XmlElement[] =>
  el.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));

export const child = (el: XmlElement | undefined, name: string): XmlElement | undefined => (el ? childElements(el, name)[0] : undefined);

/** Every descendant named `name` (or any of `name`), in document order, not looking inside a match; walked without recursion. */
export function descendants(el: XmlElement, name: string | readonly string[]): XmlElement[] {
  const out: XmlElement[] = [];
  const todo: XmlElement[] = childElements(el).reverse();
  const wanted = typeof name === 'string' ? (n: string) => n === name : (n: string) => name.includes(n);
  while (todo.length > 0) {
    const c = todo.pop()!;
    if (wanted(c.name)) out.push(c);
    else for (let i = c.children.length - 1; i >= 0; i--) if (typeof c.children[i] !== 'string') todo.push(c.children[i] as XmlElement);
  }
  return out;
}

/**
 * The words of Word's text elements under `el`, in order: w:t's characters, a
 * no-break hyphen (w:noBreakHyphen, which vanban writes inside a ký hiệu) as "-".
 */
export function wordText(el: XmlElement): string {
  return descendants(el, ['w:t', 'w:noBreakHyphen']).map((t) => (t.name === 'w:noBreakHyphen' ? '-' : t.children.filter((x): x is string => typeof x === 'string').join(''))).join('');
}
