import { basename, resolve } from 'node:path';
import { planEvents } from '../../calendar/plan-events.js';
import { toIcs } from '../../calendar/ics.js';
import { previousEvents } from '../../calendar/sequence.js';
import { existsSync, readFileSync } from 'node:fs';
import { EXIT } from '../../project/exit-codes.js';
import { io } from '../io.js';
import { writeNewFile } from '../../project/output-file.js';
import { notWritten } from '../outcome-words.js';
import type { ProjectSettings } from '../../project/project.js';
import { openProjectOrSay } from '../open-project.js';
import type { ReportOptions } from '../report.js';
import { resolvedPlanOrReport } from '../resolved-input.js';
import type { Strings } from '../strings.js';
import { closest } from '../../validate/rules/agencies.js';

/** `vanban calendar PLAN [--agency ID] [--out FILE.ics]`: the plan's dates for a phone or Outlook. */
export async function calendarCommand(planPath: string, o: ReportOptions & { project: ProjectSettings; agency?: string; out?: string; force: boolean }, s: Strings): Promise<number> {
  const project = openProjectOrSay(o.project, o, s);
  if (!project) return EXIT.usage;
  const plan = await resolvedPlanOrReport(planPath, project, o);
  if (!plan) return EXIT.invalidInput;
  if (o.agency && !plan.agencies.has(o.agency)) {
    io.err(s.unknownAgencyFor(o.agency, planPath, closest(o.agency, [...plan.agencies.keys()])) + '\n');
    return EXIT.invalidInput;
  }
  const events = planEvents(plan, o.agency);
  const doc = plan.input.document;
  const name = `${doc.subject}${o.agency ? ` — ${plan.agencies.get(o.agency)!.short ?? plan.agencies.get(o.agency)!.name}` : ''}`;
  const target = o.out ?? `${basename(planPath).replace(/\.ya?ml$/, '')}${o.agency ? `-${o.agency}` : ''}.ics`;
  // Rewriting a calendar: each changed event's SEQUENCE goes up, so clients that imported it take the change.
  const previous = o.force && existsSync(resolve(target)) ? previousEvents(readFileSync(resolve(target), 'utf8')) : new Map();
  const outcome = writeNewFile(resolve(target), toIcs(name, doc.date, events, previous), { force: o.force });
  if (outcome.kind !== 'written') {
    io.err(notWritten(outcome, target, s) + '\n');
    return EXIT.usage;
  }
  io.err(s.calendarWritten(target, events.length) + '\n');
  return EXIT.ok;
}
