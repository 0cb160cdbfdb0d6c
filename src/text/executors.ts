/**
 * The article that names who carries a decision out (điều thi hành): "Chánh Văn
 * phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Tư pháp, Y tế; Chủ tịch Ủy ban
 * nhân dân các huyện chịu trách nhiệm thi hành Quyết định này." Agencies of one
 * head that share their first word ("Sở") are named once with it, as offices write.
 */

export type ExecutorGroup = string | { readonly title: string; readonly agencies: readonly string[] };

const DEFAULT_EXECUTORS_END = 'chịu trách nhiệm thi hành Quyết định này';

export function executorGroup(g: ExecutorGroup): string {
  if (typeof g === 'string') return g;
  const names = g.agencies;
  const first = names[0]?.split(' ')[0];
  const shared = names.length > 1 && first !== undefined && names.every((n) => n.split(' ')[0] === first && n.length > first.length);
  if (shared) return `${g.title} các ${first}: ${names.map((n) => n.slice(first.length + 1)).join(', ')}`;
  return `${g.title} ${names.join(', ')}`;
}

/** The whole sentence, without its end mark. Groups that list with a colon are set apart by ";". */
export function executorsSentence(groups: readonly ExecutorGroup[], end: string = DEFAULT_EXECUTORS_END): string {
  const parts = groups.map(executorGroup);
  const separator = parts.some((p) => p.includes(':')) ? '; ' : ', ';
  return `${parts.join(separator)} ${end}.`;
}
