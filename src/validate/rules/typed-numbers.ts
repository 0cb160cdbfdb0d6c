import type { Located } from '../plan-index.js';
import { warning, type Finding } from './finding.js';

/**
 * A number typed at the start of a text that vanban numbers itself: "- ", "a) ",
 * "(2) ", "1. ", "2.1. ", "II. ". It would print twice ("1. - Tổ chức …"); the fix
 * is to delete it, and let the list's style number the node.
 */
const TYPED = /^\s*(PHẦN\s+[IVXLC]+\.|[IVXLC]+\.|\d+(?:\.\d+)*\.|\d+\)|\(\d+\)|[a-zđ]\)|[-+–•])\s+/u;

function typedNumber(text: string): string | undefined {
  return TYPED.exec(text)?.[1];
}

export function checkTypedNumbers(texts: ReadonlyArray<Located<string>>): Finding[] {
  return texts.flatMap((t) => {
    const typed = typedNumber(t.value);
    return typed ? [warning('typed-number', t.path, { typed })] : [];
  });
}
