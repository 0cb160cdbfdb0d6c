import { schemaFor, type SchemaName } from '../validate/schema.js';

/**
 * The key order fmt writes a mapping in: the order its schema lists the
 * properties, found by walking the schema alongside the data. A key the schema
 * does not name keeps its place after the named ones (validate reports it).
 */
export interface SchemaCursor {
  /** Property names in schema order, for a mapping at this place. */
  readonly order: readonly string[];
  /** The schema place of a mapping's property. */
  property(key: string): SchemaCursor;
  /** The schema place of a sequence's items. */
  items(): SchemaCursor;
}

type Schema = Record<string, unknown>;

const NOWHERE: SchemaCursor = { order: [], property: () => NOWHERE, items: () => NOWHERE };

const ROOTS = new Map<SchemaName, SchemaCursor>();

/** One cursor tree a schema, its places computed once and kept (a file walks thousands of nodes through a few dozen places). */
export function schemaCursor(name: SchemaName): SchemaCursor {
  let root = ROOTS.get(name);
  if (!root) ROOTS.set(name, (root = cursor([schemaFor(name) as Schema], `${name}.schema.json`)));
  return root;
}

/** `schemas` are the alternatives (oneOf/anyOf branches) the place may follow; `file` resolves local $refs. */
function cursor(schemas: readonly Schema[], file: string): SchemaCursor {
  const flat = schemas.flatMap((s) => expand(s, file));
  if (flat.length === 0) return NOWHERE;
  const order: string[] = [];
  for (const { schema } of flat) {
    for (const k of Object.keys((schema.properties as Schema | undefined) ?? {})) if (!order.includes(k)) order.push(k);
  }
  const properties = new Map<string, SchemaCursor>();
  let items: SchemaCursor | undefined;
  return {
    order,
    property(key) {
      const known = properties.get(key);
      if (known) return known;
      const next = flat.flatMap(({ schema, file: f }) => {
        const named = schema.properties as Record<string, Schema> | undefined;
        // Own properties only: a key "constructor" or "__proto__" is data, not a name of Object's.
        const p = named && Object.hasOwn(named, key) ? named[key] : undefined;
        if (p) return [{ schema: p, file: f }];
        const extra = schema.additionalProperties;
        return extra && typeof extra === 'object' ? [{ schema: extra as Schema, file: f }] : [];
      });
      const found = fromPlaces(next);
      properties.set(key, found);
      return found;
    },
    items() {
      items ??= fromPlaces(flat.flatMap(({ schema, file: f }) => (schema.items && typeof schema.items === 'object' ? [{ schema: schema.items as Schema, file: f }] : [])));
      return items;
    },
  };
}

interface Place {
  readonly schema: Schema;
  readonly file: string;
}

function fromPlaces(places: readonly Place[]): SchemaCursor {
  if (places.length === 0) return NOWHERE;
  // Places from different files are rare (a $ref into plan.schema.json); each keeps its own file.
  const byFile = new Map<string, Schema[]>();
  for (const p of places) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p.schema]);
  const cursors = [...byFile].map(([f, s]) => cursor(s, f));
  if (cursors.length === 1) return cursors[0]!;
  return {
    order: [...new Set(cursors.flatMap((c) => c.order))],
    property: (k) => fromCursors(cursors.map((c) => c.property(k))),
    items: () => fromCursors(cursors.map((c) => c.items())),
  };
}

function fromCursors(cursors: readonly SchemaCursor[]): SchemaCursor {
  const live = cursors.filter((c) => c !== NOWHERE);
  if (live.length <= 1) return live[0] ?? NOWHERE;
  return {
    order: [...new Set(live.flatMap((c) => c.order))],
    property: (k) => fromCursors(live.map((c) => c.property(k))),
    items: () => fromCursors(live.map((c) => c.items())),
  };
}

/** The schema with its $ref followed and its oneOf/anyOf/allOf branches spread out. */
function expand(schema: Schema, file: string, depth = 0): Place[] {
  if (depth > 16) return [];
  const out: Place[] = [];
  const ref = schema.$ref;
  if (typeof ref === 'string') {
    const target = resolveRef(ref, file);
    if (target) out.push(...expand(target.schema, target.file, depth + 1));
  }
  for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
    const branches = schema[key];
    if (Array.isArray(branches)) for (const b of branches) out.push(...expand(b as Schema, file, depth + 1));
  }
  if (schema.properties || schema.items || schema.additionalProperties) out.push({ schema, file });
  return out;
}

function resolveRef(ref: string, file: string): Place | undefined {
  const [docPart, pointer = ''] = ref.split('#');
  const target = docPart ? docPart : file;
  const name = /^([a-z]+)\.schema\.json$/.exec(target)?.[1] as SchemaName | undefined;
  if (!name) return undefined;
  let node: unknown = schemaFor(name);
  for (const part of pointer.split('/').filter(Boolean)) {
    const step = part.replace(/~1/g, '/').replace(/~0/g, '~');
    node = node && typeof node === 'object' && Object.hasOwn(node, step) ? (node as Schema)[step] : undefined;
  }
  return node && typeof node === 'object' ? { schema: node as Schema, file: target } : undefined;
}
