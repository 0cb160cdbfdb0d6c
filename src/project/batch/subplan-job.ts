import { basename, dirname, relative, resolve, sep } from 'node:path';
import { canonicalYamlOf, carriesData } from '../../fmt/format-yaml.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import { carried, deriveSubplan, type Role } from '../../plan/subplan.js';
import type { ResolvedPlan } from '../../plan/types.js';
import { checkPlan } from '../../validate/check-plan.js';
import { buildFile, type BuildContext, type FileOutcome } from '../build-file.js';
import { EXIT } from '../exit-codes.js';
import { stampYaml, unchangedSinceStamp, writeNewFile, type WriteOutcome } from '../output-file.js';
import type { Project } from '../project.js';
import { schemaLink } from '../schema-link.js';

/**
 * One agency's sub-plan, from derivation to documents: the unit of work of
 * `subplan --agency` and of each worker of `subplan --all`. Everything it has to
 * say comes back in the outcome, as data, so that many of them, run on other
 * threads, are told in one order whatever order they finish in.
 */

export interface AgencyJob {
  readonly project: Project;
  readonly parent: ResolvedPlan;
  readonly planPath: string;
  readonly out: string;
  readonly force: boolean;
  /** Build the written YAML with these (absent: YAML only). */
  readonly build?: BuildContext;
  /** Read the written sub-plan back and say which parent pairs it carries (--verify). */
  readonly verify: boolean;
}

export interface AgencyOutcome {
  readonly agency: string;
  /** The YAML written, if it was. */
  readonly path?: string;
  readonly lead: number;
  readonly support: number;
  /** The parent gives the agency nothing to do. */
  readonly empty?: boolean;
  /** The YAML was not written (its path as shown, and why). */
  readonly notWritten?: { readonly target: string; readonly outcome: Exclude<WriteOutcome, { kind: 'written' }> };
  /** The build of the written YAML. */
  readonly built?: FileOutcome;
  /** A bug of ours on this agency. */
  readonly internal?: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly sources: ReadonlyArray<readonly [string, string]>;
  /** The worst exit code beyond the diagnostics: misuse (2) or a bug of ours (3). */
  readonly exit: number;
  /** With verify: the parent's tasks the written file carries, and as what. */
  readonly carried?: ReadonlyArray<{ readonly task: string; readonly role: Role }>;
}

/** Where a sub-plan's YAML goes: `<parent name>-<agency>.yaml` in the output folder. */
export function subplanPath(planPath: string, out: string, agency: string): string {
  return resolve(out, `${basename(planPath).replace(/\.ya?ml$/, '')}-${agency}.yaml`);
}

/**
 * The mark on a sub-plan's first line: a hash of the rest. A file still matching
 * it was not edited and may be derived again; an edited one is the agency's.
 */
const MARK = '# vanban subplan';

export async function runAgencyJob(job: AgencyJob, agency: string): Promise<AgencyOutcome> {
  const empty = { agency, lead: 0, support: 0, diagnostics: [], sources: [] };
  try {
    const target = subplanPath(job.planPath, job.out, agency);
    const rel = (p: string) => relative(dirname(target), p).split(sep).join('/');
    const { plan, tasks } = deriveSubplan(job.parent, agency, rel(resolve(dirname(job.planPath), job.parent.input.agencies)), rel(resolve(job.planPath)));
    const lead = tasks.filter((t) => t.role === 'lead').length;
    const support = tasks.length - lead;
    if (tasks.length === 0) return { ...empty, empty: true, exit: EXIT.invalidInput };
    // A build loads the file it is given: the layout is checked against the data from that load.
    const text = stampYaml(MARK, canonicalYamlOf(plan, [
      schemaLink('plan.schema.json', target).line,
      `# Kế hoạch của ${job.parent.agencies.get(agency)!.name}, tạo bởi "vanban subplan" từ ${rel(resolve(job.planPath))}.`,
      '# Mỗi nhiệm vụ giữ mã nhiệm vụ của kế hoạch cấp trên (derived_from). Sửa lời văn, ngày, số, người ký rồi: vanban validate',
    ], !job.build));
    const saved = writeNewFile(target, text, { force: job.force, mayReplace: unchangedSinceStamp(MARK) });
    if (saved.kind !== 'written') {
      return { ...empty, lead, support, notWritten: { target: relative(process.cwd(), target) || target, outcome: saved }, exit: EXIT.usage };
    }
    let built: FileOutcome | undefined;
    if (job.build) {
      built = await buildFile(target, job.build);
      if (!carriesData(text, plan)) throw new Error(`${basename(target)}: the YAML layout changed the data`);
    }
    const read = job.verify ? await readBack(target, job.project) : undefined;
    // What is wrong with the written file, said once: by the build, else by the read-back.
    const diagnostics = built?.diagnostics ?? read?.diagnostics ?? [];
    const named = new Set(diagnostics.map((d) => d.file));
    const carriedPairs = read?.carried;
    return {
      agency, path: target, lead, support, diagnostics,
      ...(built ? { built: { ...built, sources: new Map() } } : {}),
      sources: [...(built?.sources ?? read?.sources ?? [])].filter(([file]) => named.has(file)),
      exit: built?.exit ?? EXIT.ok,
      ...(carriedPairs ? { carried: carriedPairs } : {}),
    };
  } catch (err) {
    // A bug of ours on this agency: said, and the others go on.
    return { ...empty, internal: (err as Error).message, exit: EXIT.internal };
  }
}

/** The parent tasks a written sub-plan carries, read back from the file (by derived_from, in the part each stands in), or why it cannot be read. */
async function readBack(path: string, project: Project): Promise<{ carried?: Array<{ task: string; role: Role }>; diagnostics: Diagnostic[]; sources: Map<string, string> }> {
  const checked = await checkPlan(path, project.world);
  const diagnostics = checked.diagnostics.filter((d) => d.severity === 'error');
  if (!checked.plan) return { diagnostics, sources: checked.sources };
  return { carried: carried(project.resolve(checked.plan)).map((t) => ({ task: t.task.id, role: t.role })), diagnostics, sources: checked.sources };
}
