/**
 * ASCII kebab-case slugs of Vietnamese names: "Sở Tư pháp" → "so-tu-phap".
 * Ids stay readable in a diff and safe in file names and URLs.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Small words a ký hiệu leaves out: "Sở Lao động - Thương binh và Xã hội" → "SLĐTBXH". */
const LINKING_WORDS = new Set(['và', 'của', 'với']);

/**
 * Initials of an agency's name for a ký hiệu, Đ kept as ND30 ký hiệu write it:
 * "Công an tỉnh" → "CAT", "Ban Chỉ đạo" → "BCĐ"; the agency checks it against its register.
 */
export const initialsOf = (name: string): string =>
  name
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !LINKING_WORDS.has(w.toLocaleLowerCase('vi')))
    .map((w) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC')[0]!.toLocaleUpperCase('vi'))
    .join('');
