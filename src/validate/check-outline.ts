import { hasErrors, type Diagnostic } from '../diagnostics/types.js';
import type { World } from '../env/world.js';
import { loadYaml } from '../load/load-yaml.js';
import type { OutlineInput } from '../load/outline-types.js';
import { rangeAt, type JsonPath } from '../load/source-file.js';
import { collectStrings, type Located } from './plan-index.js';
import { loadRegistry } from './registry.js';
import { closest } from './rules/agencies.js';
import { checkDateValues } from './rules/dates.js';
import { error, type Finding } from './rules/finding.js';
import { checkDuplicateIds } from './rules/ids.js';
import { checkBlank } from './rules/blank-text.js';
import { checkEncoding } from './rules/text-encoding.js';
import { validateSchema } from './schema.js';
import { resolveOutline } from '../report/resolve-outline.js';

/** An outline (đề cương) that passed every check. */
import type { CheckedOutline } from '../report/types.js';

export type { CheckedOutline };

export interface OutlineCheckResult {
  readonly outline?: CheckedOutline;
  readonly diagnostics: Diagnostic[];
  readonly sources: Map<string, string>;
}

type Obj = Record<string, unknown>;
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** load → schema → rules for an outline: unique ids, known agencies, real dates, clean text. */
export async function checkOutline(path: string, world: World, shownPath = path): Promise<OutlineCheckResult> {
  const sources = new Map<string, string>();
  const loaded = await loadYaml(path, world);
  if (loaded.source) sources.set(shownPath, loaded.source.text);
  const fix = (d: Diagnostic) => ({ ...d, file: d.file === path ? shownPath : d.file });
  if (!loaded.source || loaded.data === undefined) return { diagnostics: loaded.diagnostics.map(fix), sources };
  const source = { ...loaded.source, path: shownPath };
  const data = loaded.data as Obj;
  const diagnostics: Diagnostic[] = [...validateSchema('outline', source, data)];
  const registry = typeof data?.agencies === 'string' ? await loadRegistry(source, data.agencies, world, diagnostics, sources) : undefined;

  const ids: Array<Located<string>> = [];
  const agencyUses: Array<Located<string>> = [];
  arr(data.respondents).forEach((r, i) => typeof r === 'string' && agencyUses.push({ path: ['respondents', i], value: r }));
  const walk = (nodes: unknown, path: JsonPath) => arr(nodes).forEach((n, i) => {
    const p = [...path, i];
    const node = n as Obj;
    if (typeof node?.id === 'string') ids.push({ path: [...p, 'id'], value: node.id });
    arr(node?.tables).forEach((t, j) => typeof (t as Obj)?.id === 'string' && ids.push({ path: [...p, 'tables', j, 'id'], value: (t as Obj).id as string }));
    arr(node?.lists).forEach((t, j) => typeof (t as Obj)?.id === 'string' && ids.push({ path: [...p, 'lists', j, 'id'], value: (t as Obj).id as string }));
    arr(node?.agencies).forEach((a, j) => typeof a === 'string' && agencyUses.push({ path: [...p, 'agencies', j], value: a }));
    walk(node?.children, [...p, 'children']);
  });
  walk(data.nodes, ['nodes']);

  const strings: Array<Located<string>> = [];
  collectStrings(data, [], strings);
  const window = data.window as Obj | undefined;
  const dates = ['from', 'to'].filter((k) => typeof window?.[k] === 'string').map((k) => ({ path: ['window', k], value: window![k] as string }));
  const findings: Finding[] = [
    ...checkEncoding(strings, 'plan'),
    ...checkBlank(strings, 'plan'),
    ...checkDuplicateIds(ids, (l) => rangeAt(source, l.path).start.line, 'plan'),
    ...checkDateValues({ dates, dayMonths: [], periods: window ? [{ path: ['window'], value: { from: window.from, to: window.to } }] : [] }),
  ];
  if (registry?.complete) {
    const known = [...registry.agencies.keys()];
    for (const use of agencyUses) {
      if (!registry.agencies.has(use.value)) {
        const hint = closest(use.value, known);
        findings.push(error('unknown-agency', use.path, { id: use.value, ...(hint ? { hint } : {}) }));
      }
    }
  }
  for (const f of findings) diagnostics.push({ code: f.code, severity: f.severity, file: shownPath, ...rangeAt(source, f.path, f.at ?? 'value'), args: f.args });
  if (hasErrors(diagnostics) || (registry && !registry.complete)) return { diagnostics, sources };
  return { outline: { path, resolved: resolveOutline(data as unknown as OutlineInput), agencies: registry?.agencies ?? new Map() }, diagnostics, sources };
}
