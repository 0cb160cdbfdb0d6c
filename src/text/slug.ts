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

export const ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

/** Initials of an agency's name for a ký hiệu: "Công an tỉnh" → "CAT", "Sở Tư pháp" → "STP"; the agency checks it against its register. */
export const initialsOf = (name: string): string => slugify(name).split('-').map((w) => w[0]!.toUpperCase()).join('');
