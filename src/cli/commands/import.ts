import { forbiddenCharacters, withoutForbidden } from '../../import/forbidden.js';
import { hasErrors, type Diagnostic } from '../../diagnostics/types.js';
import { basename, dirname, extname, relative, resolve } from 'node:path';
import { parseQuiet } from '../../load/quiet-parse.js';
import { LIMITS } from '../../env/limits.js';
import { readRegularFile } from '../../env/world.js';
import { canonicalYamlOf } from '../../fmt/format-yaml.js';
import { paragraphsOf, type Paragraph } from '../../import/paragraphs.js';
import { readDocx } from '../../import/read-docx.js';
import { readOutline } from '../../import/read-outline.js';
import { isDecision, readDecision } from '../../import/read-decision.js';
import { isReport, readReport } from '../../import/read-report.js';
import { completeIssuer } from '../../import/frame.js';
import { readPlan, type ImportOptions } from '../../import/read-plan.js';
import { withPlanTypeLine } from '../../import/type-line.js';
import { decodeUtf8 } from '../../load/load-yaml.js';
import { shorten } from '../../text/shorten.js';
import { fromLegacy } from '../../text/legacy-encoding.js';
import { detectEncodingProblem } from '../../validate/rules/text-encoding.js';
import { checkInput } from '../../project/documents.js';
import type { Project, ProjectSettings } from '../../project/project.js';
import { openProjectAndRead } from '../open-project.js';
import { carriedDrafts } from '../../import/carried.js';
import type { CarriedSource } from '../../import/read-docx.js';
import type { CarriedWords } from '../../import/carried-words.js';
import { graftCarried, type Grafted } from '../../import/graft-carried.js';
import { verifyCarried } from '../verify-carried.js';
import { docxRefusal, tellRevisions } from '../docx-notes.js';
import { printedText } from '../../model/words.js';
import { wordShare, words } from '../../text/word-share.js';
import { EXIT } from '../../project/exit-codes.js';
import { io } from '../io.js';
import { writeNewFile } from '../../project/output-file.js';
import { notWritten } from '../outcome-words.js';
import { printDiagnostics, type ReportOptions } from '../report.js';
import type { Strings } from '../strings.js';

export interface ImportCommandOptions extends ReportOptions {
  readonly project: ProjectSettings;
  readonly registry?: string;
  readonly out?: string;
  readonly force: boolean;
  /** Read the words even when the DOCX carries vanban's data. */
  readonly fromText?: boolean;
  /** Tracked changes read as accepted (default) or rejected. */
  readonly tracked?: 'accept' | 'reject';
}

/**
 * `vanban import FILE.txt|FILE.docx [--registry R] [--out FILE]`: a plan draft (YAML) and
 * the registry of the agencies it names, from a plan as text; then the draft is
 * validated and what could not be recognised is listed with its line.
 * A DOCX is read with Word's own list numbering (import/read-docx.ts).
 */
export async function importCommand(file: string, o: ImportCommandOptions, s: Strings): Promise<number> {
  const opened = await openProjectAndRead(file, o.project, o, s);
  if (typeof opened === 'number') return opened;
  const { project, bytes } = opened;
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const isOle = bytes[0] === 0xd0 && bytes[1] === 0xcf;
  let paragraphs: Paragraph[];
  let forbidden: Diagnostic[] = [];
  let carried: CarriedToGraft | undefined;
  if (/\.docx$/i.test(file) || isZip || isOle) {
    const read = readDocx(bytes, { tracked: o.tracked ?? 'accept' });
    if (!read.ok) {
      io.err(docxRefusal(file, read, s) + '\n');
      return EXIT.invalidInput;
    }
    if (read.legacyRuns > 0) io.err(s.importLegacy('TCVN3/VNI (phông .VnTime, VNI-Times)') + '\n');
    tellRevisions(file, read, o.tracked ?? 'accept', s);
    if (read.source && !o.fromText) {
      const verdict = await verifyCarried(read.source, read.paragraphs, project);
      if (verdict.kind === 'agrees') return importCarried(file, read.source, read.paragraphs, project, o, s);
      if (verdict.kind === 'unbuildable') io.err(s.importCarriedUnbuildable + '\n');
      else {
        const places = verdict.words.places;
        io.err(s.importCarriedDiffers(read.source.edited, new Set(places.map((p) => p.where)).size) + '\n');
        for (const p of places.slice(0, 20)) io.err(`  ${file}${p.line ? `:${p.line}` : ''}: ${s.importCarriedPlace(p.where, p.side, shorten(p.text, 80), p.unstated)}\n`);
        if (places.length > 20) io.err(`  … (${places.length - 20})\n`);
        carried = { source: read.source, words: verdict.words };
      }
    }
    paragraphs = read.paragraphs;
    forbidden = forbiddenCharacters(file, paragraphs.map((p) => ({ text: p.text, line: p.line })));
  } else {
    const text = decodedText(file, bytes, o, s);
    if (text === undefined) return EXIT.invalidInput;
    forbidden = forbiddenCharacters(file, text.split(/\r\n?|\n/).map((l, i) => ({ text: l, line: i + 1 })));
    paragraphs = paragraphsOf(text);
  }
  // The end mark "./." (or a stray ". /") is printed by vanban where a body ends: not kept in the words.
  // A forbidden character is said where it stands and left out of the draft: the draft holds what prints.
  const cleaned = paragraphs.map((p) => ({ ...p, text: withoutForbidden(p.text).replace(/\.\s*\/\s*\.?$/u, '.') }));
  return importParagraphs(file, cleaned, project, o, s, forbidden, carried);
}

/** The data a DOCX carries, where its words were found to differ from the page's. */
interface CarriedToGraft {
  readonly source: CarriedSource;
  readonly words: CarriedWords;
}

/** The text of a plain-text plan, legacy encodings converted; undefined (said) when it is not UTF-8. */
function decodedText(file: string, bytes: Uint8Array, o: ImportCommandOptions, s: Strings): string | undefined {
  const decoded = decodeUtf8(file, bytes);
  if (typeof decoded !== 'string') {
    printDiagnostics([decoded], new Map(), o);
    return undefined;
  }
  let text = decoded;
  const legacy = detectEncodingProblem(text);
  if (legacy?.code === 'legacy-encoding' && (legacy.encoding.startsWith('TCVN3') || legacy.encoding === 'VNI')) {
    text = text.split('\n').map((l) => (detectEncodingProblem(l)?.code === 'legacy-encoding' ? fromLegacy(l, legacy.encoding === 'VNI' ? 'vni' : 'tcvn3') : l)).join('\n');
    io.err(s.importLegacy(legacy.encoding) + '\n');
  }
  return text;
}

async function importParagraphs(file: string, paragraphs: Paragraph[], project: Project, o: ImportCommandOptions, s: Strings, inputProblems: readonly Diagnostic[], carried?: CarriedToGraft): Promise<number> {
  const known = o.registry ? registryNames(o.registry) : undefined;
  if (o.registry && !known) {
    io.err(s.importRegistryUnreadable(o.registry) + '\n');
    return EXIT.invalidInput;
  }
  // A Quyết định ban hành Kế hoạch: the decision, and the plan after its signature, which takes its header.
  const decision = isDecision(paragraphs) ? readDecision(paragraphs) : undefined;
  if (decision && !decision.plan) return importDecisionAlone(file, decision, paragraphs, project, o, s, inputProblems);
  if (!decision && isReport(paragraphs)) {
    const report = readReport(paragraphs);
    if (report) return importReport(file, report, paragraphs, project, o, s, inputProblems);
  }
  const inherit = decision ? pick(decision.decision.document as Record<string, unknown>, ['parent_body', 'issuer', 'issuer_code', 'place', 'date']) : undefined;
  const imported = readPlan(decision?.plan ?? withPlanTypeLine(paragraphs), { ...(known ? { known } : {}), ...(inherit ? { inherit } : {}) });
  // A plan whose copy kept only "ỦY BAN NHÂN DÂN" of its issuer: the body's "UBND tỉnh" and the place complete it.
  if (!decision && imported.plan.document) completeIssuer(imported.plan.document as Record<string, unknown>, paragraphs.slice(0, 60).map((p) => p.text).join(' '));
  if (!imported.plan.kind) {
    printDiagnostics(inputProblems, new Map(), o);
    for (const u of [...(decision?.unrecognised ?? []), ...imported.unrecognised]) io.err(`${file}:${Math.max(1, u.line)}: ${u.why}\n`);
    return EXIT.invalidInput;
  }

  const out = resolve(o.out ?? `${basename(file, extname(file))}.yaml`);
  const base = out.replace(/\.ya?ml$/, '');
  const registryOut = `${base}.agencies.yaml`;
  const planOut = decision ? `${base}.ke-hoach.yaml` : out;
  const plan: Record<string, unknown> = { ...imported.plan, agencies: relative(dirname(out), registryOut) };
  if (decision && (plan.recipients as string[])[0] === '(nơi nhận)') {
    // The plan a decision issues prints no closing of its own; its fields come from the decision.
    for (const k of ['recipients', 'archive', 'signature'] as const) plan[k] = decision.decision[k];
  }
  const header = s.importHeader(file);
  // An attached đề cương becomes an outline file of its own, an appendix of the plan.
  let outline: { path: string; data: Record<string, unknown> } | undefined;
  if (imported.attached) {
    const doc = imported.plan.document as { date: string };
    const read = readOutline(imported.attached, paragraphs.map((p) => p.text).join('\n'), { from: doc.date, to: doc.date });
    if (read) {
      outline = { path: out.replace(/\.ya?ml$/, '') + '.de-cuong.yaml', data: read.outline };
      plan.appendices = [{ outline: relative(dirname(out), outline.path) }];
      io.err(s.importOutline(relative(process.cwd(), outline.path) || outline.path, read.nodes) + '\n');
      if (read.nodes === 0) io.err(`  ${file}:${imported.attached[0]!.line}: ${s.importOutlinePlaceholder}\n`);
    } else {
      const first = imported.attached[0]!;
      io.err(`  ${file}:${first.line}: ${s.importAttachedNotRead(imported.attached.length, imported.attached.at(-1)!.line)} — ${first.text.slice(0, 80)}\n`);
    }
  }
  // Agencies found in --registry are copied whole (name, short form, kind, members); the others are new.
  const given = new Map((o.registry ? registryEntries(o.registry) ?? [] : []).map((a) => [a.id, a]));
  const registry = {
    kind: 'agencies', version: 1,
    agencies: imported.agencies.map((a): Record<string, unknown> => given.get(a.id) ?? { id: a.id, name: a.name, kind: a.group ? 'group' : 'member' }),
  };
  // A plan vanban wrote: every node its carried data still prints exactly is taken from that data.
  if (carried && !decision) {
    const grafted = graftWithCarried(carried, plan, registry.agencies);
    if ('cannot' in grafted) io.err(s.importCarriedNoGraft(grafted.cannot) + '\n');
    else {
      Object.assign(plan, grafted.plan.plan, { agencies: plan.agencies });
      for (const k of Object.keys(plan)) if (!(k in grafted.plan.plan) && k !== 'agencies') delete plan[k];
      registry.agencies = grafted.agencies;
      io.err(s.importCarriedGraft(grafted.plan.fromWords.length, grafted.plan.removed.length, grafted.plan.inserted.length) + '\n');
    }
  }
  if (registry.agencies.length === 0) registry.agencies.push({ id: 'co-quan-ban-hanh', name: String((imported.plan.document as { issuer?: unknown } | undefined)?.issuer ?? 'Cơ quan ban hành'), kind: 'member' });
  const files: Array<[string, Record<string, unknown>]> = [[registryOut, registry], ...(outline ? [[outline.path, outline.data] as [string, Record<string, unknown>]] : []), [planOut, plan]];
  if (decision) files.push([out, { ...decision.decision, agencies: relative(dirname(out), registryOut), ...(decision.plan ? { attachment: relative(dirname(out), planOut) } : {}) }]);
  for (const [path, data] of files) {
    const outcome = writeNewFile(path, canonicalYamlOf(data, [header]), { force: o.force });
    if (outcome.kind !== 'written') {
      io.err(notWritten(outcome, relative(process.cwd(), path), s) + '\n');
      return EXIT.usage;
    }
  }
  const c = imported.counts;
  if (decision) io.err(s.importDecision(relative(process.cwd(), out) || out, decision.articles) + '\n');
  io.err(s.importSummary(relative(process.cwd(), planOut) || planOut, c) + '\n');
  for (const u of [...(decision?.unrecognised ?? []), ...imported.unrecognised]) io.err(`  ${file}${u.line ? `:${u.line}` : ''}: ${u.why}${u.text ? ` — ${u.text.slice(0, 80)}` : ''}\n`);
  const h = imported.headings;
  io.err(s.importHeadings(h.length, h.filter((x) => x.confidence === 'high').length, h.filter((x) => x.confidence === 'medium').length, h.filter((x) => x.confidence === 'low').length) + '\n');
  for (const x of h) if (x.confidence !== 'high') io.err(`  ${file}:${x.line}: ${s.importHeadingDoubt(shorten(x.title, 70), x.confidence, x.doubts)}\n`);
  return checkDraft(out, paragraphs, project, o, s, inputProblems);
}

/** A Quyết định with no plan after its signature (a decision alone, or a copy that ends before the plan): the decision draft, and a registry naming its issuer. */
async function importDecisionAlone(file: string, decision: NonNullable<ReturnType<typeof readDecision>>, paragraphs: readonly Paragraph[], project: Project, o: ImportCommandOptions, s: Strings, inputProblems: readonly Diagnostic[]): Promise<number> {
  const out = resolve(o.out ?? `${basename(file, extname(file))}.yaml`);
  const registryOut = `${out.replace(/\.ya?ml$/, '')}.agencies.yaml`;
  const issuer = (decision.decision.document as { issuer?: unknown }).issuer;
  const registry = { kind: 'agencies', version: 1, agencies: [{ id: 'co-quan-ban-hanh', name: Array.isArray(issuer) ? issuer.join(' ') : String(issuer ?? 'Cơ quan ban hành'), kind: 'member' }] };
  const header = s.importHeader(file);
  const files: Array<[string, Record<string, unknown>]> = [[registryOut, registry], [out, { ...decision.decision, agencies: relative(dirname(out), registryOut) }]];
  for (const [path, data] of files) {
    const outcome = writeNewFile(path, canonicalYamlOf(data, [header]), { force: o.force });
    if (outcome.kind !== 'written') {
      io.err(notWritten(outcome, relative(process.cwd(), path), s) + '\n');
      return EXIT.usage;
    }
  }
  io.err(s.importDecision(relative(process.cwd(), out) || out, decision.articles) + '\n');
  io.err(`  ${file}: ${s.importDecisionWithoutPlan}\n`);
  for (const u of decision.unrecognised) io.err(`  ${file}${u.line ? `:${u.line}` : ''}: ${u.why}${u.text ? ` — ${u.text.slice(0, 80)}` : ''}\n`);
  return checkDraft(out, paragraphs, project, o, s, inputProblems);
}

/** A Báo cáo: one draft, its sections its own (it names no outline and no registry). */
async function importReport(file: string, read: NonNullable<ReturnType<typeof readReport>>, paragraphs: readonly Paragraph[], project: Project, o: ImportCommandOptions, s: Strings, inputProblems: readonly Diagnostic[]): Promise<number> {
  const out = resolve(o.out ?? `${basename(file, extname(file))}.yaml`);
  const outcome = writeNewFile(out, canonicalYamlOf(read.report, [s.importHeader(file)]), { force: o.force });
  if (outcome.kind !== 'written') {
    io.err(notWritten(outcome, relative(process.cwd(), out), s) + '\n');
    return EXIT.usage;
  }
  io.err((read.report.kind === 'outline' ? s.importForm : s.importReport)(relative(process.cwd(), out) || out, read.sections) + '\n');
  for (const u of read.unrecognised) io.err(`  ${file}${u.line ? `:${u.line}` : ''}: ${u.why}${u.text ? ` — ${u.text.slice(0, 80)}` : ''}\n`);
  return checkDraft(out, paragraphs, project, o, s, inputProblems);
}

/** A DOCX vanban wrote and nobody edited: the files it carried, renamed beside the draft, exactly. */
async function importCarried(file: string, source: CarriedSource, paragraphs: readonly Paragraph[], project: Project, o: ImportCommandOptions, s: Strings): Promise<number> {
  const out = resolve(o.out ?? `${basename(file, extname(file))}.yaml`);
  const drafts = carriedDrafts(source, out);
  for (const d of drafts) {
    const outcome = writeNewFile(d.path, canonicalYamlOf(d.data, [s.importCarriedHeader(file)]), { force: o.force });
    if (outcome.kind !== 'written') {
      io.err(notWritten(outcome, relative(process.cwd(), d.path), s) + '\n');
      return EXIT.usage;
    }
  }
  io.err(s.importCarried(relative(process.cwd(), out) || out, drafts.length) + '\n');
  return checkDraft(out, paragraphs, project, o, s);
}

/**
 * Validates the draft and, when it builds, checks the import itself: the words of
 * the document rebuilt from the draft against the words read, as a share.
 */
async function checkDraft(out: string, paragraphs: readonly Paragraph[], project: Project, o: ImportCommandOptions, s: Strings, inputProblems: readonly Diagnostic[] = []): Promise<number> {
  const checked = await checkInput(out, project);
  // What the input itself holds comes first, then what the draft made of it.
  const diagnostics = [...inputProblems, ...checked.diagnostics];
  printDiagnostics(diagnostics, checked.sources, o);
  if (checked.build) {
    const rebuilt = words(printedText(checked.build()));
    const { share } = wordShare(words(paragraphs.map((p) => p.text).join('\n')), rebuilt);
    io.err((Number.isNaN(share) ? s.importSelfCheckUnlike : s.importSelfCheck(share)) + '\n');
  }
  return hasErrors(diagnostics) ? EXIT.invalidInput : EXIT.ok;
}

/** The carried plan with the words' reading put in where they differ; its registry with the agencies the words name that it lacks. */
function graftWithCarried(carried: CarriedToGraft, words: Record<string, unknown>, wordAgencies: ReadonlyArray<Record<string, unknown>>):
  { plan: Grafted; agencies: Array<Record<string, unknown>> } | { cannot: string } {
  const dataOf = (kind: string) => carried.source.files.find((f) => (f.data as { kind?: unknown } | null)?.kind === kind)?.data as Record<string, unknown> | undefined;
  const plan = carried.source.files[0]?.data as Record<string, unknown> | undefined;
  if (!plan || plan.kind !== 'plan') return { cannot: '—' };
  const grafted = graftCarried(plan, words, carried.words);
  if ('cannot' in grafted) return grafted;
  const reg = dataOf('agencies');
  const agencies = Array.isArray(reg?.agencies) ? (reg.agencies as Array<Record<string, unknown>>).map((a) => ({ ...a })) : [];
  // Only those the grafted plan names: an agency the words guessed for a node the carried data gives stays out.
  const named = new Set<string>();
  const visit = (v: unknown, key?: string): void => {
    if (Array.isArray(v)) v.forEach((x) => visit(x, key));
    else if (typeof v === 'string' && key !== undefined && ['lead', 'support', 'performers', 'agency', 'from', 'to', 'via'].includes(key)) named.add(v);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(x, k === 'id' ? key : k);
  };
  visit(grafted.plan);
  for (const a of wordAgencies) if (!agencies.some((x) => x.id === a.id) && named.has(String(a.id))) agencies.push(a);
  return { plan: grafted, agencies };
}

function pick(o: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));
}

type RegistryEntry = { id: string; name: string; short?: string; kind?: string } & Record<string, unknown>;

function registryEntries(path: string): RegistryEntry[] | undefined {
  try {
    const data = parseQuiet(new TextDecoder().decode(readRegularFile(path, LIMITS.fileBytes))) as { agencies?: RegistryEntry[] };
    if (!Array.isArray(data?.agencies)) return undefined;
    return data.agencies.filter((a) => typeof a?.id === 'string' && typeof a.name === 'string');
  } catch {
    return undefined;
  }
}

/** The agencies of a registry by the names a document may use for them (name and short form). */
export function registryNames(path: string): ImportOptions['known'] | undefined {
  return registryEntries(path)?.map((a) => ({ id: a.id, names: [a.name, ...(typeof a.short === 'string' ? [a.short] : [])], group: a.kind === 'group' }));
}

