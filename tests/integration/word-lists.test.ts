import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectTemp, runCli } from '../helpers/cli.js';
import { documentParagraphs, docxParts } from '../helpers/docx.js';
import { pdfLines, sameLineEnds } from '../helpers/pdf-lines.js';
import { convertAllToPdf, pdfPages, sofficeAvailable } from '../helpers/soffice.js';
import { words } from '../helpers/words.js';

/**
 * Word's own list numbering: every example `npm start` renders numbers its Roman
 * parts, decimal items and dash bullets with w:numPr, and LibreOffice, counting
 * them itself, prints the very numbers and line ends vanban's PDF prints.
 */
const lo = sofficeAvailable();

interface Numbered {
  readonly format: string;
  readonly text: string;
}

/** The paragraphs with w:numPr and the format of their list level, read from the parts as a test reads them. */
function numbered(parts: Record<string, string>): { lists: Numbered[]; typed: string[] } {
  const numbering = parts['word/numbering.xml'] ?? '';
  const abstracts = new Map<string, Map<string, string>>();
  for (const a of numbering.matchAll(/<w:abstractNum w:abstractNumId="(\d+)"[\s\S]*?<\/w:abstractNum>/g)) {
    abstracts.set(a[1]!, new Map([...a[0].matchAll(/<w:lvl w:ilvl="(\d)"[\s\S]*?<w:numFmt w:val="(\w+)"/g)].map((l) => [l[1]!, l[2]!])));
  }
  const nums = new Map([...numbering.matchAll(/<w:num w:numId="(\d+)"><w:abstractNumId w:val="(\d+)"/g)].map((n) => [n[1]!, n[2]!]));
  const lists: Numbered[] = [];
  const typed: string[] = [];
  // Tables left out: vanban never numbers a cell, nor the Nơi nhận lines of the closing table.
  const body = parts['word/document.xml']!.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  for (const p of body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)) {
    const text = [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:noBreakHyphen\/>/g)].map((t) => t[1] ?? '-').join('');
    const pr = /<w:numPr><w:ilvl w:val="(\d)"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/.exec(p[0]);
    if (pr) lists.push({ format: abstracts.get(nums.get(pr[2]!) ?? '')?.get(pr[1]!) ?? '?', text });
    // A number Word could count, typed: Word would not renumber it.
    else if (/^(?:[IVX]+\.|\d+(?:\.\d+)*\.|-) /.test(text)) typed.push(text.slice(0, 40));
  }
  return { lists, typed };
}

/** A PDF's words line by line down each page (two PDFs' content streams order a header differently). */
function wordsByPlace(pdf: string): string[] {
  // The page number heads each page but the first: a line ending elsewhere moves it among the words.
  const lines = [...pdfLines(pdf)].sort((a, b) => a.page - b.page || Math.round(a.y) - Math.round(b.y) || a.x - b.x)
    .filter((l, i, all) => !(l.page > 0 && all[i - 1]?.page !== l.page && l.words.length === 1 && /^\d+$/.test(l.words[0]!)));
  return words(lines.map((l) => l.words.join(' ')).join('\n'));
}

describe('Word list numbering in every example', () => {
  const out = projectTemp('vanban-lists-');
  let docx: string[] = [];
  beforeAll(async () => {
    const built = await runCli(['build', 'plans', 'outlines', 'outlines/bao-cao-mau', '--out', out, '--format', 'docx,pdf']);
    expect(built.code, built.stderr).toBe(0);
    docx = readdirSync(out).filter((f) => f.endsWith('.docx')).sort();
  });

  it('numbers Roman parts, decimal items and dash bullets with w:numPr, the letter level typed', () => {
    expect(docx.length).toBeGreaterThanOrEqual(10);
    for (const name of docx) {
      const parts = docxParts(readFileSync(join(out, name)));
      const { lists, typed } = numbered(parts);
      // A line that starts with a number and stays typed would renumber by hand in Word.
      expect(typed, name).toEqual([]);
      if (['ninh-binh-2024.docx', 'dong-nai-2016.docx', 'gia-lai-2025.docx', 'dong-nai-2016-quyet-dinh.docx'].includes(name)) {
        const formats = new Set(lists.map((l) => l.format));
        expect([...formats].sort(), name).toEqual(['bullet', 'decimal', 'upperRoman']);
      }
      // The letter level is typed: Word's lowerLetter has no "đ".
      expect(lists.some((l) => l.format.includes('Letter')), name).toBe(false);
      if (name === 'dong-nai-2016.docx') expect(parts['word/document.xml']).toMatch(/<w:t(?: [^>]*)?>đ\) /);
    }
  });

  it.skipIf(!lo)('LibreOffice counts the lists to the numbers vanban prints: same words, same pages, ≥ 99 % of line ends', () => {
    const pdfs = convertAllToPdf(docx.map((f) => join(out, f)));
    for (const name of docx) {
      const theirs = pdfs.get(join(out, name))!;
      const ours = join(out, name.replace(/\.docx$/, '.pdf'));
      expect(pdfPages(theirs), name).toBe(pdfPages(ours));
      // Every word in order, the list numbers LibreOffice made among them.
      expect(wordsByPlace(theirs), name).toEqual(wordsByPlace(ours));
      const { share, differing } = sameLineEnds(pdfLines(ours), pdfLines(theirs));
      console.log(`${name}: ${pdfPages(ours)} pages; ${(share * 100).toFixed(1)} % of LibreOffice's line ends are ours; differing: ${JSON.stringify(differing)}`);
      expect(share, name).toBeGreaterThanOrEqual(0.99);
    }
  });
});

describe('what LibreOffice keeps of vanban\'s markers when it saves the DOCX', () => {
  it.skipIf(!lo)('list numbers, bookmarks and the character styles of data words, every one, under the same names', async () => {
    const out = projectTemp('vanban-lo-keeps-');
    const built = await runCli(['build', 'plans/ninh-binh-2024.yaml', 'plans/dong-nai-2016.yaml', '--out', out, '--format', 'docx']);
    expect(built.code, built.stderr).toBe(0);
    for (const name of ['ninh-binh-2024.docx', 'dong-nai-2016.docx']) {
      const ours = join(out, name);
      const again = join(out, 'lo', name);
      const profile = join(tmpdir(), `vanban-lo-keeps-${process.pid}`);
      execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(out, 'lo'), ours], { stdio: 'ignore', timeout: 120_000 });
      const count = (path: string) => {
        const xml = docxParts(readFileSync(path))['word/document.xml']!;
        const styles = [...xml.matchAll(/<w:rStyle w:val="(VB\w+)"\/>/g)].map((m) => m[1]!);
        return {
          numPr: xml.match(/<w:numPr>/g)?.length ?? 0,
          bookmarks: xml.match(/<w:bookmarkStart /g)?.length ?? 0,
          assignment: styles.filter((s) => s === 'VBAssignment').length,
          deadline: styles.filter((s) => s === 'VBDeadline').length,
          target: styles.filter((s) => s === 'VBTarget').length,
        };
      };
      const mine = count(ours);
      expect(mine.numPr, name).toBeGreaterThan(10);
      expect(mine.target, name).toBe(5);
      if (name === 'ninh-binh-2024.docx') expect(mine.assignment, name).toBe(21);
      expect(count(again), name).toEqual(mine);
      // And the words, list numbers counted, read back the same.
      const words = (path: string) => documentParagraphs(docxParts(readFileSync(path))).map((p) => p.text).filter((t) => t !== '');
      expect(words(again), name).toEqual(words(ours));
    }
  });
});
