import { TARGET_REF } from '../../load/types.js';
import type { PlanIndex } from '../plan-index.js';
import { error, warning, type Finding } from './finding.js';

const CONTENT_KEYS = ['intro', 'sections', 'items', 'targets', 'tasks', 'by_agency', 'outro'] as const;
/** The numbered child lists; a section holds one, since two would print in a fixed order, not the written one (R34). */
const CHILD_LISTS = ['sections', 'items', 'targets', 'tasks', 'by_agency'] as const;

/** Sections have content; {target:id} references resolve and every inline target is placed. */
export function checkStructure(index: PlanIndex): Finding[] {
  const out: Finding[] = [];
  for (const s of index.sections) {
    const empty = CONTENT_KEYS.every((k) => !Array.isArray(s.value[k]) || (s.value[k] as unknown[]).length === 0);
    if (empty) out.push(error('empty-section', [...s.path, 'title'], { id: String(s.value.id ?? '') }));
    // Named in the order written, so the message points at the list that came second.
    const lists = Object.keys(s.value).filter((k) => (CHILD_LISTS as readonly string[]).includes(k) && Array.isArray(s.value[k]) && (s.value[k] as unknown[]).length > 0);
    for (const second of lists.slice(1)) out.push({ ...error('section-mixed-children', [...s.path, second], { id: String(s.value.id ?? ''), first: lists[0]!, second }), at: 'key' });
  }
  for (const it of index.items) {
    const targets = Array.isArray(it.value.targets) ? it.value.targets : [];
    const ids = new Set(targets.map((t) => (t as { id?: unknown }).id).filter((x): x is string => typeof x === 'string'));
    const placed = new Set<string>();
    // An item places its targets in its text or in any of its steps.
    const texts: Array<[string, Array<string | number>]> = [
      [typeof it.value.text === 'string' ? it.value.text : '', [...it.path, 'text']],
      ...(Array.isArray(it.value.steps) ? it.value.steps : []).map((st, i): [string, Array<string | number>] => [typeof st === 'string' ? st : '', [...it.path, 'steps', i]]),
    ];
    for (const [text, path] of texts) {
      for (const m of text.matchAll(TARGET_REF)) {
        placed.add(m[1]!);
        if (!ids.has(m[1]!)) out.push(error('unknown-target-ref', path, { id: m[1]! }));
      }
    }
    targets.forEach((t, i) => {
      const id = (t as { id?: unknown }).id;
      if (typeof id === 'string' && !placed.has(id)) out.push(warning('target-not-placed', [...it.path, 'targets', i, 'id'], { id }));
    });
  }
  // Tasks hold no targets: a {target:id} in a task's words would print as written.
  for (const t of index.numbered) {
    if (!t.path.includes('tasks')) continue;
    for (const m of t.value.matchAll(TARGET_REF)) out.push(error('unknown-target-ref', t.path, { id: m[1]! }));
  }
  return out;
}

/**
 * The signature: a head's title with an authority ("KT." needs whose deputy); and a
 * signer's name once the document is issued (it has a number). A draft may leave
 * the name for later: the secretariat often drafts before it knows who signs.
 */
export function checkSignature(signature: unknown, document?: unknown): Finding[] {
  if (typeof signature !== 'object' || signature === null) return [];
  const s = signature as Record<string, unknown>;
  if (typeof s.authority === 'string' && typeof s.head_title !== 'string') {
    return [error('signature-incomplete', ['signature', 'authority'], { field: 'head_title', authority: s.authority })];
  }
  const issued = typeof document === 'object' && document !== null && (document as Record<string, unknown>).number !== undefined;
  // A name of the wrong type is the schema's finding (schema-type), not a second one here.
  if (issued && (s.name === undefined || s.name === null || (typeof s.name === 'string' && s.name.trim() === ''))) return [error('signer-name-missing', ['signature'], {})];
  return [];
}
