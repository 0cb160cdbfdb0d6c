import { io } from '../io.js';
import { canonicalYaml } from '../../fmt/format-yaml.js';
import { resolve } from 'node:path';
import { mustAnswer } from '../../report/resolve-outline.js';
import { scaffoldReport } from '../../report/scaffold.js';
import { checkOutline } from '../../validate/check-outline.js';
import { checkPlan } from '../../validate/check-plan.js';
import { EXIT } from '../../project/exit-codes.js';
import { writeNewFile } from '../../project/output-file.js';
import { notWritten } from '../outcome-words.js';
import type { ProjectSettings } from '../../project/project.js';
import { openProjectOrSay } from '../open-project.js';
import { scaffoldNotes } from '../scaffold-notes.js';
import { printDiagnostics, type ReportOptions } from '../report.js';
import { schemaLink, writeSchemas } from '../../project/schema-link.js';
import type { Strings } from '../strings.js';
import { reportSchemaCopies } from './schema.js';
import { closest } from '../../validate/rules/agencies.js';

export interface ReportNewOptions extends ReportOptions {
  readonly project: ProjectSettings;
  readonly outline: string;
  readonly agency: string;
  readonly plan?: string;
  readonly out?: string;
  readonly force: boolean;
}

/** `vanban report new`: a report scaffold for one agency; never overwrites without --force. */
export async function reportNewCommand(o: ReportNewOptions, s: Strings): Promise<number> {
  const project = openProjectOrSay(o.project, o, s);
  if (!project) return EXIT.usage;
  const outline = await checkOutline(o.outline, project.world);
  if (!outline.outline) {
    printDiagnostics(outline.diagnostics, outline.sources, o);
    io.err(s.noOutline(o.outline) + '\n');
    return EXIT.invalidInput;
  }
  if (!outline.outline.agencies.has(o.agency)) {
    io.err(s.unknownAgencyFor(o.agency, o.outline, closest(o.agency, [...outline.outline.agencies.keys()])) + '\n');
    return EXIT.invalidInput;
  }
  let plan;
  if (o.plan) {
    const r = await checkPlan(o.plan, project.world);
    if (!r.plan) {
      printDiagnostics(r.diagnostics, r.sources, o);
      return EXIT.invalidInput;
    }
    plan = project.resolve({ ...r.plan, path: resolve(o.plan) });
  }
  const out = resolve(o.out ?? `${o.agency}.yaml`);
  const link = schemaLink('report.schema.json', out);
  const text = scaffoldReport({
    outline: outline.outline, outlinePath: resolve(o.outline), agency: o.agency, out,
    schemaLine: link.line,
    ...(plan ? { plan } : {}),
  });
  const outcome = writeNewFile(out, canonicalYaml(text), { force: o.force });
  if (outcome.kind !== 'written') {
    io.err(notWritten(outcome, o.out ?? `${o.agency}.yaml`, s) + '\n');
    return EXIT.usage;
  }
  if (link.copyInto) reportSchemaCopies(writeSchemas(link.copyInto, false), s);
  const count = outline.outline.resolved.order.filter((n) => mustAnswer(n, o.agency)).length;
  io.err(s.scaffolded(o.out ?? `${o.agency}.yaml`, count) + '\n');
  for (const note of scaffoldNotes(out, o.out ?? `${o.agency}.yaml`, [o.outline, ...(o.plan ? [o.plan] : [])], s)) io.err(note + '\n');
  return EXIT.ok;
}
