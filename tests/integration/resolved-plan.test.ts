import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeWorld } from '../../src/env/world.js';
import { resolvePlan } from '../../src/plan/resolve.js';
import type { ResolvedPlan } from '../../src/plan/types.js';
import { query, walk } from '../../src/plan/walk.js';
import { checkPlan } from '../../src/validate/check-plan.js';
import { PLANS } from '../helpers/build.js';
import { ROOT } from '../helpers/cli.js';

async function resolved(path: string): Promise<ResolvedPlan> {
  const r = await checkPlan(path, nodeWorld);
  if (!r.plan) throw new Error(`${path} did not validate`);
  return resolvePlan(r.plan);
}

const yamlIds = (path: string) => [...readFileSync(path, 'utf8').matchAll(/^\s*-?\s*id: ([a-z0-9-]+)\s*$/gm)].map((m) => m[1]!);

describe('the resolved plan', () => {
  it('holds every id the YAML writes, once, each node reachable by id with its parents', async () => {
    for (const path of Object.values(PLANS)) {
      const plan = await resolved(path);
      const nodes = [...walk(plan)];
      expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
      for (const id of yamlIds(path)) expect(plan.byId.has(id), `${path}: ${id}`).toBe(true);
      for (const n of nodes) for (const p of n.parents) expect(plan.byId.has(p), `${n.id} → ${p}`).toBe(true);
    }
  });

  it('numbers as printed, and says which list style produced each number', async () => {
    const plan = await resolved(PLANS.ninhBinh);
    expect(plan.sections.map((s) => [s.number, s.numberStyle])).toEqual([['I.', 'roman'], ['II.', 'roman'], ['III.', 'roman']]);
    const tasks = query(plan, 'task').filter((t) => t.number !== '');
    expect(tasks.length).toBeGreaterThan(10);
    for (const t of tasks) expect(t.number.length).toBeGreaterThan(0);
    // Tasks printed in the paragraph before them carry no number of their own.
    const joined = query(plan, 'task').filter((t) => t.joinsPrevious);
    expect(joined.length).toBeGreaterThan(0);
    for (const t of joined) expect([t.number, t.numberStyle]).toEqual(['', 'none']);
  });

  it('places {target:id} as the target node itself', async () => {
    const plan = await resolved(PLANS.ninhBinh);
    const item = plan.byId.get('kiem-che-toi-pham');
    expect(item?.kind).toBe('item');
    if (item?.kind !== 'item') return;
    const placed = item.text.flatMap((p) => (p.kind === 'target' ? [p.target.id] : []));
    expect(placed).toEqual(['tiep-nhan-to-giac', 'giai-quyet-to-giac', 'kham-pha-vu-an', 'truy-to', 'xet-xu']);
    for (const id of placed) expect(plan.byId.get(id)?.parents.at(-1)).toBe('kiem-che-toi-pham');
  });

  it('makes the lead a per-agency block implies explicit, and prints no phrase where the heading names it', async () => {
    const plan = await resolved(PLANS.dongNai);
    const block = query(plan, 'agency-block')[0]!;
    expect(block.agency.id).toBe('so-lao-dong-thuong-binh-va-xa-hoi');
    const task = plan.byId.get('ldtbxh-to-chuc-thuc-hien');
    expect(task?.kind).toBe('task');
    if (task?.kind !== 'task') return;
    expect(task.assignment.impliedLead?.id).toBe('so-lao-dong-thuong-binh-va-xa-hoi');
    expect(task.assignment.lead.map((a) => a.id)).toEqual(['so-lao-dong-thuong-binh-va-xa-hoi']);
    expect(task.assignment.phrase).toBeUndefined();
    expect(task.parents).toEqual([block.parents.at(-1), block.id]);
  });

  it('keeps a group as the group and its members, resolved from the registry', async () => {
    const plan = await resolved(PLANS.giaLai);
    const groups = [
      ...query(plan, 'task').flatMap((t) => [...t.assignment.lead, ...t.assignment.support, ...t.assignment.performers]),
      ...query(plan, 'item').flatMap((i) => i.reporting.flatMap((r) => r.from)),
    ].filter((a) => a.kind === 'group');
    expect(groups.length).toBeGreaterThan(0);
    const districts = groups.find((g) => g.id === 'ubnd-cac-huyen-thi-xa-thanh-pho');
    expect(districts?.printed).toBe('UBND các huyện, thị xã, thành phố');
    expect(districts?.members.map((m) => m.id)).toEqual(['ubnd-huyen-chu-puh']);
  });

  it('is the only reader of the plan body: no other code names the body input types or walks the tree', () => {
    const offenders: string[] = [];
    const visit = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) visit(path);
        else if (name.endsWith('.ts')) {
          const rel = relative(ROOT, path).split('\\').join('/');
          if (rel.startsWith('src/plan/') || rel === 'src/load/types.ts') continue;
          const text = readFileSync(path, 'utf8');
          if (/\b(SectionInput|ItemInput|TaskInput|AgencyBlockInput)\b/.test(text)) offenders.push(`${rel}: names a plan body type`);
          if (/\breadPlanTree\b/.test(text) && rel !== 'src/validate/plan-index.ts') offenders.push(`${rel}: reads the plan tree`);
          if (/\b(plan|input)\.sections\b/.test(text) && !/sections:\s*plan\.sections/.test(text)) offenders.push(`${rel}: walks sections`);
        }
      }
    };
    visit(join(ROOT, 'src'));
    expect(offenders).toEqual([]);
  });
});
