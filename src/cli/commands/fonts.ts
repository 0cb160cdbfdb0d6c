import { io } from '../io.js';
import { FontNotFound, resolveFonts } from '../../writers/pdf/fonts.js';
import { EXIT } from '../../project/exit-codes.js';
import type { Strings } from '../strings.js';

/** `vanban fonts`: the font files PDFs will embed, and why those. */
export async function fontsCommand(dir: string | undefined, s: Strings): Promise<number> {
  try {
    const choice = resolveFonts(dir);
    const lines = [
      `${s.fontFamily}: ${choice.family}`,
      `${s.fontReason}: ${choice.reason}`,
      s.fontSubset(choice.subset),
      ...Object.entries(choice.files).map(([style, file]) => `  ${style.padEnd(10)} ${file}`),
    ];
    io.out(lines.join('\n') + '\n');
    return EXIT.ok;
  } catch (err) {
    if (err instanceof FontNotFound) {
      io.err(s.fontMissing(err.message) + '\n');
      return EXIT.usage;
    }
    throw err;
  }
}
