import { statedNumbers, type CarriedWords } from './carried-words.js';
import { editedHead, editedValue, setAt } from './edited-head.js';
import { editedField, splitOff } from './edited-span.js';

/**
 * A plan put together from two readings of one DOCX: the data it carries, for
 * every node whose printed words that data gives exactly, and the reading of the
 * words, for every node where it does not (carried-words.ts says which). A node
 * the data has and the page does not print is left out; a node the page prints
 * and the data lacks is put where the page has it. The head (header, basis) and
 * the closing (Nơi nhận, Lưu, signature) are taken from the words when they
 * differ. Both plans are plain data as written in YAML; ids are the bookmarks',
 * so the two readings name the same node the same way.
 */
export interface Grafted {
  readonly plan: Record<string, unknown>;
  /** Nodes read from the words, left out, put in, and moved. */
  readonly fromWords: readonly string[];
  readonly removed: readonly string[];
  readonly inserted: readonly string[];
  readonly moved: readonly string[];
  /** Nodes split in two, by id: the new node that holds the second part, and whether its words took the assignment phrase. */
  readonly splits: ReadonlyMap<string, { readonly into: string; readonly phraseMoved: boolean }>;
}

type Data = Record<string, unknown>;

/** The lists a plan's nodes stand in, in the order a section holds them. */
export const NODE_LISTS = ['sections', 'items', 'targets', 'tasks', 'by_agency'] as const;
/** What a section's heading and lead-ins print; its child lists are grafted one by one. */
const SECTION_WORDS = ['title', 'intro', 'outro'] as const;
const HEAD_FIELDS = ['document', 'basis'] as const;
const CLOSING_FIELDS = ['closing', 'recipients', 'archive', 'drafter_code', 'signature'] as const;

export interface Place {
  readonly node: Data;
  /** The node that holds the list (undefined: the plan's own sections), the list's key, the node before it there. */
  readonly parent?: string;
  readonly list: string;
  readonly before?: string;
}

const spaced = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
/** The first words a node prints (its text or title), to find its paragraph by. */
const opening = (node: Data) => spaced(String(node.text ?? node.title ?? '')).slice(0, 60) || '\u0000';

const isData = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);
const idOf = (v: unknown) => (isData(v) && typeof v.id === 'string' ? v.id : undefined);

/** Every node of a plan by id, with where it stands. */
export function places(plan: Data): Map<string, Place> {
  const out = new Map<string, Place>();
  const visit = (holder: Data, parent: string | undefined) => {
    for (const list of NODE_LISTS) {
      const nodes = holder[list];
      if (!Array.isArray(nodes)) continue;
      let before: string | undefined;
      for (const n of nodes) {
        const id = idOf(n);
        // A by_agency block has no id: its tasks stand in the section holding it.
        if (!id && isData(n) && list === 'by_agency') visit(n, parent);
        if (!id || !isData(n)) continue;
        out.set(id, { node: n, ...(parent ? { parent } : {}), list, ...(before ? { before } : {}) });
        before = id;
        visit(n, id);
      }
    }
  };
  visit(plan, undefined);
  return out;
}

/** What a node prints (its reading from the words wins); any other field of the carried node prints nothing and is kept. */
const PRINTED = new Set(['text', 'more', 'lead', 'support', 'performers', 'deadline', 'steps', 'targets', 'form', 'conjunction', 'suffix', 'standing', 'same_paragraph', 'timeframe', 'output', 'title', 'intro', 'outro', 'value', 'comparator', 'unit']);

/**
 * A node read from the words, with what the carried node holds that prints nothing
 * (a role, a target's metric); a target the words read with the same wording keeps
 * its carried id and metric, and the value and comparator the words state.
 */
function fromWordsKeeping(carried: Data, words: Data): Data {
  const out: Data = { ...words };
  for (const [k, v] of Object.entries(carried)) if (!PRINTED.has(k) && !(k in out)) out[k] = v;
  const before = Array.isArray(carried.targets) ? carried.targets.filter(isData) : [];
  if (Array.isArray(words.targets) && typeof out.text === 'string') {
    let text = out.text;
    out.targets = words.targets.map((t) => {
      const same = isData(t) ? before.find((c) => c.text === t.text && typeof c.id === 'string') : undefined;
      if (!same || !isData(t)) return t;
      text = text.split(`{target:${String(t.id)}}`).join(`{target:${String(same.id)}}`);
      // The carried value (and its comparator) stands when its own wording states it.
      return typeof same.value === 'number' && typeof same.text === 'string' && statedNumbers(same.text).includes(same.value) ? same : { ...same, value: t.value, comparator: t.comparator };
    });
    out.text = text;
  }
  return out;
}

/**
 * A node typed in among siblings that all have one role (an objective among the
 * objectives) has that role: the words do not print it, the place says it.
 */
function withRoleAround(node: unknown, list: readonly unknown[], at: number): unknown {
  if (!isData(node) || node.role !== undefined) return node;
  const before = list[at - 1];
  const after = list[at];
  const role = isData(before) ? before.role : isData(after) ? after.role : undefined;
  if (typeof role !== 'string' || (isData(after) && isData(before) && after.role !== role)) return node;
  return { ...node, role };
}

/**
 * A node the words read as another kind, as the kind of the list it stands in: a
 * heading with one task of its own words is that task; a heading alone, a task or
 * an item of its words. Undefined when it holds more than that.
 */
function asKind(node: Data, list: string): Data | undefined {
  if (list !== 'tasks' && list !== 'items') return undefined;
  const children = NODE_LISTS.flatMap((k) => (Array.isArray(node[k]) ? (node[k] as unknown[]) : []));
  const title = typeof node.title === 'string' ? node.title : undefined;
  if (children.length === 1 && isData(children[0]) && typeof children[0].text === 'string' && (!title || spaced(children[0].text).startsWith(spaced(title)))) return { ...children[0], id: node.id };
  if (children.length === 0 && typeof node.text === 'string') return { id: node.id, text: node.text };
  if (children.length === 0 && title) return { id: node.id, text: /[.;:!?]$/u.test(title) ? title : `${title}.` };
  return undefined;
}

/** What says who carries a task out and by when: the second part of a split task keeps it when its own words say none. */
const ASSIGNMENT = ['lead', 'support', 'performers', 'deadline', 'form', 'conjunction', 'suffix', 'standing', 'timeframe', 'role'] as const;

const states = (node: Data) => ['lead', 'support', 'performers'].some((k) => node[k] !== undefined);

function withAssignmentOf(node: Data, from: Data): Data {
  const out: Data = { ...node };
  const stated = states(out);
  for (const k of ASSIGNMENT) if (from[k] !== undefined && (k === 'role' || k === 'deadline' ? out[k] === undefined : !stated)) out[k] = from[k];
  return out;
}

function editsBesideNodes(plan: Data, check: CarriedWords): { plan: Data; handled: Set<string> } {
  const handled = new Set<string>();
  let out = plan;
  for (const id of check.nodes) {
    const para = check.paragraphs.get(id);
    if (para && spaced(para.rebuilt) !== spaced(para.printed)) continue;
    const mine = check.places.filter((p) => p.where === id && p.unstated === undefined);
    const was = mine.filter((p) => p.side === 'carried');
    const now = mine.filter((p) => p.side === 'printed');
    if (was.length === 0 || was.length !== now.length || check.together.has(id)) continue;
    let next = out;
    const keys = Object.keys(plan).filter((k) => !['kind', 'version', 'agencies'].includes(k));
    const ok = was.every((w, i) => {
      const edit = editedValue([{ data: next, keys }], w.text, now[i]!.text);
      if (edit) next = setAt(next, edit.path, edit.value);
      return edit !== undefined;
    });
    if (!ok) continue;
    out = next;
    handled.add(id);
  }
  return { plan: out, handled };
}

/**
 * An edit in a paragraph a node prints beside its own (a section's lead-in or
 * closing words, a task's further paragraph or step): each changed paragraph
 * paired with the one it was, each put down to one value of the node itself.
 */
function ownWordsEdited(node: Data, id: string, check: CarriedWords): Data | undefined {
  const mine = check.places.filter((p) => p.where === id && p.unstated === undefined);
  const was = mine.filter((p) => p.side === 'carried');
  const now = mine.filter((p) => p.side === 'printed');
  if (was.length === 0 || was.length !== now.length) return undefined;
  const keys = Object.keys(node).filter((k) => !(NODE_LISTS as readonly string[]).includes(k) && k !== 'id');
  let out: Data = node;
  for (let i = 0; i < was.length; i++) {
    const edit = editedValue([{ data: out, keys }], was[i]!.text, now[i]!.text);
    if (!edit) return undefined;
    out = setAt(out, edit.path, edit.value);
  }
  return out;
}

/** The graft, or why it cannot be made (then the whole plan is read from the words). */
export function graftCarried(given: Data, words: Data, check: CarriedWords, options: { readonly headFromWords?: boolean } = {}): Grafted | { readonly cannot: string } {
  // Paragraphs a node's bookmark does not mark but that follow it (a section's closing words after its
  // last task) changed while the node's own did not: each edit put down to one value anywhere in the plan.
  const { plan: carried, handled } = editsBesideNodes(given, check);
  const fromWords: string[] = [...handled];
  const removed: string[] = [];
  /** A node read from the second part of a split paragraph, by id: the node it was split from. */
  const splits = new Map<string, Data>();
  const splitNodes = new Map<string, { into: string; phraseMoved: boolean }>();
  const read = places(words);
  // A node printed in one paragraph with others is read from the words as one node, under one of their ids.
  const mergedInto = (id: string) => check.together.get(id)?.find((x) => x !== id && read.has(x));
  let cannot: string | undefined;
  const carriedIds = new Set(places(carried).keys());
  const graftList = (nodes: unknown[], key: string): unknown[] => nodes.flatMap((n) => {
    const id = idOf(n);
    if (!isData(n)) return [n];
    // A by_agency block prints as its agency's heading, with no bookmark of its own: its tasks each on their own.
    if (key === 'by_agency') return [{ ...n, tasks: graftList(Array.isArray(n.tasks) ? n.tasks : [], 'tasks') }];
    if (!id) return [n];
    // A node kept as the data has it; a section's children still each on their own (one of them may be edited).
    const kept = (x: Data): Data => {
      if (key !== 'sections') return x;
      const out: Data = { ...x };
      for (const k of NODE_LISTS) if (Array.isArray(x[k])) out[k] = graftList(x[k] as unknown[], k);
      return out;
    };
    if (handled.has(id)) return [kept(n)];
    if (check.nodes.has(id) && (!check.printed.has(id) || (!read.has(id) && mergedInto(id)))) {
      removed.push(id);
      return [];
    }
    const para = check.nodes.has(id) ? check.paragraphs.get(id) : undefined;
    // Its own paragraph as it was, and a paragraph the words read as a new node after it: Enter pressed at its end.
    const newAfter = [...read.values()].some((p) => p.before === id && !carriedIds.has(idOf(p.node) ?? ''));
    const sameWords = para !== undefined && para.rebuilt.replace(/\s+/g, ' ').trim() === para.printed.replace(/\s+/g, ' ').trim();
    if (sameWords && newAfter) return [kept(n)];
    // Split in two: the first paragraph is the node, less the words that went to the second.
    const second = newAfter ? [...read.values()].find((p) => p.before === id && !carriedIds.has(idOf(p.node) ?? ''))?.node : undefined;
    const cut = para && second && typeof second.text === 'string' ? splitOff(n, para.rebuilt, para.printed, second.text) : undefined;
    if (cut) {
      fromWords.push(id);
      splits.set(idOf(second)!, n);
      const phraseMoved = second !== undefined && states(second);
      splitNodes.set(id, { into: idOf(second)!, phraseMoved });
      // The assignment phrase went to the second paragraph: the first, as printed, states none
      // (import --into refuses that rather than guess which part keeps it).
      if (!phraseMoved) return [cut];
      const bare: Data = { ...cut };
      for (const k of ASSIGNMENT) if (k !== 'role' && k !== 'deadline') delete bare[k];
      return [bare];
    }
    // The one field an edit lies in, when it lies in one; else the node as the words read it.
    const refined = (para ? editedField(n, para.rebuilt, para.printed) : undefined) ?? ownWordsEdited(n, id, check);
    // The same words in another place (a paragraph cut and pasted, its bookmark with it): the node as it was, moved below.
    // (Not when it was flagged for a target value its words do not state: that is data the words contradict.)
    const unstatedIn = (t: unknown) => isData(t) && typeof t.value === 'number' && typeof t.text === 'string' && !statedNumbers(t.text).includes(t.value);
    const unstated = unstatedIn(n) || (Array.isArray(n.targets) && n.targets.some(unstatedIn));
    if (sameWords && !refined && !unstated && check.printed.has(id)) return [kept(n)];
    const own = check.nodes.has(id) ? read.get(id)?.node : undefined;
    if (refined || own) fromWords.push(id);
    // Printed, differing, and readable neither way: the carried words must not stand in for it.
    else if (check.nodes.has(id)) cannot ??= id;
    if (key !== 'sections') return [refined ?? (own ? fromWordsKeeping(n, own) : n)];
    // A section: its heading and lead-ins from the page when they differ; its children each on their own.
    const next: Data = { ...(refined ?? n) };
    if (own && !refined) for (const k of SECTION_WORDS) if (own[k] === undefined) delete next[k]; else next[k] = own[k];
    for (const k of NODE_LISTS) if (Array.isArray(n[k])) next[k] = graftList(n[k] as unknown[], k);
    return [next];
  });
  const plan: Data = { ...carried, sections: graftList(Array.isArray(carried.sections) ? carried.sections : [], 'sections') };
  if (cannot !== undefined) return { cannot };
  if (check.head) {
    // Each value of the head retyped (a basis line's words, a date, the number, the trích yếu): that value alone.
    // Anything else: a draft (import) takes the head as the words read it; an update (import --into)
    // keeps the data's, since that reading flattens a basis into text and a header the format computes
    // is no value of the data: the page then differs from what the data builds, and the paragraph is named.
    const edited = editedHead(carried, check.places);
    if (edited) for (const k of HEAD_FIELDS) plan[k] = edited[k];
    else if (options.headFromWords !== false) {
      for (const k of HEAD_FIELDS) plan[k] = k === 'document' && isData(carried.document) && isData(words.document) ? { ...carried.document, ...words.document } : words[k];
    }
  }
  if (check.closing) {
    for (const k of CLOSING_FIELDS) {
      if (words[k] === undefined) delete plan[k];
      else plan[k] = words[k];
    }
  }
  for (const k of Object.keys(plan)) if (plan[k] === undefined) delete plan[k];

  // What the page prints and the data lacks, after the node the page prints before it.
  const inserted: string[] = [];
  const absorbed = new Set<string>();
  // (Not a node's own paragraph, under its bookmark: that is the node, however the words read it.)
  const own = new Set([...check.paragraphs.values()].map((x) => spaced(x.printed)));
  // (Nor a paragraph whose edit was put down to a value of the data: it was the data's already.)
  const typedIn = check.places.filter((x) => x.side === 'printed' && !own.has(spaced(x.text)) && !handled.has(x.where)).map((x) => spaced(x.text));
  let have = places(plan);
  for (const [id, p] of read) {
    // Printed under a bookmark the data lacks, or a paragraph of its own with no bookmark (typed in Word):
    // a node of a list the page numbers, never a target the words cut anew inside a sentence.
    if (absorbed.has(id) || have.has(id) || (!check.printed.has(id) && (carriedIds.has(id) || p.list === 'targets'))) continue;
    // Typed in Word: its words are on a paragraph the data does not print (a lead-in or a step the
    // words read as a node of its own is printed by the data, and stays what the data says it is).
    if (!check.printed.has(id) && !typedIn.some((t) => t.includes(opening(p.node)))) continue;
    const holder = p.parent === undefined ? plan : have.get(p.parent)?.node;
    if (!holder) return { cannot: id };
    // Typed in among siblings, it is one of their kind, whatever the words make of it (a lettered task read as a heading).
    const kin = p.before !== undefined ? have.get(p.before)?.list : undefined;
    const lists = NODE_LISTS.filter((k) => Array.isArray(holder[k]) && (holder[k] as unknown[]).length > 0);
    const key = kin ?? (lists.length === 1 && !lists.includes(p.list as (typeof NODE_LISTS)[number]) ? lists[0]! : p.list);
    const node = key === p.list ? p.node : asKind(p.node, key);
    if (!node) return { cannot: id };
    // What the words put inside it came in with it, or is it.
    for (const k of NODE_LISTS) if (key !== p.list && Array.isArray(p.node[k])) for (const c of p.node[k] as unknown[]) if (idOf(c)) absorbed.add(idOf(c)!);
    const list = Array.isArray(holder[key]) ? (holder[key] as unknown[]) : (holder[key] = []) as unknown[];
    const at = p.before ? list.findIndex((x) => idOf(x) === p.before) + 1 : 0;
    const from = splits.get(id);
    list.splice(at, 0, from ? withAssignmentOf(node, from) : withRoleAround(node, list, at));
    inserted.push(id);
    // Its own children came with it.
    have = places(plan);
  }
  // A node the page prints elsewhere among its siblings, or under another parent: moved there.
  const moved: string[] = [];
  for (const [id, p] of read) {
    if (!check.nodes.has(id) || !check.printed.has(id) || !carriedIds.has(id)) continue;
    const now = have.get(id);
    if (!now || (now.parent === p.parent && now.before === p.before && now.list === p.list)) continue;
    // A paragraph cut and pasted stays what it was: the words reading a task as a section is no move.
    if (now.list !== p.list) continue;
    const target = p.parent === undefined ? plan : have.get(p.parent)?.node;
    if (!target || (p.before !== undefined && !have.has(p.before))) continue;
    const from = (now.parent === undefined ? plan : have.get(now.parent)!.node)[now.list] as unknown[];
    from.splice(from.indexOf(now.node), 1);
    const list = Array.isArray(target[p.list]) ? (target[p.list] as unknown[]) : (target[p.list] = []) as unknown[];
    list.splice(p.before ? list.findIndex((x) => idOf(x) === p.before) + 1 : 0, 0, now.node);
    moved.push(id);
    have = places(plan);
  }
  return { plan, fromWords, removed, inserted, moved, splits: splitNodes };
}
