import { isIdPath } from '../../text/id.js';
import { createHash } from 'node:crypto';

/**
 * The Word bookmark that marks a plan node's paragraph. Word allows letters,
 * digits and "_" in a bookmark name, at most 40 characters, starting with a
 * letter; plan ids are lower-case words joined by "-" (never "--"), and step ids
 * ("task/1") and attached outlines ("phu-luc-1/node") join ids with "/". So "-" becomes "_" and "/" becomes "__": a name maps back to its id.
 * An id too long for Word keeps its first 31 characters and 8 hex digits of its
 * SHA-1, and one starting with a digit gets a leading "_" (a bookmark Word
 * lists as hidden).
 */
export function bookmarkName(id: string): string {
  let name = id.replace(/\//g, '__').replace(/-/g, '_');
  if (/^[0-9]/.test(name)) name = `_${name}`;
  if (name.length <= 40) return name;
  return `${name.slice(0, 31)}_${createHash('sha1').update(id).digest('hex').slice(0, 8)}`;
}

/** The id a bookmark name stands for, when the name was not shortened; undefined for others. */
export function idOfBookmark(name: string): string | undefined {
  if (name.length === 40 && /_[0-9a-f]{8}$/.test(name)) return undefined;
  const id = name.replace(/^_(?=[0-9])/, '').replace(/__/g, '/').replace(/_/g, '-');
  return isIdPath(id) && bookmarkName(id) === name ? id : undefined;
}
