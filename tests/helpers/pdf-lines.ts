import { execFileSync } from 'node:child_process';

/** Lines of a PDF as pdftotext -bbox-layout reports them: page, position and words. */
export interface PdfLine {
  readonly page: number;
  readonly x: number;
  readonly y: number;
  readonly words: readonly string[];
}

export function pdfLines(path: string): PdfLine[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const out: PdfLine[] = [];
  html.split('<page ').slice(1).forEach((page, index) => {
    for (const m of page.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([\s\S]*?)<\/line>/g)) {
      const words = [...m[3]!.matchAll(/>([^<]+)<\/word>/g)].map((w) => w[1]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'));
      out.push({ page: index, x: Number(m[1]), y: Number(m[2]), words });
    }
  });
  return out;
}

/** The share of the reference's lines whose last word is the last word of the line at the same place in ours. */
export function sameLineEnds(ours: readonly PdfLine[], reference: readonly PdfLine[]): { share: number; differing: string[] } {
  const byPage = (lines: readonly PdfLine[]) => {
    const pages = new Map<number, PdfLine[]>();
    for (const l of lines) pages.set(l.page, [...(pages.get(l.page) ?? []), l]);
    for (const list of pages.values()) list.sort((a, b) => Math.round(a.y) - Math.round(b.y) || a.x - b.x);
    return pages;
  };
  const a = byPage(ours);
  const b = byPage(reference);
  let same = 0;
  const differing: string[] = [];
  for (const [page, refLines] of b) {
    const mine = a.get(page) ?? [];
    refLines.forEach((l, i) => {
      const last = l.words[l.words.length - 1];
      const other = mine[i]?.words[mine[i]!.words.length - 1];
      if (last === other) same++;
      else differing.push(`p${page + 1} "${l.words.slice(-3).join(' ')}" vs "${mine[i]?.words.slice(-3).join(' ') ?? '—'}"`);
    });
  }
  return { share: reference.length === 0 ? 1 : same / reference.length, differing };
}
