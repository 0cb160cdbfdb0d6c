import { dirname, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';
import type { World } from '../env/world.js';
import { loadYaml, parseYamlBytes, unreadable } from '../load/load-yaml.js';
import { UnreadableFile } from '../env/world.js';
import { resolveReference } from '../load/references.js';
import { rangeAt, type JsonPath, type SourceFile } from '../load/source-file.js';
import type { AgencyInput, AgencyRegistryInput } from '../load/types.js';
import { collectStrings } from './plan-index.js';
import { checkGroups } from './rules/agencies.js';
import type { Finding } from './rules/finding.js';
import { checkDuplicateIds } from './rules/ids.js';
import { checkBlank } from './rules/blank-text.js';
import { checkEncoding } from './rules/text-encoding.js';
import { validateSchema } from './schema.js';

/** An agency registry loaded for a plan, outline or report that names it. */
export interface LoadedRegistry {
  readonly agencies: ReadonlyMap<string, AgencyInput>;
  readonly complete: boolean;
}

/** Loads, validates and checks the registry at `relPath` (relative to the file that names it). */
export async function loadRegistry(
  owner: SourceFile, relPath: string, world: World, diagnostics: Diagnostic[], sources: Map<string, string>,
): Promise<LoadedRegistry> {
  const ref = referenceIn(owner, ['agencies'], relPath, world, diagnostics);
  if (!ref) return { agencies: new Map(), complete: false };
  const registryPath = ref;
  const shownPath = relativeTo(owner.path, registryPath);
  const loaded = await loadChecked(registryPath, shownPath, world);
  if ('unparsed' in loaded) {
    const reason = loaded.unparsed[0]?.code === 'file-unreadable' ? loaded.unparsed[0].args.reason : undefined;
    if (reason === 'missing') diagnostics.push({ code: 'registry-missing', severity: 'error', file: owner.path, ...rangeAt(owner, ['agencies']), args: { path: relPath } });
    else if (reason !== undefined) diagnostics.push({ ...loaded.unparsed[0]!, code: 'reference-unreadable', file: owner.path, ...rangeAt(owner, ['agencies']), args: { ...loaded.unparsed[0]!.args, path: relPath } });
    else diagnostics.push(...loaded.unparsed.map((d) => ({ ...d, file: shownPath })));
    return { agencies: new Map(), complete: false };
  }
  sources.set(shownPath, loaded.text);
  diagnostics.push(...loaded.diagnostics);
  return loaded.registry;
}

/** A registry read and checked: its text (to show diagnostics in), its diagnostics, its agencies. Or why it could not be parsed. */
type CheckedRegistry = ParsedRegistry | { readonly unparsed: readonly Diagnostic[] };
type ParsedRegistry = { readonly bytes: Uint8Array; readonly text: string; readonly diagnostics: readonly Diagnostic[]; readonly registry: LoadedRegistry };

/**
 * The registries read lately, parsed and checked, by path. A province's sub-plans
 * (thousands, built in one run) all name one registry of thousands of agencies, and
 * so does the province plan they come from: read each time, parsed and checked once
 * while its bytes stay the same, and one copy of its agencies held, whatever path
 * each file shows it as (its diagnostics are relabelled). Only the agencies and the
 * text are kept, not the parsed YAML.
 */
const recent = new Map<string, ParsedRegistry & { readonly shownPath: string }>();
const RECENT = 4;

async function loadChecked(registryPath: string, shownPath: string, world: World): Promise<CheckedRegistry> {
  let bytes: Uint8Array;
  try {
    bytes = await world.readFile(registryPath);
  } catch (err) {
    if (!(err instanceof UnreadableFile)) throw err;
    return { unparsed: [unreadable(registryPath, err)] };
  }
  const hit = recent.get(registryPath);
  if (hit && Buffer.compare(hit.bytes, bytes) === 0) {
    return hit.shownPath === shownPath ? hit : { ...hit, diagnostics: hit.diagnostics.map((d) => ({ ...d, file: shownPath })) };
  }
  const reg = parseYamlBytes(registryPath, bytes);
  if (!reg.source) return { unparsed: reg.diagnostics };
  const source: SourceFile = { ...reg.source, path: shownPath };
  const diagnostics: Diagnostic[] = reg.diagnostics.map((d) => ({ ...d, file: shownPath }));
  const registry: LoadedRegistry = reg.data === undefined ? { agencies: new Map(), complete: false } : checkRegistryData(source, reg.data, diagnostics);
  const checked = { bytes, text: source.text, diagnostics, registry, shownPath };
  recent.delete(registryPath);
  recent.set(registryPath, checked);
  if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
  return checked;
}

/** A registry file on its own (`vanban validate ke-hoach.agencies.yaml`). */
export async function checkRegistry(path: string, world: World): Promise<{ diagnostics: Diagnostic[]; sources: Map<string, string> }> {
  const reg = await loadYaml(path, world);
  const diagnostics = [...reg.diagnostics];
  const sources = new Map<string, string>();
  if (reg.source) sources.set(path, reg.source.text);
  if (reg.source && reg.data !== undefined) checkRegistryData(reg.source, reg.data, diagnostics);
  return { diagnostics, sources };
}

function checkRegistryData(source: SourceFile, raw: unknown, diagnostics: Diagnostic[]): { agencies: Map<string, AgencyInput>; complete: boolean } {
  const schemaErrors = validateSchema('agencies', source, raw);
  diagnostics.push(...schemaErrors);
  const data = raw as AgencyRegistryInput;
  const list = Array.isArray(data?.agencies) ? data.agencies.filter((a) => typeof a?.id === 'string') : [];
  const strings: Array<{ path: Array<string | number>; value: string }> = [];
  collectStrings(data, [], strings);
  const findings: Finding[] = [
    ...checkEncoding(strings, 'registry'),
    ...checkBlank(strings, 'registry'),
    ...checkDuplicateIds(list.map((a, i) => ({ path: ['agencies', i, 'id'], value: a.id })), (l) => rangeAt(source, l.path).start.line, 'registry'),
    ...checkGroups(list),
  ];
  for (const f of findings) diagnostics.push({ code: f.code, severity: f.severity, file: source.path, ...rangeAt(source, f.path, f.at ?? 'value'), args: f.args });
  return { agencies: new Map(list.map((a) => [a.id, a])), complete: schemaErrors.length === 0 };
}

/**
 * The path a file names at `key`, if it lies inside the file's project; otherwise
 * a located error (and undefined). Nothing outside is opened, so nothing of it is shown.
 */
export function referenceIn(owner: SourceFile, key: JsonPath, named: string, world: World, diagnostics: Diagnostic[]): string | undefined {
  const ref = resolveReference(owner.path, named, world);
  if ('path' in ref) return ref.path;
  diagnostics.push({ code: 'path-outside-project', severity: 'error', file: owner.path, ...rangeAt(owner, key), args: ref.outside });
  return undefined;
}

export function relativeTo(ownerPath: string, other: string): string {
  const dir = dirname(ownerPath);
  const prefix = dir === '.' ? '' : `${dir}/`;
  return other.startsWith(resolve(dir) + '/') ? prefix + other.slice(resolve(dir).length + 1) : other;
}
