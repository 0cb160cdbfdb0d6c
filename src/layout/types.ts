/**
 * What layout produces: pages of positioned items in points, origin at the top
 * left, y at the baseline. The PDF drawer maps these to pdf-lib and nothing else.
 */
import type { FontStyle } from '../measure/text-width.js';

export type { FontStyle };

export interface TextItem {
  readonly kind: 'text';
  readonly x: number;
  /** Baseline, from the top of the page. */
  readonly y: number;
  readonly style: FontStyle;
  readonly size: number;
  /** Spaces are real spaces, so copy-paste stays right. */
  readonly text: string;
  /** Extra width after each space, for justified lines. */
  readonly spaceExtra: number;
}

/** A straight line: the short rules of the header and title, and table borders. */
export interface RuleItem {
  readonly kind: 'rule';
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly thickness: number;
}

export type PageItem = TextItem | RuleItem;

export interface Bookmark {
  readonly title: string;
  readonly level: number;
  readonly y: number;
}

/** Where a plan node's paragraph or heading starts (its first line's top): the PDF's named destination. */
export interface Anchor {
  readonly id: string;
  readonly y: number;
}

export interface Page {
  readonly items: PageItem[];
  readonly bookmarks: Bookmark[];
  readonly anchors: Anchor[];
  /** The number printed at the top, or undefined on a first page. */
  readonly label?: string;
  /** A page of another size than the document's (a landscape appendix). */
  readonly width?: number;
  readonly height?: number;
}

export interface LayoutResult {
  readonly width: number;
  readonly height: number;
  readonly pages: readonly Page[];
}
