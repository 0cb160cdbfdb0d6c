import { dirname, resolve } from 'node:path';
import { hasErrors, type Diagnostic } from '../diagnostics/types.js';
import type { World } from '../env/world.js';
import { loadYaml } from '../load/load-yaml.js';
import { positionAt, rangeAt, type SourceFile } from '../load/source-file.js';
import type { AgencyInput, AgencyRegistryInput, PlanInput } from '../load/types.js';
import { collectStrings, indexPlan } from './plan-index.js';
import { checkAgencies, checkGroups } from './rules/agencies.js';
import { checkDates } from './rules/dates.js';
import type { Finding } from './rules/finding.js';
import { checkDuplicateIds } from './rules/ids.js';
import { checkSignature, checkStructure } from './rules/structure.js';
import { checkEncoding } from './rules/text-encoding.js';
import { validateSchema } from './schema.js';

/** A plan that passed every check, with its registry resolved. */
export interface CheckedPlan {
  readonly path: string;
  readonly input: PlanInput;
  readonly agencies: ReadonlyMap<string, AgencyInput>;
}

export interface CheckResult {
  readonly plan?: CheckedPlan;
  readonly diagnostics: Diagnostic[];
  /** Source texts by file name, for code frames. */
  readonly sources: Map<string, string>;
}

/** load → schema → cross-reference rules, for a plan and its agency registry; all problems at once. */
export async function checkPlan(path: string, world: World): Promise<CheckResult> {
  const sources = new Map<string, string>();
  const loaded = await loadYaml(path, world);
  if (loaded.source) sources.set(path, loaded.source.text);
  if (!loaded.source || loaded.data === undefined) return { diagnostics: loaded.diagnostics, sources };
  const planSource = loaded.source;
  const data = loaded.data as Record<string, unknown>;
  const diagnostics: Diagnostic[] = [...validateSchema('plan', planSource, data)];

  let registrySource: SourceFile | undefined;
  let registryData: AgencyRegistryInput | undefined;
  if (typeof data?.agencies === 'string') {
    const registryPath = resolve(dirname(path), data.agencies);
    const reg = await loadYaml(registryPath, world);
    const shownPath = relativeTo(path, registryPath);
    if (reg.source) sources.set(shownPath, reg.source.text);
    if (!reg.source) {
      diagnostics.push({ code: 'registry-missing', severity: 'error', file: path, ...rangeAt(planSource, ['agencies']), args: { path: data.agencies } });
    } else {
      registrySource = { ...reg.source, path: shownPath };
      diagnostics.push(...reg.diagnostics.map((d) => ({ ...d, file: shownPath })));
      if (reg.data !== undefined) {
        diagnostics.push(...validateSchema('agencies', registrySource, reg.data));
        registryData = reg.data as AgencyRegistryInput;
      }
    }
  }

  const agencyList = Array.isArray(registryData?.agencies) ? registryData.agencies.filter((a) => typeof a?.id === 'string') : [];
  const registry = new Map(agencyList.map((a) => [a.id, a]));
  const index = indexPlan(data);
  const lineIn = (src: SourceFile) => (l: { path: ReadonlyArray<string | number> }) => rangeAt(src, l.path).start.line;

  const findings: Finding[] = [
    ...checkEncoding(index.strings, 'plan'),
    ...checkDuplicateIds(index.ids, lineIn(planSource), 'plan'),
    ...checkStructure(index),
    ...checkSignature(data?.signature),
    ...checkDates(index, (data?.document as { period?: { from?: unknown; to?: unknown } } | undefined)?.period),
  ];
  if (registrySource && registryData) {
    const regStrings: Array<{ path: Array<string | number>; value: string }> = [];
    collectStrings(registryData, [], regStrings);
    findings.push(...checkEncoding(regStrings, 'registry'));
    findings.push(...checkDuplicateIds(agencyList.map((a, i) => ({ path: ['agencies', i, 'id'], value: a.id })), lineIn(registrySource), 'registry'));
    findings.push(...checkGroups(agencyList));
    findings.push(...checkAgencies(index, registry));
  }

  for (const f of findings) {
    const src = f.file === 'plan' ? planSource : registrySource!;
    diagnostics.push({ code: f.code, severity: f.severity, file: src.path, ...rangeAt(src, f.path, f.at ?? 'value'), args: f.args });
  }
  if (hasErrors(diagnostics) || !registryData) return { diagnostics, sources };
  return { plan: { path, input: data as unknown as PlanInput, agencies: registry }, diagnostics, sources };
}

function relativeTo(planPath: string, other: string): string {
  const dir = dirname(planPath);
  const prefix = dir === '.' ? '' : `${dir}/`;
  return other.startsWith(resolve(dir) + '/') ? prefix + other.slice(resolve(dir).length + 1) : other;
}

export { positionAt };
