/**
 * Nơi nhận (NĐ 30, Phụ lục I ô 9b): one recipient a line, "- " in front, ";" at the
 * end, and the archive line "- Lưu: VT, <unit>." last.
 */
export function recipientLines(recipients: readonly string[], archive: readonly string[]): string[] {
  const lines = recipients.map((r) => `- ${r.replace(/[;.]$/, '')};`);
  if (archive.length > 0) lines.push(`- Lưu: ${archive.join(', ')}.`);
  else if (lines.length > 0) lines[lines.length - 1] = lines[lines.length - 1]!.replace(/;$/, '.');
  return lines;
}
