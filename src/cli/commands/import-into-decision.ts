import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseQuiet } from '../../load/quiet-parse.js';
import { diffDecisions } from '../../diff/plan-diff.js';
import { renderText } from '../../diff/render.js';
import { editYaml, type YamlEdit } from '../../fmt/edit-yaml.js';
import type { CarriedWords } from '../../import/carried-words.js';
import { editedValue, setAt } from '../../import/edited-head.js';
import { withoutForbidden } from '../../import/forbidden.js';
import { graftCarried, places } from '../../import/graft-carried.js';
import { mergeInto, mergeValues, type IntoEdit } from '../../import/merge-into.js';
import type { DocxRead } from '../../import/read-docx.js';
import { readDecision } from '../../import/read-decision.js';
import { readPlan } from '../../import/read-plan.js';
import { messageFor } from '../../diagnostics/messages.js';
import { EXIT } from '../../project/exit-codes.js';
import { writeNewFile } from '../../project/output-file.js';
import type { Project } from '../../project/project.js';
import { shorten } from '../../text/shorten.js';
import { checkDecision } from '../../validate/check-decision.js';
import { io } from '../io.js';
import { printDiagnostics } from '../report.js';
import { resolvedPlanOrReport } from '../resolved-input.js';
import type { Strings } from '../strings.js';
import { verifyCarried } from '../verify-carried.js';
import { applyEdits } from '../../import/apply-edits.js';
import { conflictLine, placeOf } from '../docx-notes.js';
import type { ImportIntoOptions } from './into-options.js';
import { registryNames } from './import.js';

type Data = Record<string, unknown>;
type Read = Extract<DocxRead, { ok: true }> & { readonly source: NonNullable<Extract<DocxRead, { ok: true }>['source']> };

/**
 * `vanban import QĐ.docx --into QĐ.yaml`: a Quyết định ban hành Kế hoạch edited in
 * Word, back into its two files. Edits in the plan it issues go into the plan's
 * YAML as for a plan (node by node, three ways); an edit in the decision's own
 * paragraphs (an article's words, a basis line, a date, the trích yếu, the signer)
 * is put down to the one value it lies in, and the Nơi nhận lines are taken as the
 * page has them. Everything taken is built again and held against the page; what
 * the data cannot say, and every conflict, is refused and nothing is written.
 */
export async function importDecisionInto(file: string, decisionPath: string, read: Read, project: Project, o: ImportIntoOptions, s: Strings): Promise<number> {
  const checked = await checkDecision(decisionPath, project.world);
  if (!checked.decision) {
    printDiagnostics(checked.diagnostics, checked.sources, o);
    return EXIT.invalidInput;
  }
  const oursText = readFileSync(decisionPath, 'utf8');
  const ours = parseQuiet(oursText) as Data;
  const files = read.source.files;
  const base = files[0]!.data as Data;
  const planFile = typeof base.attachment === 'string' ? files.find((f) => f.path === base.attachment) : undefined;
  const basePlan = planFile?.data as Data | undefined;
  const planPath = typeof ours.attachment === 'string' ? join(dirname(decisionPath), ours.attachment) : undefined;
  if ((basePlan === undefined) !== (planPath === undefined)) {
    io.err(s.intoNotPlan(file) + '\n');
    return EXIT.invalidInput;
  }
  const verdict = await verifyCarried(read.source, read.paragraphs, project);
  if (verdict.kind === 'unbuildable') {
    io.err(s.importCarriedUnbuildable + '\n');
    return EXIT.invalidInput;
  }
  if (verdict.kind === 'agrees') {
    io.err(s.intoNothing(file) + '\n');
    return EXIT.ok;
  }
  const paragraphs = read.paragraphs.map((p) => ({ ...p, text: withoutForbidden(p.text).replace(/\.\s*\/\s*\.?$/u, '.') }));
  const words = readDecision(paragraphs);
  const unmappable: Array<{ line?: number; text: string }> = [];
  const planIds = new Set(basePlan ? places(basePlan).keys() : []);

  // The plan it issues: as a plan's import reads it, node by node (its head and closing are the decision's).
  let theirsPlan = basePlan;
  if (basePlan && words?.plan) {
    const registry = typeof basePlan.agencies === 'string' ? join(dirname(planPath!), basePlan.agencies) : undefined;
    const known = registry ? registryNames(registry) : undefined;
    const wordsPlan = readPlan(words.plan, known ? { known } : {}).plan as Data;
    const planWords: CarriedWords = { ...verdict.words, head: false, closing: false, places: verdict.words.places.filter((p) => planIds.has(p.where)) };
    const grafted = graftCarried(basePlan, wordsPlan, planWords);
    if ('cannot' in grafted) {
      const p = paragraphs.find((x) => x.ids?.includes(grafted.cannot));
      io.err(s.intoUnmappable(placeOf(file, read.paragraphs, verdict.pageOf, p?.line, grafted.cannot, s), `[${grafted.cannot}] ${shorten(p?.text ?? '', 80)}`) + '\n');
      return EXIT.invalidInput;
    }
    theirsPlan = grafted.plan;
  }

  // The decision's own paragraphs: the Nơi nhận as the page has it, any other edit put down to one value.
  let theirs: Data = structuredClone(base);
  const printedRecipients = words?.decision.recipients;
  const listLine = (t: string) => /^-\s/u.test(t) || /^Nơi nhận:?$/u.test(t);
  if (Array.isArray(printedRecipients) && !isDeepStrictEqual(printedRecipients, base.recipients)) theirs.recipients = printedRecipients;
  const groups = new Map<string, { carried: string[]; printed: Array<{ line?: number; text: string }> }>();
  for (const p of verdict.words.places) {
    if (planIds.has(p.where) || listLine(p.text)) continue;
    const g = groups.get(p.where) ?? { carried: [], printed: [] };
    groups.set(p.where, g);
    if (p.side === 'carried') g.carried.push(p.text);
    else g.printed.push({ ...(p.line !== undefined ? { line: p.line } : {}), text: p.text });
  }
  for (const g of groups.values()) {
    if (g.carried.length !== g.printed.length) {
      unmappable.push(...g.printed);
      continue;
    }
    g.carried.forEach((old, i) => {
      const roots = [{ data: theirs }, ...(theirsPlan ? [{ data: theirsPlan, keys: ['document', 'basis', 'signature'] }] : [])];
      const edit = editedValue(roots, old, g.printed[i]!.text);
      if (!edit) unmappable.push(g.printed[i]!);
      else if (edit.root === 0) theirs = setAt(theirs, edit.path, edit.value);
      else theirsPlan = setAt(theirsPlan!, edit.path, edit.value);
    });
  }

  // Three ways each; then what was taken, built again, must print the page.
  const decisionMerged = mergeValues(base, theirs, ours);
  const planText = planPath ? readFileSync(planPath, 'utf8') : '';
  const oursPlan = planPath ? (parseQuiet(planText) as Data) : undefined;
  const planMerged = basePlan && theirsPlan && oursPlan ? mergeInto(basePlan, theirsPlan, oursPlan) : { edits: [], conflicts: [] };
  const takenPlan = basePlan && theirsPlan ? applyEdits(basePlan, mergeInto(basePlan, theirsPlan, basePlan).edits) : undefined;
  const check = await verifyCarried({
    ...read.source,
    files: files.map((f, i) => (i === 0 ? { ...f, data: theirs } : f === planFile && takenPlan ? { ...f, data: takenPlan } : f)),
  }, read.paragraphs, project);
  if (check.kind === 'differs') for (const p of check.words.places) if (p.side === 'printed' && !unmappable.some((u) => u.line === p.line)) unmappable.push(p);
  for (const p of unmappable) io.err(s.intoUnmappable(placeOf(file, read.paragraphs, verdict.pageOf, p.line, undefined, s), shorten(p.text, 100)) + '\n');
  for (const pic of read.pictures) io.err(s.intoUnmappable(placeOf(file, read.paragraphs, verdict.pageOf, pic.line, pic.ids[0], s), s.intoPicture(pic.ids.join(', '))) + '\n');
  if (check.kind === 'unbuildable') for (const d of check.problems) io.err(s.intoInvalid(`[${d.code}] ${messageFor(d.code, d.args, o.lang)}`) + '\n');
  const conflicts = [...decisionMerged.conflicts, ...planMerged.conflicts];
  for (const c of conflicts) io.err(conflictLine(c, s) + '\n');
  const refused = unmappable.length + read.pictures.length + (check.kind === 'unbuildable' ? Math.max(1, check.problems.length) : 0);
  if (conflicts.length > 0 || (refused > 0 && !o.force)) {
    io.err(s.intoRefused(decisionPath, conflicts.length, refused) + '\n');
    return EXIT.invalidInput;
  }

  const edits = decisionMerged.edits.length + planMerged.edits.length;
  if (edits === 0) {
    io.err(s.intoAlreadyIn(decisionPath) + '\n');
    return EXIT.ok;
  }
  const decisionEdited = editYaml(decisionPath, oursText, decisionMerged.edits as readonly YamlEdit[]);
  const planEdited = planPath ? editYaml(planPath, planText, planMerged.edits as readonly IntoEdit[] as readonly YamlEdit[]) : undefined;
  for (const [path, e] of [[decisionPath, decisionEdited], [planPath, planEdited]] as const) {
    if (!e || !path || e.kind === 'edited') continue;
    io.err((e.kind === 'not-canonical' ? s.intoNotCanonical(path) : s.intoEditFailed(path, e.kind === 'missing' ? e.id : e.kind)) + '\n');
    return EXIT.invalidInput;
  }
  const newDecision = decisionEdited.kind === 'edited' ? decisionEdited.text : oursText;
  const newPlan = planEdited?.kind === 'edited' ? planEdited.text : planText;

  // The change as `vanban diff` says it: the decision's values, then its plan's nodes.
  const trial = planPath ? `${planPath}.${process.pid}-0.tmp` : undefined;
  try {
    if (trial) writeFileSync(trial, newPlan);
    const beforePlan = checked.decision.attachment ? project.resolve(checked.decision.attachment) : undefined;
    const afterPlan = trial ? await resolvedPlanOrReport(trial, project, o) : undefined;
    if (trial && !afterPlan) return EXIT.invalidInput;
    io.out(renderText(diffDecisions({ input: ours, ...(beforePlan ? { plan: beforePlan } : {}) }, { input: parseQuiet(newDecision) as unknown, ...(afterPlan ? { plan: afterPlan } : {}) })
      .filter((c) => c.kind !== 'field-changed' || c.field !== 'agencies'), io.color));
  } finally {
    if (trial) rmSync(trial, { force: true });
  }
  if (o.dryRun) {
    io.err(s.intoDryRun(decisionPath, edits) + '\n');
    return EXIT.ok;
  }
  // The plan first: a decision never names a plan that lacks what it issues.
  for (const [path, text, was] of [[planPath, newPlan, planText], [decisionPath, newDecision, oursText]] as const) {
    if (!path || text === was) continue;
    const outcome = writeNewFile(path, text, { force: true });
    if (outcome.kind !== 'written') {
      io.err(s.writeFailed(path, outcome.kind === 'failed' ? outcome.reason : outcome.kind) + '\n');
      return EXIT.invalidInput;
    }
  }
  io.err(s.intoWritten(relative(process.cwd(), decisionPath) || decisionPath, edits) + '\n');
  return EXIT.ok;
}
