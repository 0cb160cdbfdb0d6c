import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import type { Measurer } from '../../layout/measure.js';
import type { FontStyle } from '../../layout/types.js';
import type { FontChoice } from './fonts.js';

interface KitFont {
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  readonly lineGap: number;
  glyphForCodePoint(cp: number): { advanceWidth: number };
}

export interface LoadedFonts {
  readonly choice: FontChoice;
  readonly bytes: Readonly<Record<FontStyle, Uint8Array>>;
  readonly measurer: Measurer;
}

/**
 * Measures with the very fonts the PDF embeds: advance widths without kerning,
 * as LibreOffice lays out our DOCX. Widths are memoised per character.
 */
export function loadFonts(choice: FontChoice): LoadedFonts {
  const styles: FontStyle[] = ['regular', 'bold', 'italic', 'boldItalic'];
  const bytes = Object.fromEntries(styles.map((s) => [s, new Uint8Array(readFileSync(choice.files[s]))])) as Record<FontStyle, Uint8Array>;
  const fonts = new Map<FontStyle, KitFont>();
  const font = (s: FontStyle) => {
    let f = fonts.get(s);
    if (!f) {
      f = fontkit.create(bytes[s] as unknown as Buffer) as unknown as KitFont;
      fonts.set(s, f);
    }
    return f;
  };
  const advances = new Map<string, number>();
  const advance = (ch: string, s: FontStyle) => {
    const key = s + ch;
    let a = advances.get(key);
    if (a === undefined) {
      const f = font(s);
      a = f.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth / f.unitsPerEm;
      advances.set(key, a);
    }
    return a;
  };
  const regular = font('regular');
  const measurer: Measurer = {
    width(text, style, size) {
      let em = 0;
      for (const ch of text) em += advance(ch, style);
      return em * size;
    },
    ascent: regular.ascent / regular.unitsPerEm,
    lineHeight: (regular.ascent - regular.descent + regular.lineGap) / regular.unitsPerEm,
  };
  return { choice, bytes, measurer };
}
