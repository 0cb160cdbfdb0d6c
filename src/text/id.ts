/**
 * The form of every id a user writes (tasks, targets, agencies, outline nodes):
 * lower-case ASCII words joined by single hyphens. The schemas hold the same
 * pattern once, as plan.schema.json#/$defs/id; tests/unit/id-pattern.test.ts
 * keeps the two equal.
 */
const ID_BODY = '[a-z0-9]+(-[a-z0-9]+)*';
export const ID_PATTERN = `^${ID_BODY}$`;

const ID = new RegExp(ID_PATTERN);
/** A node's id with the ids of the namespaces above it ("phu-luc-1/ket-qua"), as bookmarks carry it. */
const ID_PATH = new RegExp(`^${ID_BODY}(/${ID_BODY})*$`);

export const isId = (s: string): boolean => ID.test(s);
export const isIdPath = (s: string): boolean => ID_PATH.test(s);
