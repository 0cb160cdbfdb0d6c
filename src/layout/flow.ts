import type { LineBox } from './paragraph.js';
import type { Anchor, Bookmark, PageItem } from './types.js';

/**
 * Stacks blocks onto pages the way LibreOffice does for our DOCX: space before
 * a block is dropped at the top of a page; headings keep with what follows;
 * a paragraph keeps at least two lines at the bottom and at the top of a page
 * (widow/orphan control); unbreakable blocks move whole.
 */
export interface ParagraphBlock {
  readonly kind: 'lines';
  readonly lines: readonly LineBox[];
  readonly spaceBefore: number;
  readonly keepWithNext?: boolean;
  readonly keepTogether?: boolean;
  readonly bookmark?: { readonly title: string; readonly level: number };
  /** Ids of the plan nodes this paragraph prints, anchored at its first line. */
  readonly anchors?: readonly string[];
}

export interface FixedBlock {
  readonly kind: 'fixed';
  readonly height: number;
  /** y relative to the block's top. */
  readonly items: readonly PageItem[];
  readonly spaceBefore: number;
  readonly keepWithNext?: boolean;
  /** A table's header row, repeated above this row when it starts a page. */
  readonly repeatHeader?: FixedBlock;
  /**
   * A block that may break at a page foot (a table row taller than a page): the
   * part that fits `room` (none when nothing fits and `force` is false) and the rest.
   */
  readonly splitAt?: (room: number, force: boolean) => readonly [FixedBlock | undefined, FixedBlock | undefined];
  /** For a block with splitAt: the least of it that may stand at a page foot. */
  readonly minHeight?: number;
}

export type FlowBlock = ParagraphBlock | FixedBlock;

export interface FlowPage {
  items: PageItem[];
  bookmarks: Bookmark[];
  anchors: Anchor[];
}

export interface FlowFrame {
  readonly top: number;
  readonly bottom: number;
}

const MIN_LINES = 2;
const EPSILON = 0.01;

const shift = (items: readonly PageItem[], dy: number): PageItem[] =>
  items.map((it) => (it.kind === 'text' ? { ...it, y: it.y + dy } : { ...it, y1: it.y1 + dy, y2: it.y2 + dy }));

function blockHeight(b: FlowBlock): number {
  return b.kind === 'fixed' ? b.height : b.lines.reduce((h, l) => h + l.height, 0);
}

/** The lines a paragraph must keep together at the foot of a page: all when short or kept together, else two. */
function minimalLines(b: FlowBlock): number {
  if (b.kind === 'fixed') return b.minHeight ?? b.height;
  const n = b.lines.length;
  const must = b.keepTogether || n <= 2 * MIN_LINES - 1 ? n : MIN_LINES;
  return b.lines.slice(0, must).reduce((h, l) => h + l.height, 0);
}

/**
 * Whether a block kept with the next can stay where it is, starting at `y`:
 * every link of its keep-with-next chain needs the first lines of the block after
 * it on the same page; a failed link moves the whole chain.
 *
 * `followerSpace` says whether that test counts the follower's own space before.
 * Measured against LibreOffice 7.4 on our DOCX (not a rule of its documentation):
 * in the first section it does; in a later section (an appendix) it does not, and
 * a follower that passes without its space but not with it then moves alone,
 * leaving the chain where it is.
 */
export type FollowerSpace = 'counted' | 'ignored';

function chainFits(blocks: readonly FlowBlock[], i: number, y: number, bottom: number, followerSpace: FollowerSpace): boolean {
  let end = y + blockHeight(blocks[i]!);
  for (let j = i + 1; j < blocks.length; j++) {
    const next = blocks[j]!;
    if (end + (followerSpace === 'counted' ? next.spaceBefore : 0) + minimalLines(next) > bottom + EPSILON) return false;
    if (end + next.spaceBefore + minimalLines(next) > bottom + EPSILON) return true;
    // A link kept with the next goes over whole with the chain, as LibreOffice moves it, split or not.
    if (!next.keepWithNext) return true;
    end += next.spaceBefore + blockHeight(next);
  }
  return true;
}

export function flow(blocks: readonly FlowBlock[], frame: FlowFrame, followerSpace: FollowerSpace = 'counted'): FlowPage[] {
  const pages: FlowPage[] = [{ items: [], bookmarks: [], anchors: [] }];
  let y = frame.top;
  let atTop = true;
  // Space before is dropped at the top of a page the text flowed onto, not before the first block.
  let first = true;
  const page = () => pages[pages.length - 1]!;
  const newPage = () => {
    pages.push({ items: [], bookmarks: [], anchors: [] });
    y = frame.top;
    atTop = true;
  };
  const room = () => frame.bottom - y;

  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    let spaceBefore = atTop && !first ? 0 : b.spaceBefore;
    first = false;
    if (!atTop && b.keepWithNext && !chainFits(blocks, i, y + spaceBefore, frame.bottom, followerSpace) && chainFits(blocks, i, frame.top, frame.bottom, followerSpace)) {
      newPage();
      spaceBefore = 0;
    }
    if (b.kind === 'fixed') {
      let block: FixedBlock | undefined = b;
      while (block) {
        if (atTop && block.repeatHeader && pages.length > 1) {
          page().items.push(...shift(block.repeatHeader.items, y));
          y += block.repeatHeader.height;
        }
        let place: FixedBlock | undefined = block;
        let rest: FixedBlock | undefined;
        if (spaceBefore + block.height > room() + EPSILON) {
          if (block.splitAt) [place, rest] = block.splitAt(room() - spaceBefore, atTop);
          else if (!atTop) [place, rest] = [undefined, block];
        }
        if (place) {
          y += spaceBefore;
          page().items.push(...shift(place.items, y));
          y += place.height;
          atTop = false;
        }
        if (rest) {
          newPage();
          spaceBefore = 0;
        }
        block = rest;
      }
      continue;
    }
    let lines = b.lines;
    if (!atTop && b.keepTogether && spaceBefore + blockHeight(b) > room() + EPSILON) {
      newPage();
      spaceBefore = 0;
    }
    y += spaceBefore;
    if (b.bookmark) page().bookmarks.push({ ...b.bookmark, y });
    while (lines.length > 0) {
      let fit = 0;
      let h = 0;
      while (fit < lines.length && h + lines[fit]!.height <= room() + EPSILON) h += lines[fit++]!.height;
      if (fit < lines.length && !atTop) {
        // Orphans: at least two lines here; widows: at least two lines over there.
        if (lines.length - fit < MIN_LINES) fit = lines.length - MIN_LINES;
        if (fit < MIN_LINES) fit = 0;
      }
      if (fit === 0 && atTop) fit = Math.max(1, fit);
      if (fit > 0 && lines.length === b.lines.length) for (const id of b.anchors ?? []) page().anchors.push({ id, y });
      for (const line of lines.slice(0, fit)) {
        page().items.push(...shift(line.items, y));
        y += line.height;
      }
      atTop = false;
      lines = lines.slice(fit);
      if (lines.length > 0) newPage();
    }
  }
  return pages;
}
