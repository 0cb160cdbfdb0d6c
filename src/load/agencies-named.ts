import { isId } from '../text/id.js';

/**
 * Keys whose values name agencies by id, in every kind of file: assignments,
 * recipients, reporting duties (from / to / via), executors, respondents, a
 * registry entry's members and parent, a merged report's sources and missing.
 */
const AGENCY_KEYS = new Set([
  'lead', 'support', 'performers', 'agency', 'from', 'to', 'via', 'issuing_agency',
  'respondents', 'members', 'parent', 'sources', 'missing',
]);
/** Keys whose from / to are a period, never agencies, whatever is written there. */
const PERIOD_KEYS = new Set(['period', 'window']);
/** A date anywhere else (a task's timeframe) is not an agency either. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The agency ids a file names, read from its data without a registry: the one
 * definition that lint's unused-agency check, the diff's loose resolution and
 * what a document carries of its registry all use. `agencies` is a registry's
 * path at the top of a file and a list of ids deeper down (an outline node's,
 * a decision article's executors); `by_agency` is a list of blocks in a plan
 * and a map keyed by agency in a report.
 */
export function agencyIdsNamed(data: unknown): Set<string> {
  const ids = new Set<string>();
  const add = (s: string) => {
    if (isId(s) && !ISO_DATE.test(s)) ids.add(s);
  };
  const visit = (v: unknown, agencyKey: boolean, depth: number): void => {
    if (Array.isArray(v)) v.forEach((x) => visit(x, agencyKey, depth + 1));
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (agencyKey && typeof o.id === 'string') add(o.id);
      for (const [k, x] of Object.entries(o)) {
        if (PERIOD_KEYS.has(k)) continue;
        if (k === 'by_agency' && x && typeof x === 'object' && !Array.isArray(x)) Object.keys(x).forEach(add);
        visit(x, AGENCY_KEYS.has(k) || (k === 'agencies' && depth > 0), depth + 1);
      }
    } else if (typeof v === 'string' && agencyKey) add(v);
  };
  visit(data, false, 0);
  return ids;
}
