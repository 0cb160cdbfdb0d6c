/**
 * The agency phrase that closes a task: "(Công an tỉnh chủ trì, phối hợp với
 * Sở Giáo dục và Đào tạo, UBND các huyện, thành phố thực hiện)".
 *
 * Group names carry commas of their own ("UBND các huyện, thành phố"), so the
 * lists are joined with ", " and the only "và" is the one the plan asks for.
 */

export interface PhraseAgency {
  /** The form used in running text ("Công an tỉnh", "các sở, ngành thành viên"). */
  readonly name: string;
  /** Stands for many members (UBND các huyện, thành phố). */
  readonly group: boolean;
  /** Outside the issuer's authority (Viện kiểm sát, Hội Liên hiệp Phụ nữ): asked, not assigned — "Đề nghị …". */
  readonly external?: boolean;
}

export type PhraseForm =
  /** "A chủ trì, phối hợp với B thực hiện" */
  | 'lead-with-support'
  /** "A chủ trì; B phối hợp thực hiện" */
  | 'lead-then-support'
  /** "A phối hợp với B thực hiện" — joint leads without the word "chủ trì" */
  | 'coordinate'
  /** "Giao A chủ trì, phối hợp với B" — before the task's own words ("… tổ chức triển khai …") */
  | 'lead-in'
  /** "A là Cơ quan thường trực …, chủ trì, phối hợp với B thực hiện" */
  | 'standing';

export type Conjunction =
  /** every list joined with ", " */
  | 'comma'
  /** "và" before the first group that follows named agencies, else before the last name */
  | 'and';

/**
 * The phrase patterns, as data: a province may replace any of them (templates
 * folder, phrases.yaml) without touching code. {lead}, {others} (support then
 * performers), {all}, {standing} and {act} ("thực hiện" and the task's suffix)
 * are filled in; a key ending "-alone" is the form with nobody but the lead.
 */
export const PHRASE_KEYS = [
  'lead-alone', 'lead-with-support', 'lead-then-support', 'coordinate', 'performers',
  'lead-in', 'lead-in-alone', 'standing', 'standing-alone',
] as const;
export type PhraseKey = (typeof PHRASE_KEYS)[number];
export type PhraseTable = Readonly<Record<PhraseKey, string>>;

export const DEFAULT_PHRASES: PhraseTable = {
  'lead-alone': '{lead} chủ trì {act}',
  'lead-with-support': '{lead} chủ trì, phối hợp với {others} {act}',
  'lead-then-support': '{lead} chủ trì; {others} phối hợp {act}',
  coordinate: '{lead} phối hợp với {others} {act}',
  performers: '{all} {act}',
  'lead-in': 'Giao {lead} chủ trì, phối hợp với {others}',
  'lead-in-alone': 'Giao {lead}',
  standing: '{lead} là {standing}, chủ trì, phối hợp với {others} {act}',
  'standing-alone': '{lead} là {standing}, chủ trì {act}',
};

export interface PhraseInput {
  readonly lead: readonly PhraseAgency[];
  readonly support: readonly PhraseAgency[];
  /** Agencies that carry the task out together, none leading. */
  readonly performers: readonly PhraseAgency[];
  readonly form?: PhraseForm;
  readonly conjunction?: Conjunction;
  /** Words after "thực hiện", e.g. "theo chức năng, nhiệm vụ". */
  readonly suffix?: string;
  /** For the standing form: "Cơ quan thường trực Ban Chỉ đạo 138 tỉnh". */
  readonly standing?: string;
}

export function joinAgencies(list: readonly PhraseAgency[], conjunction: Conjunction = 'comma'): string {
  const names = list.map((a) => a.name);
  if (conjunction === 'comma' || names.length < 2) return names.join(', ');
  const firstGroup = list.findIndex((a) => a.group);
  const split = firstGroup > 0 ? firstGroup : names.length - 1;
  return `${names.slice(0, split).join(', ')} và ${names.slice(split).join(', ')}`;
}

/** The phrase without parentheses; empty when nobody is assigned. */
export function agencyPhrase(input: PhraseInput, table: PhraseTable = DEFAULT_PHRASES): string {
  const join = (list: readonly PhraseAgency[]) => joinAgencies(list, input.conjunction);
  const { lead, support, performers } = input;
  const others = [...support, ...performers];
  const fill = (key: PhraseKey) => table[key]
    .replace('{lead}', join(lead)).replace('{others}', join(others)).replace('{all}', join([...performers, ...support]))
    .replace('{standing}', input.standing ?? 'cơ quan thường trực')
    .replace('{act}', input.suffix ? `thực hiện ${input.suffix}` : 'thực hiện')
    .replace(/\s+/g, ' ').trim();
  // A body the issuer does not direct is asked: "Đề nghị Viện kiểm sát nhân dân tỉnh chủ trì …".
  const asked = (first: readonly PhraseAgency[], phrase: string) =>
    first.length > 0 && first.every((a) => a.external) ? `Đề nghị ${phrase.replace(/^Giao\s+/u, '')}` : phrase;
  if (lead.length === 0) return others.length === 0 ? '' : asked(performers.length ? performers : support, fill('performers'));
  const form = input.form ?? 'lead-with-support';
  if (others.length === 0) return asked(lead, fill(form === 'lead-in' ? 'lead-in-alone' : form === 'standing' ? 'standing-alone' : 'lead-alone'));
  return asked(lead, fill(form));
}
