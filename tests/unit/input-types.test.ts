import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The input types in src/load/ are written by hand beside the schemas. This
 * ties them: each interface has exactly the keys of the schema object it
 * types, optional exactly where the schema does not require them. Adding a key
 * to one without the other fails here.
 */
type Schema = { properties?: Record<string, Schema>; required?: string[]; items?: Schema; $defs?: Record<string, Schema> };

const schema = (file: string): Schema => JSON.parse(readFileSync(join('src/validate/schemas', file), 'utf8')) as Schema;
const at = (s: Schema, pointer: string): Schema => pointer.split('/').filter(Boolean).reduce<Schema>((n, step) => (n as Record<string, Schema>)[step]!, s);

/** interface (in src/load/) → schema file and JSON pointer of the object it types. */
const PAIRS: ReadonlyArray<readonly [string, string, string]> = [
  ['PlanInput', 'plan.schema.json', ''],
  ['DocumentInput', 'plan.schema.json', '$defs/document'],
  ['PeriodInput', 'plan.schema.json', '$defs/period'],
  ['NumberingInput', 'plan.schema.json', '$defs/numbering'],
  ['CitedDocumentInput', 'plan.schema.json', '$defs/citedDocument'],
  ['BasisInput', 'plan.schema.json', '$defs/basis'],
  ['TargetInput', 'plan.schema.json', '$defs/target'],
  ['ReportingInput', 'plan.schema.json', '$defs/reporting'],
  ['ItemInput', 'plan.schema.json', '$defs/item'],
  ['TaskInput', 'plan.schema.json', '$defs/task'],
  ['AgencyBlockInput', 'plan.schema.json', '$defs/agencyBlock'],
  ['SectionInput', 'plan.schema.json', '$defs/section'],
  ['SectionAssignmentInput', 'plan.schema.json', '$defs/assignment'],
  ['SignatureInput', 'plan.schema.json', '$defs/signature'],
  ['AgencyRegistryInput', 'agencies.schema.json', ''],
  ['AgencyInput', 'agencies.schema.json', '$defs/agency'],
  ['OutlineInput', 'outline.schema.json', ''],
  ['OutlineNodeInput', 'outline.schema.json', '$defs/node'],
  ['MetricInput', 'outline.schema.json', '$defs/metric'],
  ['TableInput', 'outline.schema.json', '$defs/table'],
  ['ListInput', 'outline.schema.json', '$defs/list'],
  ['DecisionInput', 'decision.schema.json', ''],
  ['DecisionDocumentInput', 'decision.schema.json', '$defs/document'],
  ['ArticleInput', 'decision.schema.json', '$defs/article'],
  ['ReportInput', 'report.schema.json', ''],
  ['AnswerInput', 'report.schema.json', '$defs/answer'],
  ['ProgressInput', 'progress.schema.json', ''],
  ['TaskResultInput', 'progress.schema.json', '$defs/taskResult'],
  ['AgencyResultInput', 'progress.schema.json', '$defs/agencyResult'],
  ['MergedProgressInput', 'progress.schema.json', 'properties/merged'],
];

/**
 * Keys the schema leaves optional but the type, which describes a file after
 * every check, may count on: a rule requires them with a better message than
 * the schema's (validate/rules/citations.ts says which of them a citation lacks).
 */
const REQUIRED_BY_RULES: Readonly<Record<string, readonly string[]>> = {
  CitedDocumentInput: ['relation', 'type', 'date'],
};

const files = ['types.ts', 'decision-types.ts', 'outline-types.ts', 'report-types.ts', 'progress-types.ts'].map((f) => join('src/load', f));
const program = ts.createProgram(files, { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true });
const checker = program.getTypeChecker();
const declared = new Map<string, ts.Type>();
for (const f of files) {
  const sf = program.getSourceFile(f)!;
  sf.forEachChild((n) => {
    if ((ts.isInterfaceDeclaration(n) || ts.isTypeAliasDeclaration(n)) && n.name) declared.set(n.name.text, checker.getTypeAtLocation(n.name));
  });
}

const keysOf = (name: string) => {
  const type = declared.get(name);
  if (!type) throw new Error(`no type ${name} in src/load/`);
  return checker.getPropertiesOfType(type)
    .map((p) => ({ name: p.name, optional: (p.flags & ts.SymbolFlags.Optional) !== 0 || (REQUIRED_BY_RULES[name] ?? []).includes(p.name) }));
};

describe('the input types are the schemas\' shapes', () => {
  it.each(PAIRS)('%s has the keys of %s#/%s', (name, file, pointer) => {
    const object = at(schema(file), pointer);
    const required = new Set(object.required ?? []);
    const want = Object.keys(object.properties ?? {}).map((k) => `${k}${required.has(k) ? '' : '?'}`).sort();
    const got = keysOf(name).map((k) => `${k.name}${k.optional ? '?' : ''}`).sort();
    expect(got).toEqual(want);
  });

  it('pairs every object type of the schemas that has a type in src/load/', () => {
    expect(PAIRS.length).toBeGreaterThanOrEqual(25);
  });
});
