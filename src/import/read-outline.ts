import { slugify } from '../text/slug.js';
import { markOf, type MarkStyle } from './markers.js';
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

  interface Node { id?: string; title: string; style: MarkStyle | 'plain'; guidance: string[]; children: Node[] }
  const root: Node = { title: '', style: 'plain', guidance: [], children: [] };
  const levels: MarkStyle[] = [];
  const stack: Node[] = [root];
  let count = 0;
  for (; i < paragraphs.length; i++) {
    const t = paragraphs[i]!.text;
    const m = markOf(t);
    if (!m) {
      stack.at(-1)!.guidance.push(t);
      continue;
    }
    let depth = levels.indexOf(m.style);
    if (depth > stack.length - 1) depth = -1;
    if (depth < 0) {
      depth = Math.min(levels.length, stack.length - 1);
      levels.splice(depth, levels.length - depth, m.style);
    }
    stack.length = depth + 1;
    // "PHẦN I." with its title on the next line.
    let title = m.text;
    if (title === '' && i + 1 < paragraphs.length && !markOf(paragraphs[i + 1]!.text)) title = paragraphs[++i]!.text;
    const node: Node = { title: title || t, style: m.style, guidance: [], children: [] };
    stack.at(-1)!.children.push(node);
    stack.push(node);
    count++;
  }
  const ids = new Set<string>();
  const idOf = (title: string) => {
    const base = slugify(title.split(/\s+/).slice(0, 6).join(' ')).slice(0, 48).replace(/-+$/, '') || 'muc';
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    return id;
  };
  const toYaml = (n: Node): Record<string, unknown> => ({
    id: idOf(n.title), title: n.title,
    ...(n.guidance.length ? { guidance: n.guidance } : {}),
    ...(n.children.length ? { children: n.children.map(toYaml) } : {}),
  });
  const p = PERIOD.exec(planText);
  const iso = (d: string, m: string, y: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const window = p ? { from: iso(p[1]!, p[2]!, p[3]!), to: iso(p[4]!, p[5]!, p[6]!) } : fallbackWindow;
  return {
    outline: {
      kind: 'outline', version: 1, heading: 'ĐỀ CƯƠNG', subject: subject.join(' ') || 'BÁO CÁO',
      window,
      ...(levels.length ? { numbering: { levels: levels.filter((l) => l !== 'dash' && l !== 'plus') } } : {}),
      nodes: root.children.length ? root.children.map(toYaml) : [{ id: 'noi-dung', title: 'NỘI DUNG', guidance: root.guidance }],
    },
    nodes: count,
  };
}
