import { Document, Packer, Paragraph, TextRun, type IStylesOptions } from 'docx';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { madeWithStyles, partsCompiler } from '../../src/writers/docx/docx-compiler.js';

/** A docx Document with its own words and the given style options, as the writer makes one. */
function file(words: string, styles: IStylesOptions): Document {
  const d = new Document({ styles, sections: [{ children: [new Paragraph({ children: [new TextRun(words)] })] }] });
  madeWithStyles(d, styles);
  return d;
}

const text = (data: string | Uint8Array | undefined) => (typeof data === 'string' ? data : new TextDecoder().decode(data));
const parts = (compiled: Iterable<[string, string | Uint8Array]>) => new Map([...compiled].map(([k, v]) => [k, text(v)]));
/** What docx's own compiler makes of a file: every part formatted afresh. */
const fresh = (d: Document) => parts((Packer as unknown as { compiler: { compile(f: Document): Map<string, string | Uint8Array> } }).compiler.compile(d));

const small: IStylesOptions = { default: { document: { run: { font: 'Times New Roman', size: 28 } } } };
const large: IStylesOptions = { default: { document: { run: { font: 'Times New Roman', size: 32 } } } };

describe('the DOCX parts compiler (theme and styles made once, the rest afresh)', () => {
  const compiler = partsCompiler()!;
  // docx stamps core.xml with the clock: one instant for both compilers.
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-02-05T08:00:00Z'));
  });
  afterAll(() => {
    vi.useRealTimers();
  });

  it('is there in the docx release vanban pins', () => {
    expect(compiler).toBeDefined();
  });

  it('gives every part exactly as docx formats it, for files after the first too', () => {
    for (const [words, styles] of [['Nhiệm vụ một', small], ['Nhiệm vụ hai', small], ['Nhiệm vụ ba', large], ['Nhiệm vụ bốn', small]] as const) {
      const ours = parts(compiler.compile(file(words, styles)));
      const theirs = fresh(file(words, styles));
      expect([...ours.keys()]).toEqual([...theirs.keys()]);
      for (const [name, data] of theirs) expect(ours.get(name), name).toBe(data);
      expect(ours.get('word/document.xml')).toContain(words);
    }
  });

  it('keeps styles by their options: other options, other styles part', () => {
    const a = parts(compiler.compile(file('a', small))).get('word/styles.xml')!;
    const b = parts(compiler.compile(file('b', large))).get('word/styles.xml')!;
    expect(a).toContain('<w:sz w:val="28"/>');
    expect(b).toContain('<w:sz w:val="32"/>');
  });

  it('formats the styles afresh for a file whose options it was not told', () => {
    const untold = new Document({ styles: large, sections: [{ children: [] }] });
    expect(parts(compiler.compile(untold)).get('word/styles.xml')).toBe(fresh(untold).get('word/styles.xml'));
  });
});
