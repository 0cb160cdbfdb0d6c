import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../diagnostics/types.js';
import { rangeAt, type JsonPath, type SourceFile } from '../load/source-file.js';
import agenciesSchema from './schemas/agencies.schema.json' with { type: 'json' };
import outlineSchema from './schemas/outline.schema.json' with { type: 'json' };
import planSchema from './schemas/plan.schema.json' with { type: 'json' };
import reportSchema from './schemas/report.schema.json' with { type: 'json' };
import decisionSchema from './schemas/decision.schema.json' with { type: 'json' };
import progressSchema from './schemas/progress.schema.json' with { type: 'json' };
import * as generated from './generated/validators.js';
import { isoDate, parseWrittenDate } from '../text/dates.js';

export type SchemaName = 'plan' | 'agencies' | 'outline' | 'report' | 'decision' | 'progress';
const KINDS: readonly SchemaName[] = ['plan', 'agencies', 'outline', 'report', 'decision', 'progress'];

const SCHEMAS: Record<SchemaName, object> = { plan: planSchema, agencies: agenciesSchema, outline: outlineSchema, report: reportSchema, decision: decisionSchema, progress: progressSchema };

/** Validators precompiled from the schemas (see compile-schemas.ts): no schema compiling at start-up. */
function validatorFor(name: SchemaName): generated.GeneratedValidator {
  return generated[name];
}

export function schemaFor(name: SchemaName): object {
  return SCHEMAS[name];
}

/** Validates `data` against a schema and maps every error to the YAML node it concerns. */
export function validateSchema(name: SchemaName, source: SourceFile, data: unknown): Diagnostic[] {
  // A file of another kind (a plan given where an outline is wanted) is one mistake, not a dozen schema errors.
  const kind = (data as { kind?: unknown } | null)?.kind;
  if (typeof kind === 'string' && kind !== name && (KINDS as readonly string[]).includes(kind)) {
    return [{ code: 'wrong-kind', severity: 'error', file: source.path, ...rangeAt(source, ['kind']), args: { expected: name, found: kind } }];
  }
  const validate = validatorFor(name);
  if (validate(data)) return [];
  return simplify(validate.errors ?? []).map((e) => toDiagnostic(e, source, data));
}

function pathOf(instancePath: string): JsonPath {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/**
 * ajv reports every branch of a oneOf. Keep what helps: errors from the branch
 * whose type matched, or else one type error listing the accepted types.
 */
function simplify(errors: readonly ErrorObject[]): ErrorObject[] {
  const oneOfs = errors.filter((e) => e.keyword === 'oneOf');
  if (oneOfs.length === 0) return [...errors];
  const drop = new Set<ErrorObject>();
  const extra: ErrorObject[] = [];
  for (const o of oneOfs) {
    drop.add(o);
    const branch = errors.filter((e) => e !== o && e.schemaPath.startsWith(o.schemaPath + '/'));
    const typeErrors = branch.filter((e) => (e.keyword === 'type' || e.keyword === 'const') && e.instancePath === o.instancePath);
    const rest = branch.filter((e) => !typeErrors.includes(e));
    for (const e of typeErrors) drop.add(e);
    if (rest.length === 0) {
      const types = [...new Set(typeErrors.map((e) => String(e.params.type ?? e.params.allowedValue)))];
      extra.push({ ...o, keyword: 'type', params: { type: types.join(',') } });
    }
  }
  return [...errors.filter((e) => !drop.has(e)), ...extra];
}

function patternName(schemaPath: string, pattern: string): string {
  if (pattern.includes('\\d{4}')) return 'YYYY-MM-DD';
  if (pattern.includes('\\d{2}-\\d{2}')) return 'MM-DD';
  if (pattern.includes('[a-z0-9]+(-')) return 'mã (a-z, 0-9, -)';
  if (schemaPath.includes('issuer_code')) return 'chữ viết tắt (UBND, BCĐ…)';
  return pattern;
}

/** The value at a JSON path (precompiled validators do not carry it in their errors). */
function valueAt(data: unknown, path: JsonPath): unknown {
  let v = data;
  for (const step of path) v = v && typeof v === 'object' && Object.hasOwn(v, step) ? (v as Record<string | number, unknown>)[step] : undefined;
  return v;
}

function toDiagnostic(e: ErrorObject, source: SourceFile, data: unknown): Diagnostic {
  const path = pathOf(e.instancePath);
  // A mapping may hold a key "toString": only a scalar is shown as a value.
  const at = valueAt(data, path);
  const value = at !== null && typeof at === 'object' ? '' : String(at);
  const base = { severity: 'error' as const, file: source.path };
  switch (e.keyword) {
    case 'required':
    case 'dependentRequired': // "outline" asks for "agency" and "answers" beside it
      return { ...base, code: 'schema-required', ...rangeAt(source, path, 'key'), args: { property: String(e.params.missingProperty) } };
    case 'additionalProperties': {
      const property = String(e.params.additionalProperty);
      return { ...base, code: 'schema-unknown-field', ...rangeAt(source, [...path, property], 'key'), args: { property } };
    }
    case 'type':
      return { ...base, code: 'schema-type', ...rangeAt(source, path), args: { expected: String(e.params.type) } };
    case 'enum':
      return { ...base, code: 'schema-enum', ...rangeAt(source, path), args: { allowed: (e.params.allowedValues as unknown[]).join(', ') } };
    case 'const':
      return { ...base, code: 'schema-enum', ...rangeAt(source, path), args: { allowed: String(e.params.allowedValue) } };
    case 'pattern':
      return {
        ...base, code: 'schema-pattern', ...rangeAt(source, path),
        args: { value, what: patternName(e.schemaPath, String(e.params.pattern)), ...isoHint(value) },
      };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { ...base, code: 'schema-range', ...rangeAt(source, path), args: { value, limit: `${e.params.comparison} ${e.params.limit}` } };
    case 'minItems':
    case 'maxItems':
    case 'minLength':
    case 'maxLength':
      return { ...base, code: 'schema-size', ...rangeAt(source, path), args: { limit: `${e.keyword} ${e.params.limit}` } };
    default:
      return { ...base, code: 'schema-invalid', ...rangeAt(source, path), args: { detail: e.message ?? e.keyword } };
  }
}

/** A date written day/month/year ("15/12/2026"), as a Vietnamese writes it: the form it must take, for the message. */
function isoHint(value: unknown): { iso?: string } {
  const written = typeof value === 'string' && value.includes('/') ? parseWrittenDate(value) : undefined;
  return written ? { iso: isoDate(written) } : {};
}
