/**
 * The form of every id a user writes (tasks, targets, agencies, outline nodes):
 * lower-case ASCII words joined by single hyphens. The schemas hold the same
 * pattern once, as plan.schema.json#/$defs/id; tests/unit/id-pattern.test.ts
 * keeps the two equal.
 */
export const ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

const ID = new RegExp(ID_PATTERN);

export const isId = (s: string): boolean => ID.test(s);
