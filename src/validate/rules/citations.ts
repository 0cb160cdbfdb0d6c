import { isObj } from '../../plan/tree.js';
import { error, type Finding } from './finding.js';

const CITED = ['relation', 'type'] as const;

/**
 * A basis entry is either a paragraph written out ({text}) or a cited document:
 * relation, type and date (or a year), and a number or a title ("Luật Tổ chức chính quyền
 * địa phương" is cited by name). The schema keeps one shape for both, so the
 * message can say exactly which field is missing.
 */
export function checkCitations(basis: unknown): Finding[] {
  if (!isObj(basis) || !Array.isArray(basis.documents)) return [];
  return basis.documents.flatMap((d, i): Finding[] => {
    if (!isObj(d)) return [];
    const path = ['basis', 'documents', i];
    if (d.text !== undefined) {
      const others = Object.keys(d).filter((k) => k !== 'text');
      return others.length > 0 ? [error('citation-text-mixed', [...path, others[0]!], { field: others[0]! }, 'plan')].map((f) => ({ ...f, at: 'key' as const })) : [];
    }
    // A law may be cited by its year alone ("Luật … năm 2024").
    const missing = [...CITED.filter((k) => d[k] === undefined), ...(d.date === undefined && d.year === undefined ? ['date'] : []), ...(d.number === undefined && d.title === undefined ? ['number|title'] : [])];
    return missing.length > 0 ? [error('citation-incomplete', path, { fields: missing.join(', ') })] : [];
  });
}
