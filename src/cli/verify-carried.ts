import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canonicalYamlOf } from '../fmt/format-yaml.js';
import { carriedDrafts } from '../import/carried.js';
import { compareCarried, unstatedTargets, type CarriedWords } from '../import/carried-words.js';
import type { Paragraph } from '../import/paragraphs.js';
import { readDocx, type CarriedSource } from '../import/read-docx.js';
import { checkInput } from '../project/documents.js';
import type { Project } from '../project/project.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { writeDocx } from '../writers/docx/docx-writer.js';
import { layoutDocument } from '../layout/document-layout.js';
import { metricsMeasurer } from '../layout/metrics-measurer.js';
import type { Document } from '../model/types.js';

/**
 * What the data a DOCX carries is worth: vanban builds it again, in a folder of its
 * own, with the project's templates, and sets the paragraphs it prints against the
 * file's. The fingerprint beside the data proves nothing (anyone can compute it
 * again, R24); only the words do.
 */
export type CarriedVerdict =
  | { readonly kind: 'agrees'; readonly rebuilt: readonly Paragraph[]; readonly pageOf: PageOf }
  | { readonly kind: 'differs'; readonly words: CarriedWords; readonly rebuilt: readonly Paragraph[]; readonly pageOf: PageOf }
  /** The data does not validate or build: nothing of it can be shown to describe the page. */
  | { readonly kind: 'unbuildable'; readonly problems: readonly Diagnostic[] };

/** The page (from 1) a node prints on in the document the data builds; '#head' is page 1, '#closing' the page the signature is on. */
export type PageOf = (where: string) => number | undefined;

function pagesOf(doc: Document): PageOf {
  const pages = layoutDocument(doc, metricsMeasurer).pages;
  const at = new Map<string, number>();
  pages.forEach((p, i) => p.anchors.forEach((a) => at.has(a.id) || at.set(a.id, i + 1)));
  // The main document's last page holds the closing block (its appendices follow on pages of their own).
  const closing = pages.findIndex((p, i) => i > 0 && p.label === undefined);
  return (where) => (where === '#head' ? 1 : where === '#closing' ? (closing > 0 ? closing : pages.length) : at.get(where.split(', ')[0]!));
}

export async function verifyCarried(source: CarriedSource, printed: readonly Paragraph[], project: Project): Promise<CarriedVerdict> {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-carried-'));
  try {
    // The folder is the data's project: what it names is read inside it, nowhere else.
    writeFileSync(join(dir, '.git'), '');
    const drafts = carriedDrafts(source, join(dir, 'carried.yaml'));
    for (const d of drafts) writeFileSync(d.path, canonicalYamlOf(d.data, []));
    const checked = await checkInput(drafts[0]!.path, project);
    if (!checked.build) return { kind: 'unbuildable', problems: checked.diagnostics.filter((d) => d.severity === 'error') };
    const model = checked.build();
    const rebuilt = readDocx(await writeDocx(model));
    if (!rebuilt.ok) return { kind: 'unbuildable', problems: [] };
    const compared = compareCarried(rebuilt.paragraphs, printed);
    const plan = source.files[0]?.data;
    const unstated = (plan as { kind?: unknown } | null)?.kind === 'plan' ? unstatedTargets(plan) : [];
    const words: CarriedWords = unstated.length === 0 ? compared : {
      ...compared,
      nodes: new Set([...compared.nodes, ...unstated.map((u) => u.holder)]),
      places: [...compared.places, ...unstated.map((u) => ({ where: u.holder, text: u.text, side: 'carried' as const, unstated: { target: u.target, value: u.value } }))],
    };
    const pageOf = pagesOf(model);
    return words.places.length === 0 ? { kind: 'agrees', rebuilt: rebuilt.paragraphs, pageOf } : { kind: 'differs', words, rebuilt: rebuilt.paragraphs, pageOf };
  } catch {
    // Data no writer can print (a kind of the prototype's, a shape the schema let through) proves nothing either.
    return { kind: 'unbuildable', problems: [] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
