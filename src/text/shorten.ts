/**
 * A text cut to at most `max` characters for a message or a comment, at a
 * space so that no word is cut in half, with "…" where it was cut.
 */
export function shorten(text: string, max: number): string {
  const one = text.replace(/\s+/g, ' ').trim();
  if (one.length <= max) return one;
  const cut = one.lastIndexOf(' ', max - 1);
  // One word longer than the limit: cut it at the limit rather than show nothing.
  return `${(cut > 0 ? one.slice(0, cut) : one.slice(0, max - 1)).replace(/[\s,;:.]+$/, '')}…`;
}
