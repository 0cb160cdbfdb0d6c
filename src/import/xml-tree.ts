import { SaxesParser, type SaxesTagPlain } from 'saxes';

/** An XML part of a DOCX as a small tree (saxes does the parsing); names keep their prefix ("w:p"). */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: Array<XmlElement | string>;
}

export class XmlError extends Error {}

export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false });
  const root: XmlElement = { name: '#root', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let failure: Error | undefined;
  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const el: XmlElement = { name: tag.name, attrs: tag.attributes as Record<string, string>, children: [] };
    stack.at(-1)!.children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (t) => {
    stack.at(-1)!.children.push(t);
  });
  parser.write(xml).close();
  if (failure) throw new XmlError(failure.message);
  return root;
}

export const childElements = (el: XmlElement, name?: string): XmlElement[] =>
  el.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));

export const child = (el: XmlElement | undefined, name: string): XmlElement | undefined => (el ? childElements(el, name)[0] : undefined);

/** Every descendant named `name`, in document order, not looking inside a match. */
export function descendants(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of childElements(el)) {
    if (c.name === name) out.push(c);
    else descendants(c, name, out);
  }
  return out;
}
