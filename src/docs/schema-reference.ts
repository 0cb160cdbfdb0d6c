import { ID_PATTERN } from '../text/id.js';
/**
 * The YAML reference in README.md, generated from the JSON Schemas so the two
 * never drift: `npm run docs:schema` rewrites it, a test fails when it is stale.
 */
type Schema = {
  type?: string | string[];
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  $ref?: string;
  enum?: unknown[];
  const?: unknown;
  oneOf?: Schema[];
  pattern?: string;
  $defs?: Record<string, Schema>;
  title?: string;
};

export const START = '<!-- schema-reference:start (npm run docs:schema) -->';
export const END = '<!-- schema-reference:end -->';

type Files = ReadonlyMap<string, Schema>;

function typeOf(s: Schema, root: Schema, files: Files): string {
  if (s.$ref) {
    if (!s.$ref.startsWith('#')) {
      const [file, pointer] = s.$ref.split('#');
      const other = files.get(file!);
      const name = s.$ref.replace(/^.*\/\$defs\//, '');
      // A plain value defined in another file (the id's pattern) prints as its type; a block links to its table.
      const target = other ? refTarget(`#${pointer}`, other) : undefined;
      if (target && !target.properties) return typeOf(target, other!, files);
      return `[${name}](#${anchor(name)})`;
    }
    const name = s.$ref.replace('#/$defs/', '');
    const target = refTarget(s.$ref, root);
    if (target?.properties) return `[${name}](#${anchor(name)})`;
    return target ? typeOf(target, root, files) : name;
  }
  if (s.const !== undefined) return `\`${JSON.stringify(s.const)}\``;
  if (s.enum) return s.enum.map((e) => `\`${String(e)}\``).join(' \\| ');
  if (s.oneOf) return s.oneOf.map((o) => typeOf(o, root, files)).join(' hoặc ');
  if (s.type === 'array' && s.items) return `danh sách ${typeOf(s.items, root, files)}`;
  if (s.pattern === '^\\d{4}-\\d{2}-\\d{2}$') return 'ngày (YYYY-MM-DD)';
  if (s.pattern === ID_PATTERN) return 'mã (a-z, 0-9, -)';
  if (s.type === 'string') return 'chuỗi';
  if (s.type === 'integer') return 'số nguyên';
  if (s.type === 'number') return 'số';
  if (s.type === 'boolean') return 'true/false';
  if (s.properties) return 'khối';
  return String(s.type ?? '');
}

function refTarget(ref: string, root: Schema): Schema | undefined {
  // References into another schema file ("plan.schema.json#/$defs/period") are named, not followed.
  if (!ref.startsWith('#')) return { description: ref.replace(/\.schema\.json#\/\$defs\//, ' → ') };
  let node: unknown = root;
  for (const step of ref.replace(/^#\//, '').split('/')) node = (node as Record<string, unknown> | undefined)?.[step];
  return node as Schema | undefined;
}

const anchor = (name: string) => `yaml-${name.toLowerCase()}`;
const cell = (text: string | undefined) => (text ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');

function table(title: string, id: string, s: Schema, root: Schema, files: Files): string {
  const rows = Object.entries(s.properties ?? {}).map(([key, prop]) => {
    const description = prop.description ?? (prop.$ref ? refTarget(prop.$ref, root)?.description : undefined);
    return `| \`${key}\` | ${typeOf(prop, root, files)} | ${s.required?.includes(key) ? 'có' : ''} | ${cell(description)} |`;
  });
  return [`<a id="${anchor(id)}"></a>`, `#### ${title}`, '', cell(s.description), '', '| khóa | kiểu | bắt buộc | ý nghĩa |', '|---|---|---|---|', ...rows, ''].join('\n');
}

export function schemaReference(schemas: ReadonlyArray<{ file: string; schema: object }>): string {
  const out: string[] = [];
  const files: Files = new Map(schemas.map((s) => [s.file, s.schema as Schema]));
  for (const { file, schema } of schemas) {
    const root = schema as Schema;
    out.push(`### \`${file}\` — ${root.title ?? ''}`, '');
    out.push(table(root.title ?? file, file.replace(/\..*$/, ''), root, root, files));
    for (const [name, def] of Object.entries(root.$defs ?? {})) {
      if (def.properties) out.push(table(name, name, def, root, files));
    }
  }
  return out.join('\n');
}

export function replaceReference(readme: string, reference: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error('README.md lacks the schema-reference markers');
  return `${readme.slice(0, start + START.length)}\n${reference}\n${readme.slice(end)}`;
}
