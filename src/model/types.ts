/**
 * The document model: one closed tree that every writer renders. Writers never
 * see YAML, templates or schemas. Bump MODEL_VERSION when the shape changes so
 * stale golden files fail loudly.
 */
export const MODEL_VERSION = 4;

export interface TextRun {
  readonly kind: 'text';
  readonly text: string;
  readonly bold?: true;
  readonly italic?: true;
  /**
   * Words that are data, not prose: a task's assignment phrase, its deadline phrase, a
   * target's words. Printed as any other words; a DOCX names them (a character style)
   * so an editor, and a program, can tell them apart.
   */
  readonly data?: DataWords;
}

export type DataWords = 'assignment' | 'deadline' | 'target';

export type Inline = TextRun;

/** A numbered or plain body paragraph; the number is text ("a)", "2.1.", "-"). */
export interface Paragraph {
  readonly kind: 'paragraph';
  readonly number?: string;
  /** The plan node this paragraph prints (a task, item, target or step), for bookmarks, destinations and diffs. */
  readonly id?: string;
  /** Other nodes printed inside this paragraph (tasks joined with same_paragraph). */
  readonly anchors?: readonly string[];
  /** A paragraph that continues a node without being its own (a section's intro, a task's "more"): that node's id. */
  readonly partOf?: string;
  readonly inlines: readonly Inline[];
  /** Role hint for writers' named styles; body text unless said otherwise. */
  readonly style?: 'body' | 'note';
  /** Centred, with no first-line indent (a decision's "QUYẾT ĐỊNH:" and its authority line). */
  readonly align?: 'center';
}

export interface Heading {
  readonly kind: 'heading';
  /** 1 = I., 2 = 1., 3 = 1.1. / a), 4 = deeper. */
  readonly level: 1 | 2 | 3 | 4;
  readonly number?: string;
  /** Stable id of the section it opens, for bookmarks and diffs. */
  readonly id?: string;
  /** Part titles ("PHẦN I.") stand centred on their own lines. */
  readonly align?: 'center';
  readonly inlines: readonly Inline[];
}

export interface TableCell {
  readonly blocks: readonly Paragraph[];
  readonly align?: 'left' | 'center' | 'right';
  readonly bold?: true;
  readonly colSpan?: number;
}

export interface TableRow {
  readonly cells: readonly TableCell[];
  /** Repeated at the top of every page the table runs onto. */
  readonly header?: true;
  readonly cantSplit?: true;
}

export interface Table {
  readonly kind: 'table';
  /** Relative column widths; writers scale them to the text width. */
  readonly columns: readonly number[];
  readonly rows: readonly TableRow[];
}

export type Block = Paragraph | Heading | Table;

export interface DocumentHeader {
  /** Tên cơ quan chủ quản, in capitals, regular (ô 2); may be empty. */
  readonly parentBody: readonly string[];
  /** Tên cơ quan ban hành, in capitals, bold (ô 2), on the lines it prints on (text/header-lines.ts). */
  readonly issuer: readonly string[];
  /** 13, or 12 when a line the author wrote is too wide at 13 (ND30: 12–13). */
  readonly issuerPt: number;
  readonly parentBodyPt: number;
  /**
   * The right column's width when narrower than page-setup's BLOCKS.headerRightMm: the
   * left one widened so that the names print on the lines the author wrote.
   */
  readonly rightMm?: number;
  /** "Số: 22/KH-BCĐ" (ô 3). */
  readonly numberLine: string;
  /** "Ninh Bình, ngày 05 tháng 02 năm 2024" (ô 4). */
  readonly placeDate: string;
  readonly motto: { readonly nation: string; readonly slogan: string };
}

export interface TitleBlock {
  /** "KẾ HOẠCH", "BÁO CÁO" (ô 5a). */
  readonly typeName: string;
  /** Trích yếu; lines as given. */
  readonly subject: readonly string[];
}

export interface Signature {
  /** Capitalised authority and title lines (ô 7a). */
  readonly lines: readonly string[];
  /** A form's "(ký, ghi rõ họ tên)" under the title lines, in italics. */
  readonly note?: string;
  readonly name: string;
}

export interface Closing {
  /** The left column's heading: "Nơi nhận:" unless said (a form's "Xác nhận của UBND phường, xã ……"). */
  readonly heading?: string;
  /** The "- …;" lines under "Nơi nhận:", last "- Lưu: …." (ô 9b). */
  readonly recipients: readonly string[];
  readonly drafterCode?: string;
  readonly signature: Signature;
  /** Lines under the whole block, at left (a form's "Xác nhận của UBND phường, xã ……"). */
  readonly after?: readonly string[];
}

export interface Appendix {
  readonly heading: string;
  readonly title: readonly string[];
  /** "(Kèm theo Kế hoạch số …)" in italics. */
  readonly reference?: string;
  readonly body: readonly Block[];
  /** Printed across the page (a wide table); portrait when absent. */
  readonly orientation?: 'landscape';
}

export interface DocumentMeta {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  readonly language: 'vi-VN';
  /** The document's own date (YYYY-MM-DD): the only date output may carry. */
  readonly date: string;
  /**
   * The data the document was built from, for writers that carry it (DOCX, so that
   * `import` gives it back exactly). A function: only those writers pay for it.
   */
  readonly source?: () => EmbeddedSource;
}

/** The input files of a document: the one built first, then the files it names, comments left out. */
export interface EmbeddedSource {
  /** Each file's own name; where one names another, it names it by that name. */
  readonly files: ReadonlyArray<{ readonly path: string; /** The file's data as JSON (comments are not data). */ readonly json: string }>;
}

/**
 * A document: header, title, body and closing block, then its appendices. An
 * attachment built on its own (an outline without its plan) has only appendices.
 */
export interface Document {
  readonly version: typeof MODEL_VERSION;
  readonly meta: DocumentMeta;
  readonly header?: DocumentHeader;
  readonly title?: TitleBlock;
  /** "Kính gửi: …" lines (ô 9a), when a report goes to a higher body. */
  readonly addressee?: readonly string[];
  readonly body: readonly Block[];
  readonly closing?: Closing;
  readonly appendices: readonly Appendix[];
}
