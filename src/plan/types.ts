import type { JsonPath } from '../load/source-file.js';
import type { AgencyInput, AgencyKind, PeriodInput, PlanInput, TargetInput } from '../load/types.js';
import type { PhraseForm, PhraseTable } from '../text/agency-phrase.js';
import type { NumberStyle } from '../text/numbering.js';

/**
 * The plan resolved once: every node with its id, computed number and the list
 * style that produced it, its assignment resolved against the registry, its
 * deadline, its place in the tree. Templates, the report scaffold, sub-plans and
 * diffs read this and nothing else of the plan's body.
 */

export interface ResolvedAgency {
  readonly id: string;
  readonly name: string;
  readonly kind: AgencyKind;
  /** The words the text uses: the reference's `as`, else the registry's short name, else its name. */
  readonly printed: string;
  /** For a group ("UBND các huyện, thành phố"): the registry's members, resolved; empty otherwise. */
  readonly members: readonly ResolvedAgency[];
}

export interface ResolvedAssignment {
  readonly lead: readonly ResolvedAgency[];
  readonly support: readonly ResolvedAgency[];
  readonly performers: readonly ResolvedAgency[];
  /** The lead the task's per-agency block names (seed 002, section V), made explicit; it is also lead[0]. */
  readonly impliedLead?: ResolvedAgency;
  readonly form?: PhraseForm;
  /** The phrase as printed, without parentheses ("Công an tỉnh chủ trì, phối hợp với … thực hiện"); absent when none is printed. */
  readonly phrase?: string;
  /** Where it prints: in parentheses after the text, before the text (lead-in: "Giao A …"), or as a sentence of its own. */
  readonly placement: 'after' | 'before' | 'sentence';
}

/** A task's time limit: a day, a month, a quarter … or "thường xuyên" (src/text/deadline.ts). */
export type { Deadline } from '../text/deadline.js';
import type { Deadline } from '../text/deadline.js';

/** Text with its {target:id} places resolved: plain runs and the targets they name. */
export type TextPart = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'target'; readonly target: ResolvedTarget };

interface NodeBase {
  /** The id as written; steps get "<parent id>/<n>" (1-based). */
  readonly id: string;
  /** Where the node is written in the YAML. */
  readonly path: JsonPath;
  /** Ids of the enclosing nodes, outermost first. */
  readonly parents: readonly string[];
  /** The printed number ("II.", "2.1.", "a)", "-") or "" when the node is unnumbered. */
  readonly number: string;
  /** The style that produced the number. */
  readonly numberStyle: NumberStyle;
}

export interface ResolvedSection extends NodeBase {
  readonly kind: 'section';
  /** 1 for a top section. */
  readonly level: number;
  readonly title: string;
  readonly role?: string;
  readonly intro: readonly string[];
  readonly outro: readonly string[];
  readonly children: readonly ResolvedChild[];
  /** An assignment for the whole section, printed after its entries. */
  readonly assignment?: ResolvedAssignment;
}

/** One agency's block of a "phân công" section: a heading with the agency's name, then its tasks. */
export interface ResolvedAgencyBlock extends NodeBase {
  readonly kind: 'agency-block';
  readonly level: number;
  readonly agency: ResolvedAgency;
  readonly children: readonly ResolvedTask[];
}

export interface ResolvedItem extends NodeBase {
  readonly kind: 'item';
  readonly text: readonly TextPart[];
  readonly role?: string;
  readonly targets: readonly ResolvedTarget[];
  readonly steps: readonly ResolvedStep[];
  /** Reporting duties the item sets (chế độ báo cáo): who reports to whom, how often. */
  readonly reporting: readonly ResolvedReporting[];
}

export interface ResolvedReporting {
  readonly from: readonly ResolvedAgency[];
  readonly to: ResolvedAgency;
  readonly via?: ResolvedAgency;
  readonly schedule: ReadonlyArray<{ readonly every: string; readonly due?: string }>;
}

export interface ResolvedTarget extends NodeBase {
  readonly kind: 'target';
  readonly text: string;
  readonly input: TargetInput;
  /** Placed inside an item's text rather than listed on its own. */
  readonly placed: boolean;
}

export interface ResolvedTask extends NodeBase {
  readonly kind: 'task';
  readonly text: string;
  readonly more: readonly string[];
  readonly steps: readonly ResolvedStep[];
  readonly assignment: ResolvedAssignment;
  readonly deadline?: Deadline;
  readonly timeframe?: PeriodInput;
  readonly output?: string;
  /** In a sub-plan: the parent plan's task this one carries out. */
  readonly derivedFrom?: string;
  /** "mục II.1 Kế hoạch số 22/KH-BCĐ", printed last in the task's parentheses. */
  readonly source?: string;
  /** Printed in the paragraph of the task before it (same_paragraph); its number is "". */
  readonly joinsPrevious: boolean;
}

export interface ResolvedStep extends NodeBase {
  readonly kind: 'step';
  /** As written. */
  readonly text: string;
  /** With {target:id} places resolved against the item's targets. */
  readonly parts: readonly TextPart[];
}

export type ResolvedChild = ResolvedSection | ResolvedAgencyBlock | ResolvedItem | ResolvedTarget | ResolvedTask;
export type PlanNode = ResolvedChild | ResolvedStep;

/** What resolution needs: a plan that passed the checks (validate/check-plan.ts: CheckedPlan) and its registry. */
export interface ResolveOptions {
  /** The phrase patterns (text/agency-phrase.ts: DEFAULT_PHRASES, or a province's phrases.yaml). */
  readonly phrases?: PhraseTable;
}

export interface PlanToResolve {
  readonly path: string;
  readonly input: PlanInput;
  readonly agencies: ReadonlyMap<string, AgencyInput>;
}

export interface ResolvedPlan {
  readonly path: string;
  /** Document-level fields (header, basis, recipients, signature) as written. */
  readonly input: PlanInput;
  readonly agencies: ReadonlyMap<string, AgencyInput>;
  readonly issuer?: ResolvedAgency;
  readonly sections: readonly ResolvedSection[];
  /** Nơi nhận, with registry agencies resolved to their printed names. */
  readonly recipients: readonly string[];
  /** Every node by id. */
  readonly byId: ReadonlyMap<string, PlanNode>;
}
