import { DEFAULT_PHRASES, type PhraseForm, type PhraseKey } from '../text/agency-phrase.js';
import { parseDeadline } from '../text/deadline.js';

/**
 * The agency phrase at the end of a task, read back with the grammar vanban
 * writes it with (text/agency-phrase.ts: what vanban can write, it can read):
 * "(Công an tỉnh chủ trì, phối hợp với các sở, ngành thực hiện)".
 */
export interface ReadAssignment {
  readonly lead: readonly string[];
  readonly support: readonly string[];
  readonly performers: readonly string[];
  readonly form?: PhraseForm;
  readonly suffix?: string;
  readonly conjunction?: 'and';
  /** The deadline the phrase ends with, as the YAML writes it ("Quý II/2025", "2025-06-30", "thường xuyên"). */
  readonly deadline?: string;
  /** The task's words without the phrase. */
  readonly text: string;
}

/**
 * The deadline vanban prints at the end of the phrase ("…; hoàn thành trong Quý II/2025"),
 * as the YAML writes it, taken only when it prints back the same (text/deadline.ts).
 */
function deadlineOf(printed: string): string | undefined {
  const t = printed.trim();
  const day = /^hoàn thành trước ngày (\d{1,2})\/(\d{1,2})\/(\d{4})$/u.exec(t);
  const written = day ? `${day[3]}-${day[2]!.padStart(2, '0')}-${day[1]!.padStart(2, '0')}`
    : /^hoàn thành trong (.+)$/u.exec(t)?.[1] ?? /^thực hiện (thường xuyên|hằng (?:tháng|quý|năm))$/u.exec(t)?.[1];
  return written !== undefined && parseDeadline(written)?.phrase === t ? written : undefined;
}

/** Patterns tried from the most specific; each {slot} a named group, {act} "thực hiện" and the suffix after it. */
const ORDER: readonly PhraseKey[] = ['lead-with-support', 'lead-then-support', 'coordinate', 'lead-alone', 'performers'];

const PATTERNS = ORDER.map((key) => {
  const parts = DEFAULT_PHRASES[key].split(/(\{[a-z]+\})/).filter((x) => x !== '');
  const source = parts.map((part, i) => {
    const slot = /^\{([a-z]+)\}$/.exec(part)?.[1];
    if (slot === 'act') return '(?:thực\\s+hiện(?:\\s+(?<suffix>.+))?)?';
    if (slot) return `(?<${slot}>.+?)`;
    const literal = part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
    // The act may be missing ("Công an tỉnh chủ trì"): the space before it is optional too.
    return parts[i + 1] === '{act}' ? literal.replace(/\\s\+$/, '\\s*') : literal;
  }).join('');
  return { key, re: new RegExp(`^${source}$`, 'u') };
});

/** A closing "(…)" with "chủ trì", "phối hợp" or "thực hiện" in it, and the sentence's stop after it. */
const CLOSING = /\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*([.;]?)\s*$/u;

export function readAssignment(text: string, split: (list: string) => string[] | undefined): ReadAssignment | undefined {
  const m = CLOSING.exec(text);
  if (!m || !/chủ trì|phối hợp|thực hiện/u.test(m[1]!)) return undefined;
  let phrase = m[1]!.trim().replace(/\.$/, '');
  const words = (text.slice(0, m.index) + (m[2] ?? '')).trim();
  // "…; hoàn thành trong Quý II/2025": the deadline, then the agencies before it (or none).
  const cut = /^(?:(.*);\s*)?([^;]+)$/u.exec(phrase);
  const deadline = cut ? deadlineOf(cut[2]!) : undefined;
  if (deadline !== undefined) {
    if (cut![1] === undefined) return { lead: [], support: [], performers: [], deadline, text: words };
    phrase = cut![1].trim();
  }
  const due = deadline !== undefined ? { deadline } : {};
  for (const { key, re } of PATTERNS) {
    const g = re.exec(phrase)?.groups;
    if (!g) continue;
    const suffix = g.suffix;
    const lead = g.lead !== undefined ? split(g.lead) : [];
    const others = g.others !== undefined ? split(g.others) : [];
    const all = g.all !== undefined ? split(g.all) : [];
    if (!lead || !others || !all) return undefined;
    // "A và B thực hiện" names performers; the same words after "chủ trì" name a lead.
    if (key === 'performers' && all.length === 0) return undefined;
    const and = /\svà\s/u.test(phrase) && !all.concat(lead, others).some((n) => /\svà\s/u.test(n)) ? { conjunction: 'and' as const } : {};
    const base = { text: words, ...(suffix ? { suffix: suffix.trim() } : {}), ...and, ...due };
    switch (key) {
      case 'lead-with-support':
        return { lead, support: others, performers: [], ...base };
      case 'lead-then-support':
        return { lead, support: others, performers: [], form: 'lead-then-support', ...base };
      case 'coordinate':
        return { lead, support: others, performers: [], form: 'coordinate', ...base };
      case 'lead-alone':
        return { lead, support: [], performers: [], ...base };
      default:
        return { lead: [], support: [], performers: all, ...base };
    }
  }
  return undefined;
}
