import type { AgencyInput, AgencyRefInput, AssignmentInput, PeriodInput, SectionAssignmentInput, ReportingInput, TargetInput } from '../load/types.js';
import { TARGET_REF } from '../load/types.js';
import { agencyPhrase, type PhraseAgency } from '../text/agency-phrase.js';
import { parseDeadline } from '../text/deadline.js';
import { DEFAULT_LEVELS, formatNumber, Numberer, styleAt, type NumberStyle } from '../text/numbering.js';
import { readPlanTree, type TreeNode } from './tree.js';
import type {
  PlanNode, PlanToResolve, ResolveOptions, ResolvedAgency, ResolvedAgencyBlock, ResolvedAssignment, ResolvedChild, ResolvedItem, ResolvedPlan, ResolvedSection,
  ResolvedStep, ResolvedTarget, ResolvedTask, TextPart,
} from './types.js';
import { walk } from './walk.js';

/** The list a node is numbered in: its depth, and the style its section sets for it, if any. */
interface ChildList {
  readonly depth: number;
  readonly style?: NumberStyle;
  /** Entries numbered so far by that style. */
  count: number;
  /** The parent's arabic ordinals ("2.1." → [2, 1]), for an arabic-path style set on a section. */
  readonly path: readonly number[];
}

/** "2.1." → [2, 1]; anything else → []. */
const arabicPath = (number: string): number[] => (/^\d+(\.\d+)*\.$/.test(number) ? number.slice(0, -1).split('.').map(Number) : []);

/**
 * checked plan → resolved plan: numbers in printed order (as a typist numbers by
 * hand, src/text/numbering.ts), agencies and phrases from the registry, deadlines,
 * {target:id} places. Reads the tree of src/plan/tree.ts, never the YAML again.
 */
export function resolvePlan(checked: PlanToResolve, options: ResolveOptions = {}): ResolvedPlan {
  const { input, agencies } = checked;
  const levels: readonly NumberStyle[] = input.numbering?.levels ?? DEFAULT_LEVELS;
  const taskStyle = input.numbering?.tasks ?? 'depth';
  const numberSingles = input.numbering?.single === 'numbered';
  const numberer = new Numberer(levels);

  const resolveAgency = agencyResolver(agencies);
  const phraseAgency = (a: ResolvedAgency): PhraseAgency => ({ name: a.printed, group: a.kind === 'group', ...(a.kind === 'external' ? { external: true } : {}) });

  const assignment = (a: SectionAssignmentInput, impliedLead?: AgencyRefInput): ResolvedAssignment => {
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
          ...(a.standing ? { standing: a.standing } : {}),
        }, options.phrases)
      : '';
    return {
      lead, support, performers, ...(implied ? { impliedLead: implied } : {}), ...(a.form ? { form: a.form } : {}),
      ...(phrase ? { phrase } : {}),
      placement: a.form === 'lead-in' ? 'before' : a.place === 'sentence' ? 'sentence' : 'after',
    };
  };

  /**
   * The number of the next entry of a list: by the document's level style at its depth,
   * or by the style its section sets for its own children (`numbering:` on the section),
   * or, for tasks, by numbering.tasks (counted among the tasks). A lone entry of its
   * kind goes unnumbered unless the plan asks.
   */
  const label = (list: ChildList, style: NumberStyle | 'depth', count: number, index: number): { number: string; numberStyle: NumberStyle } => {
    let numberStyle: NumberStyle;
    let n: string;
    if (list.style) {
      // The document's counter still moves, so what sits below restarts as it should.
      numberer.next(list.depth);
      list.count++;
      numberStyle = list.style;
      n = formatNumber(list.style, list.count, list.path);
    } else if (style === 'depth') {
      numberStyle = styleAt(levels, list.depth);
      n = numberer.next(list.depth);
    } else {
      numberStyle = style;
      n = formatNumber(style, index);
    }
    return { number: count === 1 && !numberSingles ? '' : n, numberStyle };
  };

  const textParts = (text: string, targets: readonly ResolvedTarget[]): TextPart[] => {
    const parts: TextPart[] = [];
    let at = 0;
    for (const m of text.matchAll(TARGET_REF)) {
      if (m.index > at) parts.push({ kind: 'text', text: text.slice(at, m.index) });
      const t = targets.find((x) => x.id === m[1]);
      // validate refuses a reference to nothing; should one slip through, it prints as written.
      parts.push(t ? { kind: 'target', target: t } : { kind: 'text', text: m[0] });
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


  const item = (n: TreeNode, parents: readonly string[], list: ChildList, count: number, index: number): ResolvedItem => {
    const depth = list.depth;
    const raw = n.raw as { id: string; text: string; role?: string };
    const numbering = label(list, 'depth', count, index);
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
  const tasks = (nodes: readonly TreeNode[], parents: readonly string[], list: ChildList, impliedLead?: AgencyRefInput): ResolvedTask[] => {
    const depth = list.depth;
    const paragraphs = nodes.filter((n, i) => i === 0 || n.raw.same_paragraph !== true).length;
    let paragraph = 0;
    let stepCount = new Numberer([stepStyle(taskStyle, depth)]);
    return nodes.map((n, i) => {
      const raw = n.raw as unknown as AssignmentInput & {
        id: string; text: string; more?: string[]; same_paragraph?: boolean; deadline?: string; timeframe?: PeriodInput; output?: string; derived_from?: string; source?: string;
      };
      const joinsPrevious = i > 0 && raw.same_paragraph === true;
      const numbering = joinsPrevious ? { number: '', numberStyle: 'none' as const } : label(list, taskStyle, paragraphs, ++paragraph);
      if (!joinsPrevious) stepCount = new Numberer([stepStyle(taskStyle, depth)]);
      return {
        kind: 'task', id: raw.id, path: n.path, parents, ...numbering,
        text: raw.text, more: raw.more ?? [],
        steps: stepsOf(n.children.filter((c) => c.kind === 'step'), raw.id, parents, taskStyle, depth, stepCount),
        assignment: assignment(raw, impliedLead),
        ...(raw.deadline && parseDeadline(raw.deadline) ? { deadline: parseDeadline(raw.deadline)! } : {}),
        ...(raw.timeframe ? { timeframe: raw.timeframe } : {}),
        ...(raw.output ? { output: raw.output } : {}),
        ...(raw.derived_from ? { derivedFrom: raw.derived_from } : {}),
        ...(raw.source ? { source: raw.source } : {}),
        joinsPrevious,
      };
    });
  };

  const section = (n: TreeNode, parents: readonly string[], list: ChildList): ResolvedSection => {
    const depth = list.depth;
    const raw = n.raw as { id: string; title: string; role?: string; intro?: string[]; outro?: string[]; numbering?: NumberStyle };
    const own = label(list, 'depth', 2, 0);
    const inner = [...parents, raw.id];
    const childDepth = depth + 1;
    const childList = (depthOf: number, number: string, style?: NumberStyle): ChildList => ({
      depth: depthOf, count: 0, path: arabicPath(number), ...(style ? { style } : {}),
    });
    const mine = childList(childDepth, own.number, raw.numbering);
    const of = (kind: TreeNode['kind']) => n.children.filter((c) => c.kind === kind);
    const children: ResolvedChild[] = of('section').map((c) => section(c, inner, mine));
    const items = of('item');
    items.forEach((it, i) => children.push(item(it, inner, mine, items.length, i + 1)));
    const targets = of('target');
    targets.forEach((t, i) => children.push(target(t, inner, false, label(mine, 'depth', targets.length, i + 1))));
    children.push(...tasks(of('task'), inner, mine));
    for (const b of of('agency-block')) {
      const ref = b.raw.agency as AgencyRefInput;
      const agency = resolveAgency(ref);
      const blockNumber = label(mine, 'depth', 2, 0);
      const id = `${raw.id}-${agency.id}`;
      const block: ResolvedAgencyBlock = {
        kind: 'agency-block', id, path: b.path, parents: inner, ...blockNumber,
        level: childDepth + 1, agency, children: tasks(b.children, [...inner, id], childList(childDepth + 1, blockNumber.number), ref),
      };
      children.push(block);
    }
    const whole = of('assignment')[0];
    return {
      kind: 'section', id: raw.id, path: n.path, parents, ...own, level: depth + 1,
      title: raw.title, ...(raw.role ? { role: raw.role } : {}), intro: raw.intro ?? [], outro: raw.outro ?? [], children,
      ...(whole ? { assignment: assignment(whole.raw as SectionAssignmentInput) } : {}),
    };
  };

  const tree = readPlanTree(input);
  const top: ChildList = { depth: 0, count: 0, path: [] };
  const sections = tree.sections.map((s) => section(s, [], top));
  // A sub-plan names its issuer in the province's shared list; a plan of its own marks it kind: issuer.
  const issuerEntry = input.issuing_agency ? agencies.get(input.issuing_agency) : [...agencies.values()].find((a) => a.kind === 'issuer');
  const byId = new Map<string, PlanNode>();
  const plan: ResolvedPlan = {
    path: checked.path, input, agencies, sections, byId,
    ...(issuerEntry ? { issuer: resolveAgency(issuerEntry.id) } : {}),
    recipients: input.recipients.map((r) => (typeof r === 'string' ? r : resolveAgency(r.agency).printed)),
  };
  for (const node of walk(plan)) byId.set(node.id, node);
  return plan;
}

/**
 * The registry's agencies as the plan names them, each resolved once per registry, not
 * once per plan: a province's sub-plans all name one registry, whose group of communes
 * has thousands of members, and resolving that group again for each sub-plan was a
 * twentieth of the run. A registry's agencies never change once loaded (ReadonlyMap).
 */
const resolvedRegistries = new WeakMap<ReadonlyMap<string, AgencyInput>, Map<string, ResolvedAgency>>();

function agencyResolver(agencies: ReadonlyMap<string, AgencyInput>): (ref: AgencyRefInput) => ResolvedAgency {
  const byId = resolvedRegistries.get(agencies) ?? new Map<string, ResolvedAgency>();
  resolvedRegistries.set(agencies, byId);
  let byKind: Map<string, string[]> | undefined;
  // Once per kind and per id: a province's group of communes has thousands of members.
  const ofKind = (kind: string): readonly string[] => {
    if (!byKind) {
      byKind = new Map();
      for (const x of agencies.values()) {
        if (x.kind === 'group') continue;
        const ids = byKind.get(x.kind) ?? [];
        ids.push(x.id);
        byKind.set(x.kind, ids);
      }
    }
    return byKind.get(kind) ?? [];
  };
  const resolveAgency = (ref: AgencyRefInput): ResolvedAgency => {
    const id = typeof ref === 'string' ? ref : ref.id;
    const known = byId.get(id);
    if (known) return typeof ref === 'string' ? known : { ...known, printed: ref.as };
    const a = agencies.get(id)!;
    const resolved: ResolvedAgency = {
      id, name: a.name, kind: a.kind,
      printed: a.short ?? a.name,
      // A group's members: those it lists, and every agency of the kinds it includes.
      members: [...new Set([...(a.members ?? []), ...(a.includes ?? []).flatMap(ofKind)])]
        .flatMap((m) => (agencies.has(m) && m !== id ? [resolveAgency(m)] : [])),
    };
    byId.set(id, resolved);
    return typeof ref === 'string' ? resolved : { ...resolved, printed: ref.as };
  };
  return resolveAgency;
}
