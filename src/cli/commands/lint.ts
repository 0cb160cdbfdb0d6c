import { dirname, relative, resolve } from 'node:path';
import { nodeWorld } from '../../env/world.js';
import { hasErrors, type Diagnostic } from '../../diagnostics/types.js';
import { loadYaml } from '../../load/load-yaml.js';
import { parseSource, positionAt, rangeAt, type SourceFile } from '../../load/source-file.js';
import type { AgencyInput } from '../../load/types.js';
import { CLAUSES, fieldFindings } from '../../lint/issued-fields.js';
import { applyFixes, textFindings, type Edit } from '../../lint/text-rules.js';
import { agencyIdsNamed } from '../../load/agencies-named.js';
import { unusedAgencies } from '../../lint/unused-agencies.js';
import { checkInput } from '../../project/documents.js';
import { expandInputs } from '../../project/inputs.js';
import { EXIT } from '../../project/exit-codes.js';
import { io } from '../io.js';
import { writeNewFile } from '../../project/output-file.js';
import { printDiagnostics, type ReportOptions } from '../report.js';
import type { Strings } from '../strings.js';
import type { ProjectSettings } from '../../project/project.js';
import { openProjectOrSay } from '../open-project.js';

export interface LintOptions extends ReportOptions {
  readonly project: ProjectSettings;
  readonly fix: boolean;
  /** Code frames under each finding; one line each without. */
  readonly verbose?: boolean;
}

/**
 * `vanban lint FILE…` for every kind: every check of validate (a report's empty
 * nodes and table gaps too), plus the rules on the words as typed, on the fields
 * a document is issued with (ND30) and on the registry (src/lint) as warnings.
 * --fix applies the safe fixes, only when the file still parses and holds the
 * same structure after them, written atomically; then lints again.
 */
export async function lintCommand(files: readonly string[], options: LintOptions, s: Strings): Promise<number> {
  const project = openProjectOrSay(options.project, options, s);
  if (!project) return EXIT.usage;
  const all: Diagnostic[] = [];
  const sources = new Map<string, string>();
  // Registry path → the agency ids the linted documents that use it name.
  const registries = new Map<string, Set<string>>();
  for (const f of expandInputs(files, ['plan', 'decision', 'outline', 'report', 'progress', 'agencies'])) {
    if (options.fix) await fixFile(f, s);
    const r = await checkInput(f, project, { gaps: true });
    all.push(...r.diagnostics);
    for (const [k, v] of r.sources) sources.set(k, v);
    const read = await readSource(f);
    if (!read) continue;
    const { text, source } = read;
    const data = source.doc.toJS({ maxAliasCount: -1 }) as Record<string, unknown> | null;
    for (const t of textFindings(text, source.doc)) {
      const start = positionAt(source, t.offset);
      // Mis-encoded text is validate's error too; lint's copy says what it reads as and that --fix converts it.
      const severity = t.code === 'legacy-encoding' ? 'error' : 'warning';
      if (severity === 'error') removeWhere(all, (d) => d.code === t.code && d.file === f && d.start.line === start.line);
      all.push({ code: t.code, severity, file: f, start, args: { ...t.args, ...(t.fix ? { fixable: 'yes' } : {}) } });
    }
    for (const x of fieldFindings(source.doc, data)) {
      all.push({ code: x.code, severity: 'warning', file: f, ...rangeAt(source, x.path), args: { ...x.args, clause: CLAUSES[x.code], ...(x.fix ? { fixable: 'yes' } : {}) } });
    }
    if (data && typeof data.agencies === 'string' && data.kind !== 'agencies') {
      const registry = resolve(dirname(f), data.agencies);
      const named = registries.get(registry) ?? new Set<string>();
      for (const id of agencyIdsNamed(data)) named.add(id);
      registries.set(registry, named);
    }
    sources.set(f, text);
  }
  for (const [path, named] of registries) all.push(...await unusedIn(path, named, sources));
  printDiagnostics(all, sources, { ...options, ...(options.verbose ? {} : { frames: false }) });
  return hasErrors(all) ? EXIT.invalidInput : EXIT.ok;
}

/** A file read as validate reads it (loadYaml: bounded, UTF-8), parsed; undefined if it cannot be. */
async function readSource(path: string): Promise<{ text: string; source: SourceFile } | undefined> {
  const loaded = await loadYaml(path, nodeWorld);
  return loaded.source && loaded.diagnostics.length === 0 ? { text: loaded.source.text, source: loaded.source } : undefined;
}

async function unusedIn(path: string, named: ReadonlySet<string>, sources: Map<string, string>): Promise<Diagnostic[]> {
  const read = await readSource(path);
  if (!read) return [];
  const data = read.source.doc.toJS() as { agencies?: unknown } | null;
  if (!Array.isArray(data?.agencies)) return [];
  const list = (data.agencies as AgencyInput[]).filter((a) => a && typeof a.id === 'string');
  sources.set(relative(process.cwd(), path) || path, read.text);
  return unusedAgencies(list, named).map((a) => ({
    code: 'agency-unused', severity: 'warning' as const, file: relative(process.cwd(), path) || path,
    ...rangeAt(read.source, ['agencies', (data.agencies as AgencyInput[]).indexOf(a), 'id']), args: { id: a.id, name: a.name },
  }));
}

async function fixFile(path: string, s: Strings): Promise<void> {
  const read = await readSource(path);
  if (!read) return;
  const { text } = read;
  let fixed = text;
  // Each pass applies what does not overlap; a few passes settle NFC first, then the rest.
  for (let pass = 0; pass < 4; pass++) {
    const { source, diagnostics } = parseSource(path, fixed);
    if (diagnostics.length > 0) return;
    const edits: Edit[] = [
      ...textFindings(fixed, source.doc).flatMap((t) => (t.fix ? [t.fix] : [])),
      ...fieldFindings(source.doc, source.doc.toJS({ maxAliasCount: -1 })).flatMap((x) => (x.fix ? [x.fix] : [])),
    ];
    const next = applyFixes(fixed, edits);
    if (next === fixed) break;
    fixed = next;
  }
  if (fixed === text) return;
  const after = parseSource(path, fixed);
  const before = parseSource(path, text);
  // Only words change: the same keys in the same places, or nothing is written.
  if (after.diagnostics.length > 0 || shape(after.source.doc.toJS()) !== shape(before.source.doc.toJS())) {
    io.err(s.fixRefused(path) + '\n');
    return;
  }
  const outcome = writeNewFile(path, fixed, { force: true });
  io.err((outcome.kind === 'written' ? s.fixed(path) : s.fixRefused(path)) + '\n');
}

function removeWhere<T>(list: T[], drop: (t: T) => boolean): void {
  for (let i = list.length - 1; i >= 0; i--) if (drop(list[i]!)) list.splice(i, 1);
}

/** The keys and item counts of a value, without its strings' words. */
function shape(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(shape).join(',')}]`;
  if (v && typeof v === 'object') return `{${Object.entries(v).map(([k, x]) => `${k}:${shape(x)}`).join(',')}}`;
  return typeof v;
}
