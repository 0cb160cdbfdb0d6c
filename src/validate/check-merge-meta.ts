import type { Diagnostic } from '../diagnostics/types.js';
import type { World } from '../env/world.js';
import { loadYaml } from '../load/load-yaml.js';
import { rangeAt } from '../load/source-file.js';
import type { MergeMeta } from '../report/merge.js';
import { checkDateValues } from './rules/dates.js';
import { checkEncoding } from './rules/text-encoding.js';
import { collectStrings, type Located } from './plan-index.js';
import { validateSchema } from './schema.js';

/** The fields a merged report takes from `--as`; the rest of a report comes from the reports merged. */
const META_FIELDS = ['agency', 'plan', 'document', 'recipients', 'archive', 'signature', 'targets'] as const;

/**
 * The file given to `report merge --as`: the merged report's own fields (the
 * header, Nơi nhận, the signer), held against the report schema's rules for those
 * fields and located in that file, so that its mistakes are not blamed on the
 * merged YAML made from it.
 */
export async function checkMergeMeta(path: string, world: World): Promise<{ meta?: MergeMeta; diagnostics: Diagnostic[]; sources: Map<string, string> }> {
  const sources = new Map<string, string>();
  const loaded = await loadYaml(path, world);
  if (loaded.source) sources.set(path, loaded.source.text);
  if (!loaded.source || loaded.data === undefined) return { diagnostics: loaded.diagnostics, sources };
  const source = loaded.source;
  const data = loaded.data;
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    diagnostics.push({ code: 'schema-type', severity: 'error', file: path, ...rangeAt(source, []), args: { expected: 'object' } });
    return { diagnostics, sources };
  }
  const fields = data as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    if (!(META_FIELDS as readonly string[]).includes(key)) diagnostics.push({ code: 'schema-unknown-field', severity: 'error', file: path, ...rangeAt(source, [key], 'key'), args: { property: key } });
  }
  // The report schema, with what the merge itself supplies filled in: its paths are the file's own.
  const asReport = { ...Object.fromEntries(META_FIELDS.filter((k) => k in fields).map((k) => [k, fields[k]])), kind: 'report', outline: 'merge', answers: {} };
  diagnostics.push(...validateSchema('report', source, asReport));
  const strings: Array<Located<string>> = [];
  collectStrings(fields, [], strings);
  const doc = (fields.document ?? {}) as { date?: unknown };
  const findings = [
    ...checkEncoding(strings, 'plan'),
    ...(typeof doc.date === 'string' ? checkDateValues({ dates: [{ path: ['document', 'date'], value: doc.date }], dayMonths: [], periods: [] }) : []),
  ];
  for (const f of findings) diagnostics.push({ code: f.code, severity: f.severity, file: path, ...rangeAt(source, f.path, f.at ?? 'value'), args: f.args });
  return diagnostics.some((d) => d.severity === 'error') ? { diagnostics, sources } : { meta: fields as unknown as MergeMeta, diagnostics, sources };
}
