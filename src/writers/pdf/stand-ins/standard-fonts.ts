/**
 * Stands in for `@pdf-lib/standard-fonts` in the CLI bundle (the build's --alias).
 * vanban never embeds the 14 standard PDF fonts (Helvetica, Times…: no Vietnamese),
 * and the real package inflates all its encoding tables as it loads, ~9 ms of every
 * run measured. pdf-lib reads only the font names when it loads; anything more
 * says plainly that it is not there. Tests and `dist/` use the real package.
 */
export enum FontNames {
  Courier = 'Courier',
  CourierBold = 'Courier-Bold',
  CourierOblique = 'Courier-Oblique',
  CourierBoldOblique = 'Courier-BoldOblique',
  Helvetica = 'Helvetica',
  HelveticaBold = 'Helvetica-Bold',
  HelveticaOblique = 'Helvetica-Oblique',
  HelveticaBoldOblique = 'Helvetica-BoldOblique',
  TimesRoman = 'Times-Roman',
  TimesRomanBold = 'Times-Bold',
  TimesRomanItalic = 'Times-Italic',
  TimesRomanBoldItalic = 'Times-BoldItalic',
  Symbol = 'Symbol',
  ZapfDingbats = 'ZapfDingbats',
}

const absent = (what: string): never => {
  throw new Error(`vanban does not carry pdf-lib's standard fonts (${what})`);
};

export class Font {
  static load(fontName: string): never {
    return absent(fontName);
  }
}

export const Encodings = new Proxy({}, { get: (_, name) => absent(`encoding ${String(name)}`) });
