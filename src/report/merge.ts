import type { AnswerInput, ReportInput, TableAnswer } from '../load/report-types.js';
import type { AnsweringReport, CheckedOutline } from './types.js';
import { breakdownConflicts } from './statistics.js';

/**
 * The secretariat's merge of agency reports: numbers summed cell by cell, with
 * provenance (which agency gave what); narratives gathered per node under each
 * agency's name, for the secretariat to condense; the agencies that were due and
 * did not report; and conflicts to resolve by hand.
 */
export interface MergeMeta {
  readonly agency: string;
  readonly document: ReportInput['document'];
  readonly recipients?: readonly string[];
  readonly archive?: readonly string[];
  readonly signature?: ReportInput['signature'];
  readonly plan?: string;
  readonly targets?: ReportInput['targets'];
}

/** "bieu-dieu-tra.vu-khoi-to.2023" → { "cong-an-tinh": 3, … } */
export type Provenance = Record<string, Record<string, number>>;

export interface MergeResult {
  readonly report: ReportInput;
  readonly provenance: Provenance;
  readonly conflicts: readonly string[];
  readonly missing: readonly string[];
}

export function mergeReports(reports: readonly AnsweringReport[], meta: MergeMeta, outline: CheckedOutline, outlinePath: string): MergeResult {
  const index = outline.resolved;
  const years = index.input.years ?? [];
  const nameOf = (id: string) => outline.agencies.get(id)?.short ?? outline.agencies.get(id)?.name ?? id;
  const provenance: Provenance = {};
  const conflicts: string[] = [];
  const answers: Record<string, { by_agency?: Record<string, string>; tables?: Record<string, Record<string, Record<string, number | null>>>; lists?: Record<string, Array<Array<string | number | null>>> }> = {};
  const seenCases = new Map<string, string>();

  for (const { id } of index.order) {
    for (const r of reports) {
      const a: AnswerInput | undefined = r.input.answers[id];
      if (!a) continue;
      const merged = (answers[id] ??= {});
      const text = (a.text ?? '').trim();
      if (text) (merged.by_agency ??= {})[r.input.agency] = text;
      for (const [by, t] of Object.entries(a.by_agency ?? {})) (merged.by_agency ??= {})[by] = t;
      for (const [tableId, table] of Object.entries(a.tables ?? {})) {
        const target = ((merged.tables ??= {})[tableId] ??= {});
        for (const [metric, values] of Object.entries(table)) {
          const row = (target[metric] ??= {});
          for (const [period, value] of Object.entries(values)) {
            if (typeof value !== 'number') {
              row[period] ??= null;
              continue;
            }
            row[period] = (row[period] ?? 0) + value;
            (provenance[`${tableId}.${metric}.${period}`] ??= {})[r.input.agency] = value;
          }
        }
      }
      for (const [listId, rows] of Object.entries(a.lists ?? {})) {
        const list = index.lists.get(listId)?.list;
        const keyColumn = list?.columns.findIndex((c) => /^Số/.test(c)) ?? -1;
        for (const row of rows) {
          const key = `${listId}:${keyColumn >= 0 ? String(row[keyColumn] ?? '') : JSON.stringify(row)}`;
          const first = seenCases.get(key);
          if (first && first !== r.input.agency) {
            conflicts.push(`${listId}: vụ việc "${String(row[keyColumn >= 0 ? keyColumn : 0])}" được cả ${nameOf(first)} và ${nameOf(r.input.agency)} báo cáo — kiểm tra trùng lặp trước khi cộng số liệu`);
          } else {
            seenCases.set(key, r.input.agency);
            ((merged.lists ??= {})[listId] ??= []).push([...row]);
          }
        }
      }
    }
  }
  for (const [tableId, { table, node }] of index.tables) {
    const merged = answers[node]?.tables?.[tableId] as TableAnswer | undefined;
    for (const c of breakdownConflicts(table, merged, years)) conflicts.push(`Số liệu chi tiết không khớp tổng: ${c}`);
  }
  const reported = new Set(reports.map((r) => r.input.agency));
  const missing = (index.input.respondents ?? []).filter((a) => !reported.has(a));
  const report: ReportInput = {
    kind: 'report',
    outline: outlinePath,
    ...(meta.plan ? { plan: meta.plan } : {}),
    agency: meta.agency,
    sources: reports.map((r) => r.input.agency),
    missing,
    document: meta.document,
    answers,
    ...(meta.targets ? { targets: meta.targets } : {}),
    provenance,
    conflicts,
    ...(meta.recipients ? { recipients: meta.recipients } : {}),
    ...(meta.archive ? { archive: meta.archive } : {}),
    ...(meta.signature ? { signature: meta.signature } : {}),
  };
  return { report, provenance, conflicts, missing };
}

/** `--explain CELL`: who gave what for one summed cell. */
export function explainCell(provenance: Provenance, cell: string, nameOf: (id: string) => string): string | undefined {
  const p = provenance[cell];
  if (!p) return undefined;
  const total = Object.values(p).reduce((a, b) => a + b, 0);
  return `${cell} = ${total}: ${Object.entries(p).map(([a, v]) => `${nameOf(a)} ${v}`).join(', ')}`;
}
