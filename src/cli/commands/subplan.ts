import { readFileSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { stringify } from 'yaml';
import { nodeWorld } from '../../env/world.js';
import { parseSource, rangeAt } from '../../load/source-file.js';
import { resolvePlan } from '../../plan/resolve.js';
import { deriveSubplan, upstreamChanges } from '../../plan/subplan.js';
import type { ResolvedPlan } from '../../plan/types.js';
import { query } from '../../plan/walk.js';
import { checkPlan } from '../../validate/check-plan.js';
import { EXIT } from '../exit-codes.js';
import { io } from '../io.js';
import { notWritten, writeNewFile } from '../output-file.js';
import { printDiagnostics, type ReportOptions } from '../report.js';
import { schemaLink, writeSchemas } from '../schema-link.js';
import type { Strings } from '../strings.js';
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
  const checked = await checkPlan(planPath, nodeWorld);
  if (!checked.plan) {
    printDiagnostics(checked.diagnostics, checked.sources, o);
    return EXIT.invalidInput;
  }
  const parent = resolvePlan(checked.plan);
  if (!parent.agencies.has(o.agency)) {
    io.err(s.unknownAgencyFor(o.agency, planPath) + '\n');
    return EXIT.invalidInput;
  }
  const target = resolve(o.out, `${basename(planPath).replace(/\.ya?ml$/, '')}-${o.agency}.yaml`);
  const rel = (p: string) => relative(dirname(target), p).split(sep).join('/');
  const { plan, tasks } = deriveSubplan(parent, o.agency, rel(resolve(dirname(planPath), parent.input.agencies)), rel(resolve(planPath)));
  for (const w of unassignedMentions(parent, o.agency, planPath)) io.err(w + '\n');
  if (tasks.length === 0) {
    io.err(s.subplanEmpty(o.agency, planPath) + '\n');
    return EXIT.invalidInput;
  }
  const link = schemaLink('plan.schema.json', target);
  const text = [
    link.line,
    `# Kế hoạch của ${parent.agencies.get(o.agency)!.name}, tạo bởi "vanban subplan" từ ${relative(dirname(target), resolve(planPath)).split(sep).join('/')}.`,
    '# Mỗi nhiệm vụ giữ mã nhiệm vụ của kế hoạch cấp trên (derived_from). Sửa lời văn, ngày, số, người ký rồi: vanban validate',
    stringify(plan, { lineWidth: 100 }),
  ].join('\n');
  const outcome = writeNewFile(target, text, { force: o.force });
  if (outcome.kind !== 'written') {
    io.err(notWritten(outcome, relative(process.cwd(), target) || target, s) + '\n');
    return EXIT.usage;
  }
  if (link.copyInto) reportSchemaCopies(writeSchemas(link.copyInto, false), s);
  io.err(s.subplanWritten(relative(process.cwd(), target) || target, tasks.filter((t) => t.role === 'lead').length, tasks.filter((t) => t.role === 'support').length) + '\n');
  return buildCommand([target], { ...o, out: o.out, formats: o.formats, force: o.force }, s);
}

/**
 * `vanban subplan --check SUBPLAN`: what the parent plan changed for this agency
 * since the sub-plan was derived — tasks added, removed, reworded, re-assigned,
 * re-dated — by id; exit 1 when the sub-plan is behind.
 */
export async function subplanCheckCommand(subPath: string, o: ReportOptions, s: Strings): Promise<number> {
  const sub = await checkPlan(subPath, nodeWorld);
  if (!sub.plan) {
    printDiagnostics(sub.diagnostics, sub.sources, o);
    return EXIT.invalidInput;
  }
  const { parent: link, issuing_agency: agency } = sub.plan.input;
  if (!link || !agency) {
    io.err(s.notSubplan(subPath) + '\n');
    return EXIT.invalidInput;
  }
  const parentPath = resolve(dirname(subPath), link.plan);
  const parent = await checkPlan(parentPath, nodeWorld);
  if (!parent.plan) {
    printDiagnostics(parent.diagnostics, parent.sources, o);
    return EXIT.invalidInput;
  }
  const changes = upstreamChanges(resolvePlan(parent.plan), agency, link.tasks);
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
