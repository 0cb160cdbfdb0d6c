import { markOf } from './markers.js';
import { idMaker, nest, type Nested } from './nest.js';
import type { Paragraph } from './paragraphs.js';

/**
 * A đề cương attached to a plan (after its signature: "ĐỀ CƯƠNG / BÁO CÁO
 * TỔNG KẾT … / (Kèm theo Kế hoạch số …)") read as an outline
 * (outline.schema.json): its numbered headings as nodes, each unnumbered
 * paragraph the guidance of the heading above it.
 */
export interface ImportedOutline {
  readonly outline: Record<string, unknown>;
  readonly nodes: number;
}

const PERIOD = /từ ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4})\s+đến ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4})/u;

export function readOutline(paragraphs: readonly Paragraph[], planText: string, fallbackWindow: { from: string; to: string }): ImportedOutline | undefined {
  if (paragraphs.length === 0 || !/^ĐỀ CƯƠNG\b/u.test(paragraphs[0]!.text)) return undefined;
  let i = 1;
  const subject: string[] = [];
  const capital = (t: string) => t === t.toLocaleUpperCase('vi');
  while (i < paragraphs.length && capital(paragraphs[i]!.text) && !markOf(paragraphs[i]!.text)) subject.push(paragraphs[i++]!.text);
  // The "(Kèm theo …)" line is printed from the plan it is attached to.
  if (i < paragraphs.length && /^\(Kèm theo/u.test(paragraphs[i]!.text)) i++;

  const { roots, levels } = nest(paragraphs.slice(i));
  const idOf = idMaker();
  let count = 0;
  // Unnumbered paragraphs under a heading are its guidance.
  const toYaml = (n: Nested): Record<string, unknown> => {
    count++;
    const guidance = n.children.filter((c) => c.style === 'plain').map((c) => c.text);
    const children = n.children.filter((c) => c.style !== 'plain');
    return { id: idOf(n.text), title: n.text, ...(guidance.length ? { guidance } : {}), ...(children.length ? { children: children.map(toYaml) } : {}) };
  };
  const nodes = roots.filter((n) => n.style !== 'plain').map(toYaml);
  const before = roots.filter((n) => n.style === 'plain').map((n) => n.text);
  // Words before the first heading lead into it: kept as its guidance, never dropped.
  if (nodes.length && before.length) nodes[0]!.guidance = [...before, ...((nodes[0]!.guidance as string[] | undefined) ?? [])];
  const p = PERIOD.exec(planText);
  const iso = (d: string, m: string, y: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const window = p ? { from: iso(p[1]!, p[2]!, p[3]!), to: iso(p[4]!, p[5]!, p[6]!) } : fallbackWindow;
  return {
    outline: {
      kind: 'outline', version: 1, heading: 'ĐỀ CƯƠNG', subject: subject.join(' ') || 'BÁO CÁO',
      window,
      ...(levels.length ? { numbering: { levels: levels.filter((l) => l !== 'dash' && l !== 'plus') } } : {}),
      nodes: nodes.length ? nodes : [{ id: 'noi-dung', title: 'NỘI DUNG', guidance: before }],
    },
    nodes: count,
  };
}
