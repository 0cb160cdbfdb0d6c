import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { nodeWorld } from '../../src/env/world.js';
import { resolvePlan } from '../../src/plan/resolve.js';
import { query, walk } from '../../src/plan/walk.js';
import { checkPlan } from '../../src/validate/check-plan.js';
import { bookmarkName, idOfBookmark } from '../../src/writers/docx/bookmark-name.js';
import { writeDocx } from '../../src/writers/docx/docx-writer.js';
import { writePdf } from '../../src/writers/pdf/pdf-writer.js';
import { buildModel, PLANS } from '../helpers/build.js';
import { docxParts, paragraphs } from '../helpers/docx.js';

/** Bookmark names of word/document.xml, each with the text of the paragraph that holds it. */
function docxBookmarks(bytes: Uint8Array): Array<{ name: string; text: string }> {
  const xml = docxParts(bytes)['word/document.xml']!;
  return paragraphs(xml).flatMap((p) => [...p.xml.matchAll(/<w:bookmarkStart\b[^>]*w:name="([^"]+)"/g)].map((m) => ({ name: m[1]!, text: p.text })));
}

/** The catalog's /Names /Dests leaf: name → [page index, top]. */
async function pdfDestinations(bytes: Uint8Array): Promise<Map<string, { page: number; top: number }>> {
  const pdf = await PDFDocument.load(bytes);
  const pageRefs = pdf.getPages().map((p) => p.ref.toString());
  const names = pdf.catalog.lookup(PDFName.of('Names'), PDFDict).lookup(PDFName.of('Dests'), PDFDict).lookup(PDFName.of('Names'), PDFArray);
  const out = new Map<string, { page: number; top: number }>();
  const keys: string[] = [];
  for (let i = 0; i < names.size(); i += 2) {
    const key = names.lookup(i) as PDFHexString | PDFString;
    const dest = names.lookup(i + 1, PDFArray);
    const name = key.decodeText();
    keys.push(name);
    expect(out.has(name), `destination ${name} twice`).toBe(false);
    out.set(name, { page: pageRefs.indexOf(dest.get(0).toString()), top: (dest.lookup(3, PDFNumber)).asNumber() });
  }
  // A name tree's keys are sorted, or readers miss some.
  expect(keys).toEqual([...keys].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
  return out;
}

async function resolved(path: string) {
  const r = await checkPlan(path, nodeWorld);
  if (!r.plan) throw new Error(`${path} did not validate`);
  return resolvePlan(r.plan);
}

describe('identity from YAML to page', () => {
  it('finds every task of the Ninh Bình plan exactly once: a bookmark in the DOCX on its paragraph, a named destination in the PDF', async () => {
    const plan = await resolved(PLANS.ninhBinh);
    const model = await buildModel(PLANS.ninhBinh);
    const bookmarks = docxBookmarks(await writeDocx(model));
    const dests = await pdfDestinations(await writePdf(model));
    const tasks = query(plan, 'task');
    expect(tasks.length).toBe(27);
    for (const t of tasks) {
      const marks = bookmarks.filter((b) => b.name === bookmarkName(t.id));
      expect(marks, t.id).toHaveLength(1);
      // The bookmark sits in the paragraph that prints the task's words.
      expect(marks[0]!.text.replace(/\s+/g, ' ')).toContain(t.text.replace(/\s+/g, ' ').slice(0, 40));
      expect(dests.get(t.id), t.id).toBeDefined();
    }
  });

  it('marks every section, item, listed target, task and step of every example plan, once each, in both files', async () => {
    for (const path of Object.values(PLANS)) {
      const plan = await resolved(path);
      const model = await buildModel(path);
      const printed = [...walk(plan)].filter((n) => !(n.kind === 'target' && n.placed)).map((n) => n.id);
      const names = docxBookmarks(await writeDocx(model)).map((b) => b.name);
      expect(new Set(names).size, `${path}: a bookmark name twice`).toBe(names.length);
      const dests = await pdfDestinations(await writePdf(model));
      for (const id of printed) {
        expect(names, `${path}: ${id}`).toContain(bookmarkName(id));
        expect(dests.has(id), `${path}: ${id}`).toBe(true);
      }
      // Destinations run down the pages in document order.
      const order = printed.map((id) => dests.get(id)!).map((d) => d.page * 10_000 + (10_000 - d.top));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it('numbers bookmarks by order, so a document built after another is the same as built alone', async () => {
    const alone = await writeDocx(await buildModel(PLANS.dongNai));
    await writeDocx(await buildModel(PLANS.ninhBinh));
    const after = await writeDocx(await buildModel(PLANS.dongNai));
    expect(Buffer.compare(Buffer.from(after), Buffer.from(alone))).toBe(0);
  });
});

describe('bookmark names', () => {
  it('are what Word accepts, and map back to the id', () => {
    const ids = ['truyen-thong-co-so-giao-duc', 'giao-cong-an-tinh/2', 'phu-luc-1/du-bao-kien-nghi', '2024-dot-cao-diem',
      'phan-cong-trach-nhiem-so-lao-dong-thuong-binh-va-xa-hoi'];
    for (const id of ids) {
      const name = bookmarkName(id);
      expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_]{0,39}$/);
      if (name.length < 40) expect(idOfBookmark(name)).toBe(id);
    }
    expect(bookmarkName('giao-cong-an-tinh/2')).toBe('giao_cong_an_tinh__2');
    expect(bookmarkName('2024-dot-cao-diem')).toBe('_2024_dot_cao_diem');
    // Too long for Word: shortened with a hash, distinct for ids that share 31 characters.
    const a = bookmarkName('phan-cong-trach-nhiem-so-lao-dong-thuong-binh-va-xa-hoi');
    const b = bookmarkName('phan-cong-trach-nhiem-so-lao-dong-thuong-binh-va-xa-hoi-2');
    expect(a).toHaveLength(40);
    expect(a).not.toBe(b);
    expect(idOfBookmark(a)).toBeUndefined();
  });
});

describe('every block that comes from a plan node carries that node', () => {
  it('headings and paragraphs have the node\'s id; a paragraph that continues a node (intro, more, outro) names it in partOf', async () => {
    for (const path of Object.values(PLANS)) {
      const plan = await resolved(path);
      const model = await buildModel(path);
      // The basis, its conclusion and the closing sentence come from the document's own fields, not from a node.
      const b0 = plan.input.basis;
      const basis = !b0 ? 0 : (b0.layout ?? (b0.documents.length === 1 ? 'inline' : 'lines')) === 'inline' ? 1 : b0.documents.length + (b0.conclusion ? 1 : 0);
      expect(model.body[basis]!.kind, path).toBe('heading');
      const fromNodes = model.body.slice(basis, plan.input.closing ? -1 : undefined);
      for (const b of fromNodes) {
        if (b.kind === 'table') continue;
        const owner = b.id ?? (b.kind === 'paragraph' ? b.partOf : undefined);
        expect(owner, `${path}: ${JSON.stringify(b).slice(0, 120)}`).toBeDefined();
        expect(plan.byId.has(owner!.replace(/\/\d+$/, '')) || plan.byId.has(owner!), `${path}: ${owner}`).toBe(true);
      }
    }
  });
});
