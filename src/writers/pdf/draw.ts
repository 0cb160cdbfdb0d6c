import { deflateSync } from 'node:zlib';
import { PDFName, type PDFDocument } from 'pdf-lib';
import type { FontStyle, LayoutResult, PageItem } from '../../layout/types.js';
import type { FontEmbedder } from './font-embedder.js';

/**
 * The thin drawer: writes each page's content stream from the positioned items.
 * Operators are written as text rather than through pdf-lib's operator objects,
 * which cost more than all of layout; the stream is deflated with Node's zlib.
 *
 * A justified run is one TJ: real spaces stay in the text (copy-paste works) and
 * the extra width follows each space as a TJ adjustment, since Identity-H fonts
 * ignore the Tw word-spacing operator.
 */
export function drawPages(pdf: PDFDocument, layout: LayoutResult, fonts: FontEmbedder): void {
  for (const p of layout.pages) {
    const page = pdf.addPage([p.width ?? layout.width, p.height ?? layout.height]);
    const keys = new Map<FontStyle, string>();
    const keyOf = (s: FontStyle) => {
      let k = keys.get(s);
      if (!k) {
        k = page.node.newFontDictionary(fonts.names[s], fonts.ref(s)).asString();
        keys.set(s, k);
      }
      return k;
    };
    const ops: string[] = [];
    for (const item of p.items) ops.push(operators(item, p.height ?? layout.height, fonts, keyOf));
    const stream = pdf.context.stream(deflateSync(ops.join('\n'), { level: 6 }), { Filter: 'FlateDecode' });
    page.node.set(PDFName.of('Contents'), pdf.context.register(stream));
  }
}

const num = (v: number) => {
  const r = Math.round(v * 1000) / 1000;
  return Object.is(r, -0) ? '0' : String(r);
};

function operators(item: PageItem, height: number, fonts: FontEmbedder, keyOf: (s: FontStyle) => string): string {
  if (item.kind === 'rule') {
    return `q ${num(item.thickness)} w ${num(item.x1)} ${num(height - item.y1)} m ${num(item.x2)} ${num(height - item.y2)} l S Q`;
  }
  const adjust = item.spaceExtra > 0 ? ` ${num(-(item.spaceExtra * 1000) / item.size)} ` : '';
  const parts = item.text.split(/(?<= )/).map((part) => `<${fonts.hex(item.style, part)}>`);
  return `BT ${keyOf(item.style)} ${num(item.size)} Tf 1 0 0 1 ${num(item.x)} ${num(height - item.y)} Tm [${parts.join(adjust || ' ')}] TJ ET`;
}
