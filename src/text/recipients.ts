/**
 * Nơi nhận (NĐ 30, Phụ lục I ô 9b): one recipient a line, "- " in front, ";" at the
 * end, and the archive line "- Lưu: VT, <unit>." last. Each line starts with a
 * capital, as the real documents write it: a group named mid-sentence as "các sở,
 * ban, ngành thành viên" is "- Các sở, ban, ngành thành viên;" here.
 */
export function recipientLines(recipients: readonly string[], archive: readonly string[]): string[] {
  const lines = recipients.map((r) => `- ${upperFirst(r.trim().replace(/[;.]$/, ''))};`);
  if (archive.length > 0) lines.push(`- Lưu: ${archive.join(', ')}.`);
  else if (lines.length > 0) lines[lines.length - 1] = lines[lines.length - 1]!.replace(/;$/, '.');
  return lines;
}

const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
