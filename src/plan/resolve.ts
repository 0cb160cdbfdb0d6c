import type { AgencyRefInput, AssignmentInput, PeriodInput, ReportingInput, TargetInput } from '../load/types.js';
import { TARGET_REF } from '../load/types.js';
import { agencyPhrase, type PhraseAgency } from '../text/agency-phrase.js';
import { parseIsoDate, shortDate } from '../text/dates.js';
import { DEFAULT_LEVELS, formatNumber, Numberer, styleAt, type NumberStyle } from '../text/numbering.js';
import { readPlanTree, type TreeNode } from './tree.js';
import type {
  PlanNode, PlanToResolve, ResolvedAgency, ResolvedAgencyBlock, ResolvedAssignment, ResolvedChild, ResolvedItem, ResolvedPlan, ResolvedSection,
  ResolvedStep, ResolvedTarget, ResolvedTask, TextPart,
} from './types.js';
import { walk } from './walk.js';

/**
 * checked plan → resolved plan: numbers in printed order (as a typist numbers by
 * hand, src/text/numbering.ts), agencies and phrases from the registry, deadlines,
 * {target:id} places. Reads the tree of src/plan/tree.ts, never the YAML again.
 */
export function resolvePlan(checked: PlanToResolve): ResolvedPlan {
  const { input, agencies } = checked;
  const levels: readonly NumberStyle[] = input.numbering?.levels ?? DEFAULT_LEVELS;
  const taskStyle = input.numbering?.tasks ?? 'depth';
  const numberSingles = input.numbering?.single === 'numbered';
  const numberer = new Numberer(levels);

  const resolveAgency = (ref: AgencyRefInput): ResolvedAgency => {
    const id = typeof ref === 'string' ? ref : ref.id;
    const a = agencies.get(id)!;
    return {
      id, name: a.name, kind: a.kind,
      printed: typeof ref === 'string' ? (a.short ?? a.name) : ref.as,
      members: (a.members ?? []).flatMap((m) => (agencies.has(m) ? [resolveAgency(m)] : [])),
    };
  };
  const phraseAgency = (a: ResolvedAgency): PhraseAgency => ({ name: a.printed, group: a.kind === 'group' });

  const assignment = (a: AssignmentInput, impliedLead?: AgencyRefInput): ResolvedAssignment => {
    const implied = impliedLead ? resolveAgency(impliedLead) : undefined;
    const lead = [...(implied ? [implied] : []), ...(a.lead ?? []).map(resolveAgency)];
    const support = (a.support ?? []).map(resolveAgency);
    const performers = (a.performers ?? []).map(resolveAgency);
    // In a per-agency block the heading already names the lead; the phrase appears only when
    // the task names others too (seed 002's section V prints none).
    const printsPhrase = !implied || a.support?.length || a.performers?.length || a.lead?.length;
    const phrase = printsPhrase
      ? agencyPhrase({
          lead: lead.map(phraseAgency), support: support.map(phraseAgency), performers: performers.map(phraseAgency),
          ...(a.form ? { form: a.form } : {}), ...(a.conjunction ? { conjunction: a.conjunction } : {}), ...(a.suffix ? { suffix: a.suffix } : {}),
        })
      : '';
    return {
      lead, support, performers, ...(implied ? { impliedLead: implied } : {}), ...(a.form ? { form: a.form } : {}),
      ...(phrase ? { phrase } : {}),
    };
  };

  /** The i-th of n entries at a depth; a lone entry goes unnumbered unless the plan asks. */
  const label = (style: NumberStyle | 'depth', depth: number, count: number): { number: string; numberStyle: NumberStyle } => {
    const numberStyle = style === 'depth' ? styleAt(levels, depth) : style;
    const n = style === 'depth' ? numberer.next(depth) : formatNumber(style, 1);
    return { number: count === 1 && !numberSingles ? '' : n, numberStyle };
  };

  const textParts = (text: string, targets: readonly ResolvedTarget[]): TextPart[] => {
    const parts: TextPart[] = [];
    let at = 0;
    for (const m of text.matchAll(TARGET_REF)) {
      if (m.index > at) parts.push({ kind: 'text', text: text.slice(at, m.index) });
      const t = targets.find((x) => x.id === m[1]);
      if (t) parts.push({ kind: 'target', target: t });
      at = m.index + m[0].length;
    }
    if (at < text.length) parts.push({ kind: 'text', text: text.slice(at) });
    return parts;
  };

  /** Steps are numbered in the style below their parent's; steps of joined tasks continue one count (`local`). */
  const stepStyle = (parentStyle: NumberStyle | 'depth', depth: number): NumberStyle => (parentStyle === 'dash' ? 'plus' : styleAt(levels, depth + 1));
  const stepsOf = (
    nodes: readonly TreeNode[], parentId: string, parents: readonly string[], parentStyle: NumberStyle | 'depth', depth: number,
    local = new Numberer([stepStyle(parentStyle, depth)]),
    targets: readonly ResolvedTarget[] = [],
  ): ResolvedStep[] => {
    const style = stepStyle(parentStyle, depth);
    return nodes.map((n, i) => ({
      kind: 'step', id: `${parentId}/${i + 1}`, path: n.path, parents: [...parents, parentId],
      number: local.next(0), numberStyle: style, text: n.raw.text as string, parts: textParts(n.raw.text as string, targets),
    }));
  };

  const target = (n: TreeNode, parents: readonly string[], placed: boolean, numbering: { number: string; numberStyle: NumberStyle }): ResolvedTarget => {
    const t = n.raw as unknown as TargetInput;
    return { kind: 'target', id: t.id, path: n.path, parents, ...numbering, text: t.text, input: t, placed };
  };


  const item = (n: TreeNode, parents: readonly string[], depth: number, count: number): ResolvedItem => {
    const raw = n.raw as { id: string; text: string; role?: string };
    const numbering = label('depth', depth, count);
    const inner = [...parents, raw.id];
    const targets = n.children.filter((c) => c.kind === 'target').map((c) => target(c, inner, true, { number: '', numberStyle: 'none' }));
    return {
      kind: 'item', id: raw.id, path: n.path, parents, ...numbering,
      text: textParts(raw.text, targets), ...(raw.role ? { role: raw.role } : {}), targets,
      steps: stepsOf(n.children.filter((c) => c.kind === 'step'), raw.id, parents, 'depth', depth, undefined, targets),
      reporting: n.children.filter((c) => c.kind === 'reporting').map((c) => {
        const r = c.raw as unknown as ReportingInput;
        return { from: r.from.map(resolveAgency), to: resolveAgency(r.to), ...(r.via ? { via: resolveAgency(r.via) } : {}), schedule: r.schedule };
      }),
    };
  };

  /** Tasks marked same_paragraph join the paragraph before them: one number a paragraph. */
  const tasks = (nodes: readonly TreeNode[], parents: readonly string[], depth: number, impliedLead?: AgencyRefInput): ResolvedTask[] => {
    const paragraphs = nodes.filter((n, i) => i === 0 || n.raw.same_paragraph !== true).length;
    let stepCount = new Numberer([stepStyle(taskStyle, depth)]);
    return nodes.map((n, i) => {
      const raw = n.raw as unknown as AssignmentInput & { id: string; text: string; more?: string[]; same_paragraph?: boolean; deadline?: string; timeframe?: PeriodInput; output?: string };
      const joinsPrevious = i > 0 && raw.same_paragraph === true;
      const numbering = joinsPrevious ? { number: '', numberStyle: 'none' as const } : label(taskStyle, depth, paragraphs);
      if (!joinsPrevious) stepCount = new Numberer([stepStyle(taskStyle, depth)]);
      return {
        kind: 'task', id: raw.id, path: n.path, parents, ...numbering,
        text: raw.text, more: raw.more ?? [],
        steps: stepsOf(n.children.filter((c) => c.kind === 'step'), raw.id, parents, taskStyle, depth, stepCount),
        assignment: assignment(raw, impliedLead),
        ...(raw.deadline ? { deadline: { iso: raw.deadline, printed: shortDate(parseIsoDate(raw.deadline)!) } } : {}),
        ...(raw.timeframe ? { timeframe: raw.timeframe } : {}),
        ...(raw.output ? { output: raw.output } : {}),
        joinsPrevious,
      };
    });
  };

  const section = (n: TreeNode, parents: readonly string[], depth: number): ResolvedSection => {
    const raw = n.raw as { id: string; title: string; role?: string; intro?: string[]; outro?: string[] };
    const number = numberer.next(depth);
    const inner = [...parents, raw.id];
    const childDepth = depth + 1;
    const of = (kind: TreeNode['kind']) => n.children.filter((c) => c.kind === kind);
    const children: ResolvedChild[] = of('section').map((c) => section(c, inner, childDepth));
    const items = of('item');
    for (const it of items) children.push(item(it, inner, childDepth, items.length));
    const targets = of('target');
    for (const t of targets) children.push(target(t, inner, false, label('depth', childDepth, targets.length)));
    children.push(...tasks(of('task'), inner, childDepth));
    for (const b of of('agency-block')) {
      const ref = b.raw.agency as AgencyRefInput;
      const agency = resolveAgency(ref);
      const blockNumber = numberer.next(childDepth);
      const id = `${raw.id}-${agency.id}`;
      const block: ResolvedAgencyBlock = {
        kind: 'agency-block', id, path: b.path, parents: inner, number: blockNumber, numberStyle: styleAt(levels, childDepth),
        level: childDepth + 1, agency, children: tasks(b.children, [...inner, id], childDepth + 1, ref),
      };
      children.push(block);
    }
    const whole = of('assignment')[0];
    return {
      kind: 'section', id: raw.id, path: n.path, parents, number, numberStyle: styleAt(levels, depth), level: depth + 1,
      title: raw.title, ...(raw.role ? { role: raw.role } : {}), intro: raw.intro ?? [], outro: raw.outro ?? [], children,
      ...(whole ? { assignment: assignment(whole.raw as AssignmentInput) } : {}),
    };
  };

  const tree = readPlanTree(input);
  const sections = tree.sections.map((s) => section(s, [], 0));
  const issuerEntry = [...agencies.values()].find((a) => a.kind === 'issuer');
  const byId = new Map<string, PlanNode>();
  const plan: ResolvedPlan = {
    path: checked.path, input, agencies, sections, byId,
    ...(issuerEntry ? { issuer: resolveAgency(issuerEntry.id) } : {}),
    recipients: input.recipients.map((r) => (typeof r === 'string' ? r : resolveAgency(r.agency).printed)),
  };
  for (const node of walk(plan)) byId.set(node.id, node);
  return plan;
}

