import { describe, expect, it } from 'vitest';
import { textWidthPt } from '../../src/measure/text-width.js';
import { balance, fitHeaderLines } from '../../src/text/header-lines.js';

/** Every character 10 pt wide at 13 pt, a little less at 12. */
const mono = (t: string, pt: number) => t.length * (pt / 1.3);

describe('agency names in the header', () => {
  it('takes 12 pt for a long name when that saves a line', () => {
    // Ten 4-letter words in 230 pt: 13 pt (10 a character) holds 4 a line → 3 lines; 12 pt (9.2) holds 5 → 2.
    const r = fitHeaderLines(['AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH IIII JJJJ'], 230, mono);
    expect(r.sizePt).toBe(12);
    expect(r.lines).toHaveLength(2);
  });

  it('breaks before the place an agency governs, when that costs no line, and not inside "XÃ HỘI"', () => {
    const w = (t: string) => textWidthPt(t, 13, 'bold');
    expect(balance('ỦY BAN NHÂN DÂN TỈNH GIA LAI', 175, w)).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH GIA LAI']);
    expect(balance('SỞ LAO ĐỘNG THƯƠNG BINH VÀ XÃ HỘI', 175, w)).not.toContain('XÃ HỘI');
  });

  it('keeps a name that fits on its line, at 13 pt', () => {
    expect(fitHeaderLines(['BAN CHỈ ĐẠO 138'], 200, mono)).toEqual({ lines: ['BAN CHỈ ĐẠO 138'], sizePt: 13 });
  });

  it('breaks a long name into the fewest lines, as even as they can be (not greedily)', () => {
    // 20 characters a line: greedy gives "AAAA BBBB CCCC DDDD" / "EE"; the narrowest widest line is 12 characters.
    expect(balance('AAAA BBBB CCCC DDDD EE', 200, (t) => t.length * 10)).toEqual(['AAAA BBBB', 'CCCC DDDD EE']);
  });

  it('keeps lines the author wrote, at 12 pt when one is too wide at 13, and breaks only a line too wide even then', () => {
    expect(fitHeaderLines(['SỞ LAO ĐỘNG - THƯƠNG BINH', 'VÀ XÃ HỘI'], 240, mono)).toEqual({ lines: ['SỞ LAO ĐỘNG - THƯƠNG BINH', 'VÀ XÃ HỘI'], sizePt: 12 });
    const long = fitHeaderLines(['BAN CHỈ ĐẠO PHÒNG, CHỐNG TỘI PHẠM TỈNH', 'MẪU'], 200, mono);
    expect(long.sizePt).toBe(12);
    expect(long.lines).toEqual(['BAN CHỈ ĐẠO PHÒNG,', 'CHỐNG TỘI PHẠM TỈNH', 'MẪU']);
  });

  it('fits a real long name of a steering committee into the 61 mm column: as few lines as greedy filling, but even', () => {
    const width = 61 * (72 / 25.4);
    const name = 'BAN CHỈ ĐẠO PHÒNG, CHỐNG TỘI PHẠM, TỆ NẠN XÃ HỘI VÀ XÂY DỰNG PHONG TRÀO TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC TỈNH';
    const { lines, sizePt } = fitHeaderLines([name], width, (t, pt) => textWidthPt(t, pt, 'bold'));
    // 12 pt would need as many lines: the name keeps 13.
    expect(sizePt).toBe(13);
    expect(lines.join(' ')).toBe(name);
    const widths = lines.map((l) => textWidthPt(l, 13, 'bold'));
    for (const w of widths) expect(w).toBeLessThanOrEqual(width);
    // As few lines as greedy filling needs, and no line much shorter than the widest (not "… TỈNH" alone).
    const greedy = name.split(' ').reduce<string[]>((out, w) => {
      const last = out[out.length - 1];
      if (last !== undefined && textWidthPt(`${last} ${w}`, 13, 'bold') <= width) out[out.length - 1] = `${last} ${w}`;
      else out.push(w);
      return out;
    }, []);
    expect(lines.length).toBe(greedy.length);
    expect(Math.min(...greedy.map((l) => textWidthPt(l, 13, 'bold')))).toBeLessThan(0.6 * Math.max(...widths));
    expect(Math.min(...widths.slice(0, -1))).toBeGreaterThan(0.6 * Math.max(...widths));
  });
});
