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
}

export type PhraseForm =
  /** "A chủ trì, phối hợp với B thực hiện" */
  | 'lead-with-support'
  /** "A chủ trì; B phối hợp thực hiện" */
  | 'lead-then-support'
  /** "A phối hợp với B thực hiện" — joint leads without the word "chủ trì" */
  | 'coordinate';

export type Conjunction =
  /** every list joined with ", " */
  | 'comma'
  /** "và" before the first group that follows named agencies, else before the last name */
  | 'and';

export interface PhraseInput {
  readonly lead: readonly PhraseAgency[];
  readonly support: readonly PhraseAgency[];
  /** Agencies that carry the task out together, none leading. */
  readonly performers: readonly PhraseAgency[];
  readonly form?: PhraseForm;
  readonly conjunction?: Conjunction;
  /** Words after "thực hiện", e.g. "theo chức năng, nhiệm vụ". */
  readonly suffix?: string;
}

export function joinAgencies(list: readonly PhraseAgency[], conjunction: Conjunction = 'comma'): string {
  const names = list.map((a) => a.name);
  if (conjunction === 'comma' || names.length < 2) return names.join(', ');
  const firstGroup = list.findIndex((a) => a.group);
  const split = firstGroup > 0 ? firstGroup : names.length - 1;
  return `${names.slice(0, split).join(', ')} và ${names.slice(split).join(', ')}`;
}

/** The phrase without parentheses; empty when nobody is assigned. */
export function agencyPhrase(input: PhraseInput): string {
  const join = (list: readonly PhraseAgency[]) => joinAgencies(list, input.conjunction);
  const tail = input.suffix ? `thực hiện ${input.suffix}` : 'thực hiện';
  const { lead, support, performers } = input;
  if (lead.length === 0) {
    const all = [...performers, ...support];
    return all.length === 0 ? '' : `${join(all)} ${tail}`;
  }
  if (support.length === 0 && performers.length === 0) return `${join(lead)} chủ trì ${tail}`;
  const others = [...support, ...performers];
  switch (input.form ?? 'lead-with-support') {
    case 'lead-with-support':
      return `${join(lead)} chủ trì, phối hợp với ${join(others)} ${tail}`;
    case 'lead-then-support':
      return `${join(lead)} chủ trì; ${join(others)} phối hợp ${tail}`;
    case 'coordinate':
      return `${join(lead)} phối hợp với ${join(others)} ${tail}`;
  }
}
