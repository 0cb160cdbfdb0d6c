import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/load/source-file.js';

/** Made-up plan fragments, each with one indentation slip. */
const plan = (tasks: string) => `kind: plan
version: 1
sections:
  - id: nhiem-vu
    title: NHIỆM VỤ
    tasks:
${tasks}
recipients:
  - Các sở, ngành
`;
const codes = (text: string) => parseSource('p.yaml', text).diagnostics.map((d) => `${d.start.line}:${d.code}:${JSON.stringify(d.args)}`);

describe('one indentation slip is one finding, on its own line (issue 26)', () => {
  it('a Tab: one finding, not a cascade (a false duplicate key among them)', () => {
    const text = plan('\t  - id: nv-1\n        text: Nhiệm vụ một.\n        lead: [cong-an-tinh]\n      - id: nv-2\n        text: Nhiệm vụ hai.');
    expect(codes(text)).toEqual(['7:yaml-indent:{"kind":"tab","found":3,"fixed":6}']);
    const { source } = parseSource('p.yaml', text);
    // The tree is the one meant: checked for the rest as if fixed; the frames show what was typed.
    expect(source.doc.toJS()).toMatchObject({ sections: [{ tasks: [{ id: 'nv-1', lead: ['cong-an-tinh'] }, { id: 'nv-2' }] }] });
    expect(source.text).toBe(text);
  });

  it('one space too many, or too few, under a list item: the line itself, with the column of its siblings', () => {
    expect(codes(plan('      - id: nv-1\n         text: Nhiệm vụ một.\n        lead: [cong-an-tinh]'))).toEqual(['8:yaml-indent:{"kind":"off","found":9,"fixed":8}']);
    expect(codes(plan('      - id: nv-1\n        text: Nhiệm vụ một.\n       lead: [cong-an-tinh]'))).toEqual(['9:yaml-indent:{"kind":"off","found":7,"fixed":8}']);
  });

  it('leaves other mistakes to the parser\'s own findings', () => {
    const colon = codes(plan('      - id: nv-1\n        text: Mục tiêu: một\n'));
    expect(colon.some((c) => c.includes('yaml-syntax'))).toBe(true);
    expect(colon.some((c) => c.includes('yaml-indent'))).toBe(false);
    expect(codes(plan('      - id: nv-1\n        text: Nhiệm vụ một.'))).toEqual([]);
  });
});
