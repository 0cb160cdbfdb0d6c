import { LIMITS } from '../../env/limits.js';
import { nodeWorld, type World } from '../../env/world.js';
import type { Measurer } from '../../layout/measure.js';
import type { FontStyle } from '../../layout/types.js';
import { openFontFile, type FontFile } from './font-file.js';
import type { FontChoice } from './fonts.js';

export interface LoadedFonts {
  readonly choice: FontChoice;
  readonly files: Readonly<Record<FontStyle, FontFile>>;
  readonly measurer: Measurer;
}

const STYLES: readonly FontStyle[] = ['regular', 'bold', 'italic', 'boldItalic'];

/**
 * Measures with the very fonts the PDF embeds: advance widths without kerning,
 * as LibreOffice lays out our DOCX. Widths are memoised per character.
 */
export function loadFonts(choice: FontChoice, world: World = nodeWorld): LoadedFonts {
  const files = Object.fromEntries(STYLES.map((s) => [s, openFontFile(world.readBytes(choice.files[s], LIMITS.fontBytes), choice.files[s])])) as Record<FontStyle, FontFile>;
  const advances = new Map<string, number>();
  const advance = (ch: string, s: FontStyle) => {
    const key = s + ch;
    let a = advances.get(key);
    if (a === undefined) {
      const f = files[s];
      a = f.advance(f.glyph(ch.codePointAt(0)!)) / f.unitsPerEm;
      advances.set(key, a);
    }
    return a;
  };
  const regular = files.regular;
  const measurer: Measurer = {
    width(text, style, size) {
      let em = 0;
      for (const ch of text) em += advance(ch, style);
      return em * size;
    },
    ascent: regular.ascent / regular.unitsPerEm,
    lineHeight: (regular.ascent - regular.descent + regular.lineGap) / regular.unitsPerEm,
  };
  return { choice, files, measurer };
}
