import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { agencyIdsNamed } from '../../src/load/agencies-named.js';
import { readPlanTree, walkTree } from '../../src/plan/tree.js';

const read = (file: string) => parse(readFileSync(join('plans', file), 'utf8'), { schema: 'core' }) as Record<string, unknown>;
const plans = readdirSync('plans').filter((f) => f.endsWith('.yaml') && read(f).kind === 'plan');

describe('the agencies a file names: one definition', () => {
  it('has example plans to read', () => expect(plans.length).toBeGreaterThanOrEqual(3));

  it.each(plans)('%s: the plan tree and the generic reader name the same agencies', (file) => {
    const data = read(file);
    const tree = readPlanTree(data);
    const fromTree = new Set<string>(tree.recipients.map((m) => m.value.id));
    for (const [n] of walkTree(tree.sections)) for (const m of n.agencies) fromTree.add(m.value.id);
    if (typeof data.issuing_agency === 'string') fromTree.add(data.issuing_agency);
    expect([...agencyIdsNamed(data)].sort()).toEqual([...fromTree].sort());
    expect(fromTree.size).toBeGreaterThan(0);
  });

  it('reads dates under period and window as dates, not agencies', () => {
    const ids = agencyIdsNamed({ document: { period: { from: '2024-01-01', to: '2024-12-31' } }, window: { from: 'x-y' }, sections: [{ reporting: [{ from: ['so-a'], to: 'ubnd-tinh' }] }] });
    expect([...ids].sort()).toEqual(['so-a', 'ubnd-tinh']);
  });

  it('reads a report: its agency, sources, missing and the keys of by_agency', () => {
    const ids = agencyIdsNamed({ agency: 'van-phong', sources: ['so-a'], missing: ['so-b'], answers: { n1: { by_agency: { 'so-c': 'Lời văn' }, text: 'so-d' } } });
    expect([...ids].sort()).toEqual(['so-a', 'so-b', 'so-c', 'van-phong']);
  });

  it('reads a registry entry: its members and its parent, not its kind or name', () => {
    expect([...agencyIdsNamed({ id: 'nhom', kind: 'group', name: 'member', members: ['so-a', 'so-b'], parent: 'ubnd-tinh' })].sort()).toEqual(['so-a', 'so-b', 'ubnd-tinh']);
  });

  it('reads an outline: respondents and each node\'s agencies', () => {
    expect([...agencyIdsNamed({ agencies: 'agencies.yaml', respondents: ['so-a'], nodes: [{ id: 'n', agencies: ['so-b'], children: [{ id: 'm' }] }] })].sort()).toEqual(['so-a', 'so-b']);
  });
});
