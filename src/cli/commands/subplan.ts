import { readFileSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { stringify } from 'yaml';
import { parseSource, rangeAt } from '../../load/source-file.js';
import { deriveSubplan, parentPairs, subplanAgencies, upstreamChanges, verifyCoverage, type DerivedTask } from '../../plan/subplan.js';
import type { ResolvedPlan } from '../../plan/types.js';
import { query } from '../../plan/walk.js';
import { EXIT } from '../exit-codes.js';
import { io } from '../io.js';
import { notWritten, writeNewFile } from '../output-file.js';
import type { ReportOptions } from '../report.js';
import { schemaLink, writeSchemas } from '../schema-link.js';
import type { Strings } from '../strings.js';
import { resolvedPlanOrReport } from '../resolved-input.js';
import { reportSchemaCopies } from './schema.js';
import { buildCommand } from './build.js';

export interface SubplanOptions extends ReportOptions {
  readonly agency: string;
  readonly out: string;
  readonly force: boolean;
  readonly formats: readonly string[];
}

/**
 * `vanban subplan PLAN --agency ID`: the agency's own plan, derived from the
 * province plan, written as YAML next to nothing it would overwrite, then built.
 */
export async function subplanCommand(planPath: string, o: SubplanOptions, s: Strings): Promise<number> {
  const parent = await resolvedPlanOrReport(planPath, o);
  if (!parent) return EXIT.invalidInput;
  if (!parent.agencies.has(o.agency)) {
    io.err(s.unknownAgencyFor(o.agency, planPath) + '\n');
    return EXIT.invalidInput;
  }
  const written = writeSubplan(parent, planPath, o.agency, o, s);
  if (typeof written === 'number') return written;
  return buildCommand([written], { ...o, out: o.out, formats: o.formats, force: o.force }, s);
}

/** Derives and writes one agency's sub-plan; its path, or the exit code of why not. */
function writeSubplan(parent: ResolvedPlan, planPath: string, agency: string, o: SubplanOptions, s: Strings, quiet = false): string | number {
  const target = resolve(o.out, `${basename(planPath).replace(/\.ya?ml$/, '')}-${agency}.yaml`);
  const rel = (p: string) => relative(dirname(target), p).split(sep).join('/');
  const { plan, tasks } = deriveSubplan(parent, agency, rel(resolve(dirname(planPath), parent.input.agencies)), rel(resolve(planPath)));
  if (!quiet) for (const w of unassignedMentions(parent, agency, planPath)) io.err(w + '\n');
  if (tasks.length === 0) {
    io.err(s.subplanEmpty(agency, planPath) + '\n');
    return EXIT.invalidInput;
  }
  const link = schemaLink('plan.schema.json', target);
  const text = [
    link.line,
    `# Kế hoạch của ${parent.agencies.get(agency)!.name}, tạo bởi "vanban subplan" từ ${rel(resolve(planPath))}.`,
    '# Mỗi nhiệm vụ giữ mã nhiệm vụ của kế hoạch cấp trên (derived_from). Sửa lời văn, ngày, số, người ký rồi: vanban validate',
    stringify(plan, { lineWidth: 100 }),
  ].join('\n');
  const outcome = writeNewFile(target, text, { force: o.force });
  if (outcome.kind !== 'written') {
    io.err(notWritten(outcome, relative(process.cwd(), target) || target, s) + '\n');
    return EXIT.usage;
  }
  if (link.copyInto && !quiet) reportSchemaCopies(writeSchemas(link.copyInto, false), s);
  io.err(s.subplanWritten(relative(process.cwd(), target) || target, tasks.filter((t) => t.role === 'lead').length, tasks.filter((t) => t.role === 'support').length) + '\n');
  return target;
}

/**
 * `vanban subplan PLAN --all [--verify]`: every agency given a task, itself or through
 * a group, gets its sub-plan; one that fails is named and the rest go on. --verify then
 * reads the written sub-plans back and proves they carry every (task, agency, role)
 * of the parent exactly once, naming what is missing, invented or doubled.
 */
export async function subplanAllCommand(planPath: string, o: SubplanOptions & { readonly verify: boolean }, s: Strings): Promise<number> {
  const parent = await resolvedPlanOrReport(planPath, o);
  if (!parent) return EXIT.invalidInput;
  const agencies = subplanAgencies(parent);
  const written: Array<{ agency: string; path: string }> = [];
  let worst: number = EXIT.ok;
  for (const agency of agencies) {
    const r = writeSubplan(parent, planPath, agency, o, s, true);
    if (typeof r === 'number') worst = Math.max(worst, r);
    else written.push({ agency, path: r });
  }
  const { memberless } = parentPairs(parent);
  for (const m of [...new Set(memberless.map((x) => x.group))]) io.err(s.groupWithoutMembers(m, memberless.filter((x) => x.group === m).length) + '\n');
  io.err(s.subplansWritten(written.length, agencies.length) + '\n');
  if (o.verify) {
    const derived = [];
    for (const w of written) {
      const sub = await resolvedPlanOrReport(w.path, o);
      if (!sub) {
        worst = Math.max(worst, EXIT.invalidInput);
        continue;
      }
      derived.push({ agency: w.agency, tasks: carried(sub) });
    }
    const { missing, invented, twice } = verifyCoverage(parent, derived);
    for (const p of missing) io.out(s.pairMissing(p) + '\n');
    for (const p of invented) io.out(s.pairInvented(p) + '\n');
    for (const p of twice) io.out(s.pairTwice(p) + '\n');
    const bad = missing.length + invented.length + twice.length;
    io.err(s.coverage(parentPairs(parent).pairs.length, bad) + '\n');
    if (bad > 0) worst = Math.max(worst, EXIT.invalidInput);
  }
  if (worst !== EXIT.ok) return worst;
  return o.formats.length > 0 && written.length > 0 ? buildCommand(written.map((w) => w.path), { ...o }, s) : EXIT.ok;
}

/** The parent tasks a written sub-plan carries, by its derived_from ids and the part each stands in. */
function carried(sub: ResolvedPlan): DerivedTask[] {
  return query(sub, 'task').flatMap((t) => (t.derivedFrom
    ? [{ task: { ...t, id: t.derivedFrom }, role: t.parents.includes('nhiem-vu-phoi-hop') ? 'support' as const : 'lead' as const, source: t.source ?? '' }]
    : []));
}

/**
 * `vanban subplan --check SUBPLAN`: what the parent plan changed for this agency
 * since the sub-plan was derived — tasks added, removed, reworded, re-assigned,
 * re-dated — by id; exit 1 when the sub-plan is behind.
 */
export async function subplanCheckCommand(subPath: string, o: ReportOptions, s: Strings): Promise<number> {
  const sub = await resolvedPlanOrReport(subPath, o);
  if (!sub) return EXIT.invalidInput;
  const { parent: link, issuing_agency: agency } = sub.input;
  if (!link || !agency) {
    io.err(s.notSubplan(subPath) + '\n');
    return EXIT.invalidInput;
  }
  const parent = await resolvedPlanOrReport(resolve(dirname(subPath), link.plan), o);
  if (!parent) return EXIT.invalidInput;
  const changes = upstreamChanges(parent, agency, link.tasks);
  for (const c of changes) io.out(s.upstreamChange(c) + '\n');
  io.err((changes.length === 0 ? s.subplanCurrent(subPath) : s.subplanBehind(subPath, changes.length)) + '\n');
  return changes.length === 0 ? EXIT.ok : EXIT.invalidInput;
}

/**
 * Tasks whose words name the agency but whose data do not ("Giao Công an tỉnh: …"
 * with no lead): the sub-plan cannot see them, so the secretariat should fix the
 * province plan. One line each, with where the task stands.
 */
function unassignedMentions(plan: ResolvedPlan, agencyId: string, planPath: string): string[] {
  const agency = plan.agencies.get(agencyId)!;
  const words = [agency.name, agency.short].filter((w): w is string => !!w).map((w) => w.toLocaleLowerCase('vi'));
  const { source } = parseSource(planPath, readFileSync(planPath, 'utf8'));
  const mentions = (text: string) => words.some((w) => text.toLocaleLowerCase('vi').includes(w));
  // Items carry no agencies at all ("Giao Công an tỉnh:" with steps, seed 004); tasks may lack them.
  const unassigned = [
    ...query(plan, 'task').filter((t) => t.assignment.lead.length + t.assignment.support.length + t.assignment.performers.length === 0)
      .filter((t) => mentions([t.text, ...t.steps.map((st) => st.text)].join(' '))),
    ...query(plan, 'item').filter((i) => mentions([i.text.map((p) => (p.kind === 'text' ? p.text : p.target.text)).join(''), ...i.steps.map((st) => st.text)].join(' '))),
  ];
  return unassigned.map((n) => {
    const { line, column } = rangeAt(source, [...n.path, 'text']).start;
    return `${planPath}:${line}:${column} cảnh báo [subplan-unassigned] "${n.id}" giao việc cho ${agency.short ?? agency.name} trong lời văn nhưng không ghi lead/support: kế hoạch con không nhận được việc này`;
  });
}
