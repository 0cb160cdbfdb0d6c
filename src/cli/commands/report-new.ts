import { io } from '../io.js';
import { canonicalYaml } from '../../fmt/format-yaml.js';
import { resolve } from 'node:path';
import { nodeWorld } from '../../env/world.js';
import { indexOutline, mustAnswer } from '../../report/outline-index.js';
import { scaffoldReport } from '../../report/scaffold.js';
import { checkOutline } from '../../validate/check-outline.js';
import { checkPlan } from '../../validate/check-plan.js';
import { resolvePlan } from '../../plan/resolve.js';
import { EXIT } from '../exit-codes.js';
import { notWritten, writeNewFile } from '../output-file.js';
import { scaffoldNotes } from '../project-check.js';
import { printDiagnostics, type ReportOptions } from '../report.js';
import { schemaLink, writeSchemas } from '../schema-link.js';
import type { Strings } from '../strings.js';
import { reportSchemaCopies } from './schema.js';

export interface ReportNewOptions extends ReportOptions {
  readonly outline: string;
  readonly agency: string;
  readonly plan?: string;
  readonly out?: string;
  readonly force: boolean;
}

/** `vanban report new`: a report scaffold for one agency; never overwrites without --force. */
export async function reportNewCommand(o: ReportNewOptions, s: Strings): Promise<number> {
  const outline = await checkOutline(o.outline, nodeWorld);
  if (!outline.outline) {
    printDiagnostics(outline.diagnostics, outline.sources, o);
    io.err(s.noOutline(o.outline) + '\n');
    return EXIT.invalidInput;
  }
  if (!outline.outline.agencies.has(o.agency)) {
    io.err(s.unknownAgencyFor(o.agency, o.outline) + '\n');
    return EXIT.invalidInput;
  }
  let plan;
  if (o.plan) {
    const r = await checkPlan(o.plan, nodeWorld);
    if (!r.plan) {
      printDiagnostics(r.diagnostics, r.sources, o);
      return EXIT.invalidInput;
    }
    plan = resolvePlan({ ...r.plan, path: resolve(o.plan) });
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
  const index = indexOutline(outline.outline.input);
  const count = [...index.nodes.values()].filter((n) => mustAnswer(n, o.agency)).length;
  io.err(s.scaffolded(o.out ?? `${o.agency}.yaml`, count) + '\n');
  for (const note of scaffoldNotes(out, o.out ?? `${o.agency}.yaml`, [o.outline, ...(o.plan ? [o.plan] : [])], s)) io.err(note + '\n');
  return EXIT.ok;
}
