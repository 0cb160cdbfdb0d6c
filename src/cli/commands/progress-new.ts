import { resolve } from 'node:path';
import { canonicalYaml } from '../../fmt/format-yaml.js';
import { scaffoldProgress } from '../../report/progress-scaffold.js';
import { assignmentsOf } from '../../plan/subplan.js';
import { EXIT } from '../../project/exit-codes.js';
import { io } from '../io.js';
import { writeNewFile } from '../../project/output-file.js';
import { notWritten } from '../outcome-words.js';
import type { ProjectSettings } from '../../project/project.js';
import { openProjectOrSay } from '../open-project.js';
import { scaffoldNotes } from '../scaffold-notes.js';
import type { ReportOptions } from '../report.js';
import { resolvedPlanOrReport } from '../resolved-input.js';
import { schemaLink, writeSchemas } from '../../project/schema-link.js';
import type { Strings } from '../strings.js';
import { reportSchemaCopies } from './schema.js';
import { closest } from '../../validate/rules/agencies.js';

/** `vanban report new --plan PLAN --agency ID`: a progress report to fill, one entry a task the plan gives the agency. */
export async function progressNewCommand(o: ReportOptions & { project: ProjectSettings; plan: string; agency: string; out?: string; force: boolean }, s: Strings): Promise<number> {
  const project = openProjectOrSay(o.project, o, s);
  if (!project) return EXIT.usage;
  const plan = await resolvedPlanOrReport(o.plan, project, o);
  if (!plan) return EXIT.invalidInput;
  if (!plan.agencies.has(o.agency)) {
    io.err(s.unknownAgencyFor(o.agency, o.plan, closest(o.agency, [...plan.agencies.keys()])) + '\n');
    return EXIT.invalidInput;
  }
  const count = assignmentsOf(plan, o.agency).length;
  if (count === 0) {
    io.err(s.subplanEmpty(o.agency, o.plan) + '\n');
    return EXIT.invalidInput;
  }
  const shown = o.out ?? `bao-cao-${o.agency}.yaml`;
  const out = resolve(shown);
  const link = schemaLink('progress.schema.json', out);
  const outcome = writeNewFile(out, canonicalYaml(scaffoldProgress({ plan, planPath: resolve(o.plan), agency: o.agency, out, schemaLine: link.line })), { force: o.force });
  if (outcome.kind !== 'written') {
    io.err(notWritten(outcome, shown, s) + '\n');
    return EXIT.usage;
  }
  if (link.copyInto) reportSchemaCopies(writeSchemas(link.copyInto, false), s);
  io.err(s.scaffolded(shown, count) + '\n');
  for (const note of scaffoldNotes(out, shown, [o.plan], s)) io.err(note + '\n');
  return EXIT.ok;
}
