/** The tests measure words as `vanban import` does when it checks itself: one function for both. */
import { wordShare, words } from '../../src/text/word-share.js';

export { words };

export function matchedShare(reference: readonly string[], ours: readonly string[]): { share: number; missing: string[] } {
  return wordShare(reference, ours, 60_000);
}
