import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseQuiet } from '../../load/quiet-parse.js';
import { editYaml, type YamlEdit } from '../../fmt/edit-yaml.js';
import { diffPlans } from '../../diff/plan-diff.js';
import { renderText } from '../../diff/render.js';
import { graftCarried } from '../../import/graft-carried.js';
import { mergeInto } from '../../import/merge-into.js';
import { readDocx, type CarriedSource } from '../../import/read-docx.js';
import { readPlan } from '../../import/read-plan.js';
import { withoutForbidden } from '../../import/forbidden.js';
import { checkPlan } from '../../validate/check-plan.js';
import { messageFor } from '../../diagnostics/messages.js';
import { EXIT } from '../../project/exit-codes.js';
import { writeNewFile } from '../../project/output-file.js';
import { shorten } from '../../text/shorten.js';
import { io } from '../io.js';
import { openProjectAndRead } from '../open-project.js';
import { printDiagnostics } from '../report.js';
import { resolvedPlanOrReport } from '../resolved-input.js';
import type { Strings } from '../strings.js';
import { verifyCarried } from '../verify-carried.js';
import { conflictLine, docxRefusal, placeOf, tellRevisions } from '../docx-notes.js';
import { applyEdits } from '../../import/apply-edits.js';
import { importDecisionInto } from './import-into-decision.js';
import type { ImportIntoOptions } from './into-options.js';
import { registryNames } from './import.js';

type Data = Record<string, unknown>;

/**
 * `vanban import EDITED.docx --into PLAN.yaml`: the edit a leader made in Word, as
 * the same small change in the plan's YAML. Base: the data vanban carried in the
 * DOCX; theirs: that data with every edited paragraph read from its words (the one
 * field an edit lies in, when it lies in one); ours: PLAN.yaml now. What Word
 * changed and the YAML did not is written into PLAN.yaml in place (fmt's layout,
 * comments kept); the change is printed as `vanban diff` says it. A conflict, or
 * an edit the plan's data cannot say (a table or picture pasted in, the header
 * block retyped), is refused with its paragraph, and PLAN.yaml is left as it was.
 */
export async function importIntoCommand(file: string, planPath: string, o: ImportIntoOptions, s: Strings): Promise<number> {
  const opened = await openProjectAndRead(file, o.project, o, s);
  if (typeof opened === 'number') return opened;
  const { project, bytes } = opened;
  const read = readDocx(bytes, { tracked: o.tracked });
  if (!read.ok) {
    io.err(docxRefusal(file, read, s) + '\n');
    return EXIT.invalidInput;
  }
  tellRevisions(file, read, o.tracked, s);
  if (!read.source) {
    io.err(s.intoNoCarried(file) + '\n');
    return EXIT.invalidInput;
  }
  // A decision and the plan it issues: their own path (the decision's values, the plan's nodes).
  if ((read.source.files[0]?.data as Data | undefined)?.kind === 'decision') {
    const oursKind = (parseQuiet(readFileSync(planPath, 'utf8')) as Data | null)?.kind;
    if (oursKind !== 'decision') {
      io.err(s.intoNotPlan(file) + '\n');
      return EXIT.invalidInput;
    }
    return importDecisionInto(file, planPath, { ...read, source: read.source }, project, o, s);
  }
  // Ours must be a valid plan first: its problems are said as validate says them.
  const checked = await checkPlan(planPath, project.world);
  if (!checked.plan) {
    printDiagnostics(checked.diagnostics, checked.sources, o);
    return EXIT.invalidInput;
  }
  const oursText = readFileSync(planPath, 'utf8');
  const ours = parseQuiet(oursText) as Data;
  const base = read.source.files[0]?.data as Data | undefined;
  if (!base || base.kind !== 'plan' || ours?.kind !== 'plan') {
    io.err(s.intoNotPlan(file) + '\n');
    return EXIT.invalidInput;
  }
  const paragraphs = read.paragraphs.map((p) => ({ ...p, text: withoutForbidden(p.text).replace(/\.\s*\/\s*\.?$/u, '.') }));
  // The words as printed for the comparisons; cleaned (the end mark "./." off) for reading them.
  const verdict = await verifyCarried(read.source, read.paragraphs, project);
  if (verdict.kind === 'unbuildable') {
    io.err(s.importCarriedUnbuildable + '\n');
    return EXIT.invalidInput;
  }
  // Word's comments, when asked, as comment lines above the nodes they are anchored to (the head's above `document`).
  const commentEdits: YamlEdit[] = o.keepComments
    ? read.comments.map((c) => ({ kind: 'comment', ...(c.ids?.[0] ? { id: c.ids[0] } : {}), key: 'document', text: s.intoCommentLine(c.author, c.text) }))
    : [];
  if (verdict.kind === 'agrees') {
    if (commentEdits.length === 0) {
      io.err(s.intoNothing(file) + '\n');
      return EXIT.ok;
    }
    return writeEdits(planPath, oursText, commentEdits, project, o, s);
  }

  // Theirs: the carried plan, each edited paragraph read from its words.
  const registry = typeof ours.agencies === 'string' ? join(dirname(planPath), ours.agencies) : undefined;
  const known = registry ? registryNames(registry) : undefined;
  const reading = readPlan(paragraphs, known ? { known } : {});
  const words = reading.plan as Data;
  const grafted = graftCarried(base, words, verdict.words, { headFromWords: false });
  if ('cannot' in grafted) {
    const p = paragraphs.find((x) => x.ids?.includes(grafted.cannot));
    io.err(s.intoUnmappable(placeOf(file, read.paragraphs, verdict.pageOf, p?.line, grafted.cannot, s), `[${grafted.cannot}] ${shorten(p?.text ?? '', 80)}`) + '\n');
    return EXIT.invalidInput;
  }
  const theirs = withPrintedRecipients(grafted.plan, base, read.source);
  const merged = mergeInto(base, theirs, ours);

  // What the plan's data cannot say: the edits taken, put into base, built again, and held against the page.
  const taken = applyEdits(base, mergeInto(base, theirs, base).edits);
  const takenSource = { ...read.source, files: [{ ...read.source.files[0]!, data: taken }, ...read.source.files.slice(1)] };
  let check = await verifyCarried(takenSource, read.paragraphs, project);
  // An agency written near its registry name is that agency (did-you-mean, said): a paragraph that differs
  // is held to the name the data will print.
  if (check.kind === 'differs' && reading.near.length > 0) {
    const lines = new Set(check.words.places.flatMap((p) => (p.side === 'printed' && p.line !== undefined ? [p.line] : [])));
    const used = reading.near.filter((n) => read.paragraphs.some((p) => lines.has(p.line) && p.text.includes(n.written)));
    const spelled = read.paragraphs.map((p) => (lines.has(p.line) ? { ...p, text: used.reduce((t, n) => t.split(n.written).join(n.name), p.text) } : p));
    const again = used.length > 0 ? await verifyCarried(takenSource, spelled, project) : check;
    const printedIn = (c: typeof check) => (c.kind === 'differs' ? c.words.places.filter((p) => p.side === 'printed').length : c.kind === 'agrees' ? 0 : Infinity);
    if (printedIn(again) < printedIn(check)) {
      check = again;
      for (const n of used) io.err(s.intoNearAgency(n.written, n.name, n.id) + '\n');
    }
  }
  const unmappable: Array<{ line?: number; text: string }> = check.kind === 'differs' ? check.words.places.filter((p) => p.side === 'printed') : [];
  // A table pasted in reads as paragraphs the plan could hold: its cells are refused as cells (vanban's own tables are the header, the closing, the appendix).
  // (The edits taken, built again, print every cell of their own tables: any other cell is one pasted in.)
  const ownCells = new Set(check.kind === 'unbuildable' ? verdict.rebuilt.filter((p) => p.inTable).map((p) => p.text) : check.rebuilt.filter((p) => p.inTable).map((p) => p.text));
  const body = read.paragraphs.flatMap((p, i) => (p.ids?.length ? [i] : []));
  read.paragraphs.forEach((p, i) => {
    const inBody = body.length > 0 && i > body[0]! && i < body.at(-1)!;
    if (!p.inTable || !inBody || ownCells.has(p.text)) return;
    const at = unmappable.findIndex((u) => u.line === p.line);
    if (at >= 0) unmappable[at] = { line: p.line, text: s.intoTableCell(p.text) };
    else unmappable.push({ line: p.line, text: s.intoTableCell(p.text) });
  });
  for (const p of unmappable) io.err(s.intoUnmappable(placeOf(file, read.paragraphs, verdict.pageOf, p.line, undefined, s), shorten(p.text, 100)) + '\n');
  for (const pic of read.pictures) io.err(s.intoUnmappable(placeOf(file, read.paragraphs, verdict.pageOf, pic.line, pic.ids[0], s), s.intoPicture(pic.ids.join(', '))) + '\n');
  for (const c of merged.conflicts) io.err(conflictLine(c, s) + '\n');
  // Words the plan's data cannot hold as they are (an agency the registry lacks …): what the check says, by code.
  if (check.kind === 'unbuildable') for (const d of check.problems) io.err(s.intoInvalid(`[${d.code}] ${messageFor(d.code, d.args, o.lang)}`) + '\n');
  // An assignment taken away while the words still name one: the phrase was not read (a split paragraph, a phrase retyped oddly).
  const lost = merged.edits.filter((e) => e.kind === 'set' && e.id !== undefined && e.value === undefined && ['lead', 'support', 'performers'].includes(String(e.path[0])));
  for (const e of lost.filter((x, i) => lost.findIndex((y) => (y as { id: string }).id === (x as { id: string }).id) === i)) {
    const words = JSON.stringify(graftedNode(theirs, (e as { id: string }).id) ?? '');
    if (!/chủ trì|phối hợp|thực hiện\)/u.test(words)) continue;
    const p = read.paragraphs.find((x) => x.ids?.includes((e as { id: string }).id));
    unmappable.push({ ...(p ? { line: p.line } : {}), text: s.intoAssignmentLost((e as { id: string }).id) });
    io.err(s.intoUnmappable(placeOf(file, read.paragraphs, verdict.pageOf, p?.line, (e as { id: string }).id, s), s.intoAssignmentLost((e as { id: string }).id)) + '\n');
  }
  // A task split in two whose assignment phrase went to the second part: which part keeps it is the author's call.
  for (const [id, split] of grafted.splits) {
    if (!split.phraseMoved) continue;
    const p = read.paragraphs.find((x) => x.ids?.includes(id));
    unmappable.push({ ...(p ? { line: p.line } : {}), text: s.intoSplitAssignment(id, split.into) });
    io.err(s.intoUnmappable(placeOf(file, read.paragraphs, verdict.pageOf, p?.line, id, s), s.intoSplitAssignment(id, split.into)) + '\n');
  }
  const refusedEdits = unmappable.length + read.pictures.length + (check.kind === 'unbuildable' ? Math.max(1, check.problems.length) : 0);
  if (merged.conflicts.length > 0 || (refusedEdits > 0 && !o.force)) {
    io.err(s.intoRefused(planPath, merged.conflicts.length, refusedEdits) + '\n');
    return EXIT.invalidInput;
  }
  // With --force, what was refused is left out: a node whose assignment the words name but were not read stays as it was, whole.
  const refusedIds = new Set(lost.map((e) => (e as { id: string }).id).filter((id) => unmappable.some((u) => u.text === s.intoAssignmentLost(id))));
  const writing = merged.edits.filter((e) => !('id' in e) || e.id === undefined || !refusedIds.has(e.id));
  if (writing.length === 0 && commentEdits.length === 0) {
    io.err(s.intoAlreadyIn(planPath) + '\n');
    return EXIT.ok;
  }
  return writeEdits(planPath, oursText, [...(writing as readonly YamlEdit[]), ...commentEdits], project, o, s);
}

/** The edits written into PLAN.yaml in place (or, with --dry-run, only said), the change printed as `vanban diff` says it. */
async function writeEdits(planPath: string, oursText: string, writing: readonly YamlEdit[], project: Parameters<typeof verifyCarried>[2], o: ImportIntoOptions, s: Strings): Promise<number> {
  const edited = editYaml(planPath, oursText, writing);
  if (edited.kind !== 'edited') {
    io.err((edited.kind === 'not-canonical' ? s.intoNotCanonical(planPath) : s.intoEditFailed(planPath, edited.kind === 'missing' ? edited.id : edited.kind)) + '\n');
    return EXIT.invalidInput;
  }
  // Every edit already there (a comment kept by an earlier import): nothing to write.
  if (edited.text === oursText) {
    io.err(s.intoAlreadyIn(planPath) + '\n');
    return EXIT.ok;
  }
  // The change in the plan's own terms, from the YAML as it was to the YAML as it will be.
  const trial = `${planPath}.${process.pid}-0.tmp`;
  try {
    writeFileSync(trial, edited.text);
    const before = await resolvedPlanOrReport(planPath, project, o);
    const after = await resolvedPlanOrReport(trial, project, o);
    if (!before || !after) return EXIT.invalidInput;
    const changes = diffPlans(before, after).filter((c) => c.kind !== 'field-changed' || c.field !== 'agencies');
    // Comments alone change no data: nothing for the diff to say.
    if (changes.length > 0 || writing.every((e) => e.kind !== 'comment')) io.out(renderText(changes, io.color));
  } finally {
    rmSync(trial, { force: true });
  }
  if (o.dryRun) {
    io.err(s.intoDryRun(planPath, writing.length) + '\n');
    return EXIT.ok;
  }
  const outcome = writeNewFile(planPath, edited.text, { force: true });
  if (outcome.kind !== 'written') {
    io.err(s.writeFailed(planPath, outcome.kind === 'failed' ? outcome.reason : outcome.kind) + '\n');
    return EXIT.invalidInput;
  }
  io.err(s.intoWritten(relative(process.cwd(), planPath) || planPath, writing.length) + '\n');
  return EXIT.ok;
}

/**
 * The recipients as the words read them, each line the carried list prints the same
 * way kept as written there (an agency named by id stays so): only a line added,
 * removed or reworded in Word is a change.
 */
function withPrintedRecipients(theirs: Data, base: Data, source: CarriedSource): Data {
  const read = theirs.recipients;
  if (!Array.isArray(read) || !Array.isArray(base.recipients)) return theirs;
  const registry = source.files.find((f) => (f.data as { kind?: unknown } | null)?.kind === 'agencies')?.data as { agencies?: Array<{ id: string; name: string; short?: string }> } | undefined;
  const key = (x: string) => x.normalize('NFC').replace(/[;.,\s]+$/u, '').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
  const printed = (r: unknown): string[] => {
    if (typeof r === 'string') return [r];
    const id = typeof (r as { agency?: unknown })?.agency === 'string' ? (r as { agency: string }).agency : (r as { agency?: { id?: string } })?.agency?.id;
    const a = registry?.agencies?.find((x) => x.id === id);
    return a ? [a.name, ...(a.short ? [a.short] : [])] : [];
  };
  const recipients = read.map((line) => (typeof line === 'string' ? base.recipients as unknown[] : []).find((r) => printed(r).some((p) => key(p) === key(String(line)))) ?? line);
  return { ...theirs, recipients };
}

/** The node `id` anywhere in a plan's data. */
function graftedNode(plan: Data, id: string): Data | undefined {
  const todo: unknown[] = [plan];
  while (todo.length > 0) {
    const n = todo.pop();
    if (!n || typeof n !== 'object') continue;
    if (!Array.isArray(n) && (n as Data).id === id) return n as Data;
    todo.push(...Object.values(n));
  }
  return undefined;
}

