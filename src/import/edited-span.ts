import { statedNumbers } from './carried-words.js';

/**
 * What a Word user changed in one paragraph, put down to the one field it lies in.
 * The paragraph as the data prints it is known piece by piece (a task: its number,
 * its text, then the assignment and deadline phrase; an item: its text with each
 * target's words in their places; a section: its number and title); the edit is the
 * stretch between what the two paragraphs share at the start and at the end. When
 * that stretch lies inside one field's words, that field alone takes the new words
 * (a target's value too, when its number changed) and every other field stays as
 * the data has it — a reworded sentence never re-reads the agencies or the
 * deadline. Otherwise undefined: the paragraph is read from its words as a whole.
 */
type Data = Record<string, unknown>;

const spaced = (s: string) => s.replace(/\s+/g, ' ').trim();

interface Piece {
  readonly text: string;
  /** Where the new words go: the node's own field, or a target's text. */
  readonly into: { readonly field: 'text' | 'title' } | { readonly target: number } | { readonly literal: number };
}

export function editedField(node: Data, rebuilt: string, printed: string): Data | undefined {
  const pieces = piecesOf(node);
  if (!pieces) return undefined;
  const r = spaced(rebuilt);
  const p = spaced(printed);
  // The same words: what differs is data the words do not give (a target's value its own wording does not state).
  if (r === p) return restated(node);
  // Each piece's place in the rebuilt paragraph, in order.
  const spans: Array<{ start: number; end: number; piece: Piece }> = [];
  let from = 0;
  for (const piece of pieces) {
    const start = r.indexOf(piece.text, from);
    if (start < 0 || piece.text === '') return undefined;
    spans.push({ start, end: start + piece.text.length, piece });
    from = start + piece.text.length;
  }
  let a = 0;
  while (a < r.length && a < p.length && r[a] === p[a]) a++;
  let b = 0;
  while (b < r.length - a && b < p.length - a && r[r.length - 1 - b] === p[p.length - 1 - b]) b++;
  const changedEnd = r.length - b;
  // The whole stretch inside one piece (a stretch of nothing, an insertion, at its edge counts as inside).
  const span = spans.find((s) => s.start <= a && changedEnd <= s.end);
  if (!span) return undefined;
  const words = p.slice(span.start, p.length - (r.length - span.end)).trim();
  if (words === '' || words === span.piece.text) return undefined;
  const into = span.piece.into;
  if ('field' in into) return { ...node, [into.field]: words };
  if ('literal' in into) {
    const parts = splitText(String(node.text));
    const old = parts[into.literal]!;
    parts[into.literal] = `${/^\s/.test(old) ? ' ' : ''}${words}${/\s$/.test(old) ? ' ' : ''}`;
    return { ...node, text: parts.join('') };
  }
  const targets = (node.targets as Data[]).map((t, i) => {
    if (i !== into.target) return t;
    const numbers = statedNumbers(words);
    const stated = typeof t.value === 'number' && numbers.includes(t.value);
    return { ...t, text: words, ...(!stated && numbers.length === 1 ? { value: numbers[0] } : {}) };
  });
  return { ...node, targets };
}

/**
 * A paragraph split in two (Enter pressed inside its words): the node keeps every
 * field but its text, which now ends where the first paragraph ends; `second` is
 * the text the second paragraph is read as, and it must be the rest of the old
 * text. Undefined for any other edit, and for a text that holds targets (a cut
 * there could leave a target's words on either side).
 */
export function splitOff(node: Data, rebuilt: string, printed: string, second: string): Data | undefined {
  if (typeof node.text !== 'string' || node.text.includes('{target:')) return undefined;
  const unstopped = (x: string) => x.replace(/[.;:,]$/u, '');
  const r = spaced(rebuilt);
  const p = spaced(printed);
  const text = spaced(node.text);
  // Where the node's words start in its paragraph (after its number).
  const start = r.indexOf(unstopped(text));
  if (start < 0 || !r.startsWith(p) || p.length <= start) return undefined;
  const first = p.slice(start);
  const rest = text.startsWith(first) ? text.slice(first.length) : text.startsWith(unstopped(first)) ? text.slice(unstopped(first).length) : undefined;
  if (rest === undefined || unstopped(spaced(rest)) !== unstopped(spaced(second)) || rest.trim() === '') return undefined;
  return { ...node, text: first };
}

/** Each target's value as its own words state it (one number, or it cannot be told: undefined). */
function restated(node: Data): Data | undefined {
  // A target of its own paragraph (under a section): its value as its words state it.
  if (typeof node.value === 'number' && typeof node.text === 'string') {
    const numbers = statedNumbers(node.text);
    if (numbers.includes(node.value)) return undefined;
    return numbers.length === 1 ? { ...node, value: numbers[0] } : undefined;
  }
  if (!Array.isArray(node.targets)) return undefined;
  let told = true;
  const targets = (node.targets as Data[]).map((t) => {
    if (typeof t.value !== 'number' || typeof t.text !== 'string') return t;
    const numbers = statedNumbers(t.text);
    if (numbers.includes(t.value)) return t;
    if (numbers.length !== 1) told = false;
    return { ...t, value: numbers[0] };
  });
  return told ? { ...node, targets } : undefined;
}

/** "a {target:x} b" → ["a ", "{target:x}", " b"]. */
const splitText = (text: string) => text.split(/(\{target:[^}]+\})/u);

function piecesOf(node: Data): Piece[] | undefined {
  if (typeof node.title === 'string' && !('text' in node)) return [{ text: spaced(node.title), into: { field: 'title' } }];
  if (typeof node.text !== 'string') return undefined;
  const targets = Array.isArray(node.targets) ? (node.targets as Data[]) : [];
  if (targets.length === 0) return [{ text: spaced(node.text), into: { field: 'text' } }];
  // An item's sentence: its own words and each target's, in the order they print.
  return splitText(node.text).flatMap((part, i): Piece[] => {
    const m = /^\{target:([^}]+)\}$/u.exec(part);
    if (m) {
      const at = targets.findIndex((t) => t.id === m[1]);
      return at >= 0 && typeof targets[at]!.text === 'string' ? [{ text: spaced(String(targets[at]!.text)), into: { target: at } }] : [];
    }
    const t = spaced(part);
    return t ? [{ text: t, into: { literal: i } }] : [];
  });
}
