import { AlignmentType, LevelFormat, LevelSuffix, type INumberingOptions } from 'docx';
import { TYPE } from '../../model/page-setup.js';
import type { Block } from '../../model/types.js';
import { cmToTwip } from './units.js';

/**
 * Word's own list numbering for the numbers Word can count: Roman parts ("I."),
 * decimal items ("1."), multi-level decimals ("2.1.", "2.1.1.") and dash or plus
 * bullets. A leader who presses Enter in a numbered paragraph, or deletes one, gets
 * the rest renumbered by Word. The Vietnamese letter level (a) b) … d) đ) e) g) …)
 * stays typed: Word's lowerLetter counts a, b, c, d, e, f and has no đ.
 *
 * A paragraph gets a list number only where Word's counting gives exactly the
 * number the model prints; anywhere else (a document that starts at "3.", a
 * "1.2." whose "1." is a typed item) the number stays typed, so the page never
 * says anything the model does not.
 */
export const LIST = { parts: 'vanban-parts', dash: 'vanban-dash', plus: 'vanban-plus' } as const;

/** Where a paragraph stands in a Word list: docx's numbering option for it. */
export interface ListMark {
  readonly reference: string;
  readonly level: number;
  readonly instance: number;
}

// Every level indents as the body does (a list's indentation wins over its paragraph
// style's, in Word and in LibreOffice), and one space follows the number, no tab:
// the number stands where the typed number stood, and the line breaks where it broke.
const level = (n: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
  level: n, format, text, alignment: AlignmentType.LEFT, suffix: LevelSuffix.SPACE,
  style: { paragraph: { indent: { left: 0, firstLine: cmToTwip(TYPE.firstLineIndentCm) } } },
});

/**
 * The lists a document's marks use: the parts list from 1, and one more for each
 * set of numbers a list has to start at (a report that answers the outline from its part II).
 */
export function listNumbering(lists: ListsUsed): INumberingOptions {
  return {
    config: [
      ...[...lists.parts].map(([reference, starts]) => ({
        reference,
        levels: [
          { ...level(0, LevelFormat.UPPER_ROMAN, '%1.'), start: starts[0]! },
          { ...level(1, LevelFormat.DECIMAL, '%2.'), start: starts[1]! },
          { ...level(2, LevelFormat.DECIMAL, '%2.%3.'), start: starts[2]! },
          { ...level(3, LevelFormat.DECIMAL, '%2.%3.%4.'), start: starts[3]! },
        ],
      })),
      { reference: LIST.dash, levels: [level(0, LevelFormat.BULLET, '-')] },
      { reference: LIST.plus, levels: [level(0, LevelFormat.BULLET, '+')] },
    ],
  };
}

/** A printed number read as a place in the parts list: its level and the values it shows. */
function partsPlace(number: string): { level: number; values: number[] } | undefined {
  const roman = /^([IVXLC]+)\.$/.exec(number);
  if (roman) {
    const value = romanValue(roman[1]!);
    return value === undefined ? undefined : { level: 0, values: [value] };
  }
  const decimal = /^(\d{1,3})(?:\.(\d{1,3}))?(?:\.(\d{1,3}))?\.$/.exec(number);
  if (!decimal) return undefined;
  const values = decimal.slice(1).filter((v): v is string => v !== undefined).map(Number);
  if (values.some((v) => v < 1)) return undefined;
  return { level: values.length, values };
}

const ROMAN_DIGITS: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function romanValue(text: string): number | undefined {
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const v = ROMAN_DIGITS[text[i]!]!;
    const next = ROMAN_DIGITS[text[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  // Only the canonical spelling: "IIII" is not what Word would print for 4.
  return toRoman(total) === text ? total : undefined;
}

function toRoman(n: number): string {
  const table: Array<[number, string]> = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) {
    out += s;
    n -= v;
  }
  return out;
}

/** The marks, and the parts lists they use by reference, with the number each level starts at. */
export interface ListsUsed {
  readonly marks: ReadonlyMap<Block, ListMark>;
  readonly parts: ReadonlyMap<string, readonly number[]>;
}

const LEVELS = 4;

/**
 * Which numbered blocks of the document's bodies (the main body, then each
 * appendix) get a Word list number, and in which list instance. It counts as
 * Word counts: a level goes up by one, and every deeper level starts again at its
 * start. A level's start is free until the instance first uses the level (a
 * report that answers the outline from its part II, or from its point 1.2.). A
 * body starts a new instance, and so does a part or an item the instance would
 * not reach; a number neither reaches stays typed (a "2.1." cannot start an
 * instance: its "2." would be counted by no paragraph).
 */
export function listMarks(bodies: ReadonlyArray<readonly Block[]>): ListsUsed {
  interface Instance { starts: number[]; used: boolean[]; counters: Array<number | undefined> }
  const instances: Instance[] = [];
  const placed: Array<{ block: Block; instance: number; level: number }> = [];
  const dashes = new Map<Block, ListMark>();
  let current!: Instance;
  const fresh = () => {
    current = { starts: Array(LEVELS).fill(1), used: Array(LEVELS).fill(false), counters: [] };
    instances.push(current);
  };
  /** The values Word would show at `level`, or undefined where a level it shows has no paragraph counted. */
  const shown = (at: Instance, lvl: number, want: number): number[] | undefined => {
    const counted = at.counters[lvl];
    // A level the instance has not used yet starts where it is wanted.
    const next = counted !== undefined ? counted + 1 : at.used[lvl] ? at.starts[lvl]! : want;
    if (lvl === 0) return [next];
    const above = Array.from({ length: lvl - 1 }, (_, i) => at.counters[i + 1]);
    if (above.some((v) => v === undefined)) return undefined;
    return [...(above as number[]), next];
  };
  const same = (a: readonly number[] | undefined, b: readonly number[]) => a !== undefined && a.length === b.length && a.every((v, i) => v === b[i]);
  for (const blocks of bodies) {
    fresh();
    for (const b of blocks) {
      if (b.kind === 'table' || b.number === undefined) continue;
      if (b.number === '-' || b.number === '+') {
        dashes.set(b, { reference: b.number === '-' ? LIST.dash : LIST.plus, level: 0, instance: 0 });
        continue;
      }
      const place = partsPlace(b.number);
      if (!place) continue;
      const value = place.values.at(-1)!;
      if (!same(shown(current, place.level, value), place.values)) {
        if (place.level > 1) continue;
        fresh();
      }
      if (!current.used[place.level]) {
        current.used[place.level] = true;
        if (current.counters[place.level] === undefined) current.starts[place.level] = value;
      }
      current.counters[place.level] = value;
      current.counters.length = place.level + 1;
      placed.push({ block: b, instance: instances.length - 1, level: place.level });
    }
  }
  const referenceOf = (i: Instance) => (i.starts.every((v) => v === 1) ? LIST.parts : `${LIST.parts}-${i.starts.join('-')}`);
  const parts = new Map<string, readonly number[]>([[LIST.parts, Array(LEVELS).fill(1)]]);
  for (const i of instances) parts.set(referenceOf(i), i.starts);
  const marks = new Map<Block, ListMark>(dashes);
  for (const p of placed) marks.set(p.block, { reference: referenceOf(instances[p.instance]!), level: p.level, instance: p.instance });
  return { marks, parts };
}
