import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { nodeWorld, type World } from '../../env/world.js';
import type { FontStyle } from '../../layout/types.js';

/**
 * Which font files a PDF uses, and why. Times New Roman where the machine has
 * it; else Liberation Serif (metric-compatible, Debian fonts-liberation2); else
 * Tinos from npm, so a fresh clone works with no system fonts at all.
 */
export interface FontChoice {
  readonly family: string;
  readonly files: Readonly<Record<FontStyle, string>>;
  /** Embed only the glyphs drawn (subset.ts): true for every choice; false (whole fonts) is for tests comparing the two. */
  readonly subset: boolean;
  readonly reason: string;
}

type Candidate = { family: string; dir: string; names: Record<FontStyle, string>; why: string };

const TNR_WINDOWS = { regular: 'times.ttf', bold: 'timesbd.ttf', italic: 'timesi.ttf', boldItalic: 'timesbi.ttf' };
const TNR_MAC = { regular: 'Times New Roman.ttf', bold: 'Times New Roman Bold.ttf', italic: 'Times New Roman Italic.ttf', boldItalic: 'Times New Roman Bold Italic.ttf' };
const TNR_MSCORE = { regular: 'Times_New_Roman.ttf', bold: 'Times_New_Roman_Bold.ttf', italic: 'Times_New_Roman_Italic.ttf', boldItalic: 'Times_New_Roman_Bold_Italic.ttf' };
const LIBERATION = { regular: 'LiberationSerif-Regular.ttf', bold: 'LiberationSerif-Bold.ttf', italic: 'LiberationSerif-Italic.ttf', boldItalic: 'LiberationSerif-BoldItalic.ttf' };
const TINOS_NPM = {
  regular: '400Regular/Tinos_400Regular.ttf', bold: '700Bold/Tinos_700Bold.ttf',
  italic: '400Regular_Italic/Tinos_400Regular_Italic.ttf', boldItalic: '700Bold_Italic/Tinos_700Bold_Italic.ttf',
};

function systemCandidates(world: World): Candidate[] {
  const windir = world.env('WINDIR') ?? 'C:\\Windows';
  const home = world.env('HOME') ?? '';
  const tnr = (dir: string, names: Record<FontStyle, string>, where: string): Candidate =>
    ({ family: 'Times New Roman', dir, names, why: `Times New Roman (${where})` });
  const lib = (dir: string): Candidate =>
    ({ family: 'Liberation Serif', dir, names: LIBERATION, why: 'Liberation Serif, cùng số đo với Times New Roman (không thấy Times New Roman)' });
  return [
    tnr(join(windir, 'Fonts'), TNR_WINDOWS, 'Windows'),
    tnr('/Library/Fonts', TNR_MAC, 'macOS'),
    tnr('/System/Library/Fonts/Supplemental', TNR_MAC, 'macOS'),
    tnr(join(home, 'Library/Fonts'), TNR_MAC, 'macOS'),
    tnr('/usr/share/fonts/truetype/msttcorefonts', TNR_MSCORE, 'msttcorefonts'),
    tnr('/usr/share/fonts/truetype/msttcorefonts', TNR_WINDOWS, 'msttcorefonts'),
    tnr('/usr/share/fonts/TTF', TNR_WINDOWS, 'Linux'),
    tnr(join(home, '.fonts'), TNR_WINDOWS, '~/.fonts'),
    lib('/usr/share/fonts/truetype/liberation2'),
    lib('/usr/share/fonts/truetype/liberation'),
    lib('/usr/share/fonts/liberation-serif'),
    lib('/usr/share/fonts/TTF'),
  ];
}

/** The fallback that ships through npm, on its own: what a machine with no fonts gets. */
export function npmFonts(world: World = nodeWorld): FontChoice | undefined {
  const c = npmCandidate();
  return c && complete(c, world);
}

function npmCandidate(): Candidate | undefined {
  try {
    const dir = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/tinos/package.json'));
    return { family: 'Tinos', dir, names: TINOS_NPM, why: 'Tinos từ gói npm @expo-google-fonts/tinos (máy không có Times New Roman hay Liberation Serif)' };
  } catch {
    return undefined;
  }
}

function complete(c: Candidate, world: World): FontChoice | undefined {
  const files = Object.fromEntries(Object.entries(c.names).map(([k, n]) => [k, join(c.dir, n)])) as Record<FontStyle, string>;
  return Object.values(files).every((f) => world.exists(f)) ? { family: c.family, files, subset: true, reason: c.why } : undefined;
}

export class FontNotFound extends Error {}

/**
 * `dir` wins (the project's choice: --font-dir, else VANBAN_FONT_DIR, else fonts.dir
 * in vanban.config.yaml — project/project.ts); then the system search; then npm.
 */
export function resolveFonts(dir?: string, world: World = nodeWorld): FontChoice {
  if (dir) {
    for (const names of [TNR_WINDOWS, TNR_MAC, TNR_MSCORE, LIBERATION]) {
      const found = complete({ family: names === LIBERATION ? 'Liberation Serif' : 'Times New Roman', dir, names, why: `thư mục chỉ định ${dir}` }, world);
      if (found) return found;
    }
    throw new FontNotFound(`${dir}: không có đủ 4 kiểu Times New Roman hoặc Liberation Serif (thường, đậm, nghiêng, đậm nghiêng)`);
  }
  for (const c of systemCandidates(world)) {
    const found = complete(c, world);
    if (found) return found;
  }
  const npm = npmCandidate();
  const found = npm && complete(npm, world);
  if (found) return found;
  throw new FontNotFound('không tìm thấy phông Times New Roman, Liberation Serif hay Tinos');
}
