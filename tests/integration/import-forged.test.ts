import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectTemp, ROOT, runCli, STACK_LINE } from '../helpers/cli.js';

/**
 * R24: a DOCX carries its input beside a fingerprint anyone can compute again. Each
 * example plan's DOCX has its carried data forged five ways, its words untouched;
 * import must read the words for exactly the forged nodes, say which, and never
 * say "exactly what vanban wrote".
 */
type Data = Record<string, unknown>;
type Node = Data & { id: string };

const PLANS = ['ninh-binh-2024', 'dong-nai-2016', 'gia-lai-2025'];

function carriedOf(parts: Record<string, Uint8Array>): { files: Array<{ path: string; data: Data }>; fingerprint: string } {
  const xml = strFromU8(parts['customXml/item1.xml']!);
  const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const files = [...xml.matchAll(/<vb:file path="([^"]*)">([^<]*)<\/vb:file>/g)].map((m) => ({ path: unescape(m[1]!), data: JSON.parse(unescape(m[2]!)) as Data }));
  return { files, fingerprint: /fingerprint="([0-9a-f]+)"/.exec(xml)![1]! };
}

function withCarried(parts: Record<string, Uint8Array>, files: Array<{ path: string; data: Data }>, fingerprint: string): Uint8Array {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const body = files.map((f) => `<vb:file path="${escape(f.path)}">${escape(JSON.stringify(f.data))}</vb:file>`).join('');
  return zipSync({ ...parts, 'customXml/item1.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<vb:source xmlns:vb="urn:vanban:source:1" fingerprint="${fingerprint}">${body}</vb:source>`) });
}

/** Every node of a plan's data with the list it stands in. */
function nodes(plan: Data): Array<{ node: Node; list: string; holder: Data }> {
  const out: Array<{ node: Node; list: string; holder: Data }> = [];
  const visit = (h: Data) => {
    for (const list of ['sections', 'items', 'targets', 'tasks', 'by_agency']) {
      for (const n of (h[list] as Data[] | undefined) ?? []) {
        if (typeof n.id === 'string') out.push({ node: n as Node, list, holder: h });
        visit(n);
      }
    }
  };
  visit(plan);
  return out;
}

const placesNamed = (stderr: string) => new Set([...stderr.matchAll(/^ {2}\S+?: \[([^\]]+)\]: /gm)].flatMap((m) => m[1]!.split(', ')));

describe('the words are the truth: forged carried data (R24)', () => {
  it.each(PLANS)('%s: a task\'s words, a lead, a target number, an extra task, a different plan — each forged node read from the words, named, never "exactly"', async (name) => {
    const dir = projectTemp(`forged-${name}-`);
    expect((await runCli(['build', join(ROOT, 'plans', `${name}.yaml`), '--out', dir, '--format', 'docx'])).code).toBe(0);
    const parts = unzipSync(readFileSync(join(dir, `${name}.docx`)));
    const { files, fingerprint } = carriedOf(parts);
    const copy = () => structuredClone(files);
    const plan = (f: typeof files) => f[0]!.data;
    const registry = files.find((f) => f.data.kind === 'agencies')!.data.agencies as Array<{ id: string }>;

    // A task printed in a paragraph of its own (a by_agency block's tasks take their lead from the block).
    const tasks = nodes(plan(files)).filter((n) => n.list === 'tasks');
    const task = tasks.find((t) => !t.node.same_paragraph && !(t.holder.tasks as Node[]).some((x) => x.same_paragraph))!.node;
    // Not every plan states measurable targets: then there is no target to forge.
    const target = nodes(plan(files)).find((n) => n.list === 'targets' && typeof n.node.value === 'number');
    const forgeries: Array<[string, (f: typeof files) => void, string[] | 'all']> = [
      ['task-words', (f) => { nodes(plan(f)).find((n) => n.node.id === task.id)!.node.text = 'Nội dung giả mạo, không có trên trang in.'; }, [task.id]],
      ['lead', (f) => {
        const named = [...((task.lead as unknown[] | undefined) ?? []), ...((task.support as unknown[] | undefined) ?? []), ...((task.performers as unknown[] | undefined) ?? [])];
        const other = registry.find((a) => !named.includes(a.id))!.id;
        nodes(plan(f)).find((n) => n.node.id === task.id)!.node.lead = [other];
      }, [task.id]],
      ...(target ? [['target', (f: typeof files) => { nodes(plan(f)).find((n) => n.node.id === target.node.id)!.node.value = (target.node.value as number) + 37; }, [typeof target.holder.text === 'string' ? String(target.holder.id) : target.node.id]] as [string, (f: typeof files) => void, string[]]] : []),
      ['extra-task', (f) => {
        const holder = nodes(plan(f)).find((n) => n.node.id === task.id)!.holder;
        (holder.tasks as Data[]).push({ id: 'nhiem-vu-gia-mao', text: 'Nhiệm vụ giả mạo không được in.', lead: task.lead });
      }, ['nhiem-vu-gia-mao']],
      ['other-plan', (f) => {
        const other = PLANS.find((p) => p !== name)!;
        const data = parse(readFileSync(join(ROOT, 'plans', `${other}.yaml`), 'utf8')) as Data;
        f[0]!.data = { ...data, agencies: (plan(f) as { agencies: string }).agencies };
      }, 'all'],
    ];
    for (const [what, forge, expected] of forgeries) {
      const f = copy();
      forge(f);
      const file = join(dir, `${what}.docx`);
      writeFileSync(file, withCarried(parts, f, fingerprint));
      const r = await runCli(['import', file, '--out', join(dir, `${what}.yaml`), '--registry', join(ROOT, 'plans', `${name}.agencies.yaml`)], { cwd: dir });
      expect(r.stderr, `${name} ${what}`).not.toContain('chưa ai sửa chữ nào');
      expect(r.stderr).not.toMatch(STACK_LINE);
      expect(r.code, `${name} ${what}: ${r.stderr}`).toBeLessThan(2);
      if (expected === 'all') {
        expect(r.stderr).toMatch(/KHÔNG khớp chữ in|không dựng lại được/);
        continue;
      }
      expect(r.stderr).toContain('KHÔNG khớp chữ in');
      expect([...placesNamed(r.stderr)].sort(), `${name} ${what}`).toEqual([...expected].sort());
      // The draft says what the page says.
      const draft = readFileSync(join(dir, `${what}.yaml`), 'utf8');
      if (what === 'task-words') expect(draft).not.toContain('giả mạo');
      if (what === 'extra-task') expect(draft).not.toContain('nhiem-vu-gia-mao');
      if (what === 'target') expect(draft).not.toMatch(new RegExp(`value: ${(target!.node.value as number) + 37}\\b`));
      if (what === 'lead' && task.lead) {
        const printed = nodes(parse(draft) as Data).find((n) => n.node.id === task.id)!.node;
        expect(printed.lead).toEqual(task.lead);
      }
    }
  });
});
