import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/types.js';
import { LIST, listMarks } from '../../src/writers/docx/list-numbering.js';

/** Which numbers become Word list numbers, and in which list: made-up bodies. */
const para = (number: string): Block => ({ kind: 'paragraph', number, inlines: [{ kind: 'text', text: 'x' }] });
const heading = (level: 1 | 2 | 3, number: string): Block => ({ kind: 'heading', level, number, inlines: [{ kind: 'text', text: 'X' }] });

function shown(bodies: Block[][]) {
  const { marks, parts } = listMarks(bodies);
  return bodies.map((blocks) => blocks.map((b) => {
    const m = marks.get(b);
    if (b.kind === 'table') return '';
    return m ? `${b.number}→${m.reference === LIST.parts ? '' : m.reference === LIST.dash ? 'dash' : m.reference.replace(`${LIST.parts}-`, '@')}#${m.instance}.${m.level}` : `${b.number} typed`;
  })).concat([[[...parts.keys()].join(' ')]]);
}

describe('Word list numbers (list-numbering.ts)', () => {
  it('a plan: parts, items, sub-items and dashes in one list; the letter level typed', () => {
    expect(shown([[heading(1, 'I.'), para('1.'), para('2.'), heading(1, 'II.'), heading(2, '1.'), para('-'), heading(2, '2.'), heading(3, '2.1.'), para('a)'), para('đ)'), heading(3, '2.2.')]])).toEqual([
      ['I.→#0.0', '1.→#0.1', '2.→#0.1', 'II.→#0.0', '1.→#0.1', '-→dash#0.0', '2.→#0.1', '2.1.→#0.2', 'a) typed', 'đ) typed', '2.2.→#0.2'],
      [LIST.parts],
    ]);
  });

  it('a report answering from part II, and from point 1.2.: the list starts there (and a level restarts at its start: 2.2.)', () => {
    expect(shown([[heading(1, 'II.'), heading(2, '1.'), heading(3, '1.2.'), heading(3, '1.3.'), heading(2, '2.'), heading(3, '2.2.')]])).toEqual([
      ['II.→@2-1-2-1#0.0', '1.→@2-1-2-1#0.1', '1.2.→@2-1-2-1#0.2', '1.3.→@2-1-2-1#0.2', '2.→@2-1-2-1#0.1', '2.2.→@2-1-2-1#0.2'],
      [`${LIST.parts} ${LIST.parts}-2-1-2-1`],
    ]);
  });

  it('a number the list would not reach starts another; one no list reaches stays typed', () => {
    // "III." after "I." starts a list at III, whose item level, not used yet, starts at 5; "2.1." under "5." is
    // typed, as no new list can show its "2."; "IIII." is not how Word spells 4. Each body starts its own list.
    expect(shown([[heading(1, 'I.'), heading(1, 'III.'), para('5.'), para('2.1.'), para('IIII.')], [heading(1, 'I.')]])).toEqual([
      ['I.→#0.0', 'III.→@3-5-1-1#1.0', '5.→@3-5-1-1#1.1', '2.1. typed', 'IIII. typed'],
      ['I.→#2.0'],
      [`${LIST.parts} ${LIST.parts}-3-5-1-1`],
    ]);
  });
});
