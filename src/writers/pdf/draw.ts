import { deflateSync } from 'node:zlib';
import { PDFName, type PDFDocument, type PDFFont } from 'pdf-lib';
import type { FontStyle, LayoutResult, PageItem } from '../../layout/types.js';

/**
 * The thin drawer: writes each page's content stream from the positioned items.
 * Operators are written as text rather than through pdf-lib's operator objects,
 * which cost more than all of layout; the stream is deflated with Node's zlib.
 *
 * A justified run is one TJ: real spaces stay in the text (copy-paste works) and
 * the extra width follows each space as a TJ adjustment, since Identity-H fonts
 * ignore the Tw word-spacing operator.
 */
export function drawPages(pdf: PDFDocument, layout: LayoutResult, fonts: Readonly<Record<FontStyle, PDFFont>>): void {
  const encoder = glyphEncoder(fonts);
  const hexOf = encoder.hex;
  encoder.prime(layout.pages.flatMap((p) => p.items));
  for (const p of layout.pages) {
    const page = pdf.addPage([layout.width, layout.height]);
    const keys = new Map<FontStyle, string>();
    const keyOf = (s: FontStyle) => {
      let k = keys.get(s);
      if (!k) {
        k = page.node.newFontDictionary(fonts[s].name, fonts[s].ref).asString();
        keys.set(s, k);
      }
      return k;
    };
    const ops: string[] = [];
    for (const item of p.items) ops.push(operators(item, layout.height, hexOf, keyOf));
    const stream = pdf.context.stream(deflateSync(ops.join('\n'), { level: 6 }), { Filter: 'FlateDecode' });
    page.node.set(PDFName.of('Contents'), pdf.context.register(stream));
  }
}

/**
 * pdf-lib's encodeText shapes its whole argument with fontkit on every call,
 * which dominated the run. Our text is NFC Vietnamese with nothing to shape, so
 * the characters of a page are encoded together, once each, in one call per style
 * — separated by spaces so no two can form a ligature — and reused.
 */
function glyphEncoder(fonts: Readonly<Record<FontStyle, PDFFont>>): { prime(items: readonly PageItem[]): void; hex(style: FontStyle, text: string): string } {
  const cache = new Map<string, string>();
  const encodeOne = (style: FontStyle, ch: string) => {
    const h = fonts[style].encodeText(ch).asString();
    cache.set(style + ch, h);
    return h;
  };
  return {
    prime(items) {
      const missing = new Map<FontStyle, Set<string>>();
      for (const it of items) {
        if (it.kind !== 'text') continue;
        for (const ch of it.text) if (ch !== ' ' && !cache.has(it.style + ch)) (missing.get(it.style) ?? missing.set(it.style, new Set()).get(it.style)!).add(ch);
      }
      for (const [style, chars] of missing) {
        const list = [...chars];
        const hex = fonts[style].encodeText(list.join(' ')).asString();
        // Four hex digits a glyph: characters at even places, spaces between. Anything else: one by one.
        if (hex.length !== (list.length * 2 - 1) * 4) {
          for (const ch of list) encodeOne(style, ch);
          continue;
        }
        list.forEach((ch, i) => cache.set(style + ch, hex.slice(i * 8, i * 8 + 4)));
      }
    },
    hex(style, text) {
      let out = '';
      for (const ch of text) out += cache.get(style + ch) ?? encodeOne(style, ch);
      return out;
    },
  };
}

const num = (v: number) => {
  const r = Math.round(v * 1000) / 1000;
  return Object.is(r, -0) ? '0' : String(r);
};

function operators(item: PageItem, height: number, hexOf: (style: FontStyle, text: string) => string, keyOf: (s: FontStyle) => string): string {
  if (item.kind === 'rule') {
    return `q ${num(item.thickness)} w ${num(item.x1)} ${num(height - item.y1)} m ${num(item.x2)} ${num(height - item.y2)} l S Q`;
  }
  const adjust = item.spaceExtra > 0 ? ` ${num(-(item.spaceExtra * 1000) / item.size)} ` : '';
  const parts = item.text.split(/(?<= )/).map((part) => `<${hexOf(item.style, part)}>`);
  return `BT ${keyOf(item.style)} ${num(item.size)} Tf 1 0 0 1 ${num(item.x)} ${num(height - item.y)} Tm [${parts.join(adjust || ' ')}] TJ ET`;
}
