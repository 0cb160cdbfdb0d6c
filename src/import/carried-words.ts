import { diffArrays } from 'diff';
import type { Paragraph } from './paragraphs.js';

/**
 * Where the data a DOCX carries stops describing its printed words. The data is
 * built again into paragraphs (by the same writer and reader as the file) and set
 * against the paragraphs the file holds; each paragraph that is not in both is put
 * down to the node it belongs to: the node whose bookmark it carries, or, for a
 * paragraph of its own (a task's second paragraph, a section's lead-in), the node
 * printed before it. What stands before the first node is the head (the header
 * block, the title, the basis); what stands after the last, the closing (Nơi nhận,
 * Lưu, the signature). Nothing here trusts the data: only words equal to words.
 */
/** A place where data and words differ; `unstated`: a target whose value (given) its own words (`text`) do not state. */
export interface CarriedPlace {
  readonly where: string;
  readonly line?: number;
  readonly text: string;
  readonly side: 'printed' | 'carried';
  readonly unstated?: { readonly target: string; readonly value: number };
}

export interface CarriedWords {
  /** Nodes whose printed words differ from the words their data gives. */
  readonly nodes: ReadonlySet<string>;
  readonly head: boolean;
  readonly closing: boolean;
  /** The nodes the file prints (bookmarks). */
  readonly printed: ReadonlySet<string>;
  /** For a node printed in one paragraph with others (same_paragraph), all the ids of that paragraph. */
  readonly together: ReadonlyMap<string, readonly string[]>;
  /** Each node's own paragraph as the data prints it and as the file prints it (a node alone in its paragraph, on both sides). */
  readonly paragraphs: ReadonlyMap<string, { readonly rebuilt: string; readonly printed: string }>;
  /** Each differing place: its node (or head/closing), and the printed paragraph (line, words) when there is one. */
  readonly places: ReadonlyArray<CarriedPlace>;
}

/** The words of a paragraph, spaces and its list mark ("II.", "2.1.", "a)", "-") aside: a mark is counted, not data. */
const wordsOf = (p: Paragraph) => p.text.normalize('NFC').replace(/^(?:[IVXLC]+\.|\d+(?:\.\d+)*\.|[a-zđ]\)|[-+•])\s+/u, '').replace(/\s+/g, '');

/** Past this many differing paragraphs the comparison stops refining: everything differs. */
const MAX_EDITS = 2_000;

export function compareCarried(rebuilt: readonly Paragraph[], printed: readonly Paragraph[]): CarriedWords {
  const ids = (list: readonly Paragraph[]) => new Set(list.flatMap((p) => p.ids ?? []));
  const owners = (list: readonly Paragraph[]) => {
    // Which node each paragraph belongs to; head before the first node, closing after the last.
    const first = list.findIndex((p) => p.ids?.length);
    let last = -1;
    list.forEach((p, i) => p.ids?.length && (last = i));
    let current: readonly string[] = [];
    return list.map((p, i): readonly string[] => {
      if (p.ids?.length) return (current = p.ids);
      if (first < 0 || i < first) return ['#head'];
      if (i > last) return ['#closing'];
      return current;
    });
  };
  const known = ids(rebuilt);
  const a = rebuilt.map(wordsOf);
  const b = printed.map(wordsOf);
  const ownA = owners(rebuilt);
  const ownB = owners(printed);
  const nodes = new Set<string>();
  let head = false;
  let closing = false;
  const places: CarriedPlace[] = [];
  const mark = (owner: readonly string[], p: Paragraph, side: 'printed' | 'carried') => {
    for (const o of owner) {
      if (o === '#head') head = true;
      else if (o === '#closing') closing = true;
      else nodes.add(o);
    }
    places.push({ where: owner.join(', '), ...(side === 'printed' ? { line: p.line } : {}), text: p.text, side });
  };
  const parts = diffArrays(a, b, { maxEditLength: MAX_EDITS });
  if (!parts) {
    rebuilt.forEach((p, i) => mark(ownA[i]!, p, 'carried'));
    printed.forEach((p, i) => mark(ownB[i]!, p, 'printed'));
  } else {
    let i = 0;
    let j = 0;
    for (const part of parts) {
      for (let k = 0; k < part.value.length; k++) {
        if (part.removed) mark(ownA[i]!, rebuilt[i++]!, 'carried');
        else if (part.added) mark(ownB[j]!, printed[j++]!, 'printed');
        else {
          // The same words under other bookmarks: a node moved or renamed in one side only.
          const x = rebuilt[i++]!;
          const y = printed[j++]!;
          // (Their order inside one paragraph is not kept by every editor: LibreOffice re-sorts them.)
          // A paragraph typed in Word has no bookmark: the same words are the same node.
          // A bookmark of a node the data no longer has (two paragraphs merged keep both) names nothing.
          const named = (y.ids ?? []).filter((id) => known.has(id));
          if (named.length && [...(x.ids ?? [])].sort().join() !== named.sort().join()) {
            mark(ownA[i - 1]!, x, 'carried');
            mark(ownB[j - 1]!, y, 'printed');
          }
        }
      }
    }
  }
  const together = new Map(printed.filter((p) => (p.ids?.length ?? 0) > 1).flatMap((p) => p.ids!.map((id) => [id, p.ids!] as const)));
  const alone = (list: readonly Paragraph[]) => new Map(list.filter((p) => p.ids?.length === 1).map((p) => [p.ids![0]!, p.text] as const));
  const [mine, theirs] = [alone(rebuilt), alone(printed)];
  const paragraphs = new Map([...mine.keys()].flatMap((id) => (theirs.has(id) ? [[id, { rebuilt: mine.get(id)!, printed: theirs.get(id)! }] as const] : [])));
  return { nodes, head, closing, printed: ids(printed), together, paragraphs, places };
}

/**
 * A target's value is data the page does not print on its own: its sentence does.
 * So the carried value is taken only when its own printed text states it ("90%",
 * "1.234 lượt", "12,5 %" as Vietnamese write numbers); otherwise the node printing
 * the target (its item, or the target itself under a section) is read from the words.
 * The comparator is left to the words' reading only when the value is (the wording
 * "trên", "ít nhất", "đạt" is too loose to hold data against).
 */
export function unstatedTargets(plan: unknown): Array<{ readonly holder: string; readonly target: string; readonly value: number; readonly text: string }> {
  const out: Array<{ holder: string; target: string; value: number; text: string }> = [];
  const visit = (holder: unknown) => {
    if (!holder || typeof holder !== 'object') return;
    const h = holder as Record<string, unknown>;
    for (const list of ['sections', 'items', 'targets', 'by_agency']) {
      const nodes = h[list];
      if (!Array.isArray(nodes)) continue;
      for (const n of nodes) {
        if (!n || typeof n !== 'object') continue;
        const x = n as Record<string, unknown>;
        if (list === 'targets' && typeof x.value === 'number' && typeof x.text === 'string' && !statedNumbers(x.text).includes(x.value)) {
          const itemHolder = typeof h.id === 'string' && !Array.isArray(h.sections) && typeof h.text === 'string' ? h.id : undefined;
          out.push({ holder: itemHolder ?? String(x.id), target: String(x.id), value: x.value, text: x.text });
        }
        visit(x);
      }
    }
  };
  visit(plan);
  return out;
}

/** The numbers a Vietnamese text states: "1.234" is 1234, "12,5" is 12.5. */
export function statedNumbers(text: string): number[] {
  return [...text.matchAll(/\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g)].map((m) => Number(m[0].replace(/\./g, '').replace(',', '.')));
}
