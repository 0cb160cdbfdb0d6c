import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx';
import { HEADING_RUNS, TYPE } from '../../model/page-setup.js';
import type { DataWords } from '../../model/types.js';
import { cmToTwip, lineSpacing240, ptToHalfPt, ptToTwip } from './units.js';

/**
 * Named Word styles: everything a paragraph looks like lives here, so a user can
 * restyle a whole document in Word. Headings keep Word's own ids (Heading1…) so
 * the navigation pane and PDF bookmarks see them.
 */
export const STYLE = {
  body: 'VBBody',
  heading: (level: number) => `Heading${level}`,
  headerCell: 'VBHeaderCell',
  tableCell: 'VBTableCell',
  title: 'VBTitle',
  addressee: 'VBAddressee',
  rule: 'VBRule',
  recipientsHeading: 'VBRecipientsHeading',
  recipients: 'VBRecipients',
  signature: 'VBSignature',
  pageNumber: 'Header',
} as const;

/** The character style of each kind of data words. */
export const DATA_STYLE: Record<DataWords, string> = { assignment: 'VBAssignment', deadline: 'VBDeadline', target: 'VBTarget' };
// LibreOffice, saving, makes a style's id from its name's ASCII letters: the names spell the ids.
const DATA_STYLE_NAME: Record<DataWords, string> = { assignment: 'VB Assignment', deadline: 'VB Deadline', target: 'VB Target' };

const bodySpacing = { before: ptToTwip(TYPE.spaceBetweenParagraphsPt), after: 0, line: lineSpacing240(TYPE.lineSpacing), lineRule: LineRuleType.AUTO };
const single = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO };

export function documentStyles(): IStylesOptions {
  const headingRun = ([1, 2, 3, 4] as const).map((level) => ({
    ...(HEADING_RUNS[level].bold ? { bold: true } : {}), ...(HEADING_RUNS[level].italic ? { italics: true } : {}),
  }));
  return {
    default: {
      document: { run: { font: TYPE.font, size: ptToHalfPt(TYPE.bodyPt), color: '000000' }, paragraph: { spacing: single } },
    },
    paragraphStyles: [
      {
        id: STYLE.body, name: 'VB Body', basedOn: 'Normal', next: STYLE.body, quickFormat: true,
        run: { font: TYPE.font, size: ptToHalfPt(TYPE.bodyPt) },
        paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: cmToTwip(TYPE.firstLineIndentCm) }, spacing: bodySpacing },
      },
      ...headingRun.map((run, i) => ({
        id: STYLE.heading(i + 1), name: `heading ${i + 1}`, basedOn: STYLE.body, next: STYLE.body, quickFormat: true,
        run: { font: TYPE.font, size: ptToHalfPt(TYPE.bodyPt), color: '000000', ...run },
        paragraph: {
          alignment: AlignmentType.JUSTIFIED, indent: { firstLine: cmToTwip(TYPE.firstLineIndentCm) },
          spacing: bodySpacing, keepNext: true, keepLines: true, outlineLevel: i,
        },
      })),
      {
        id: STYLE.headerCell, name: 'VB Header Cell', basedOn: 'Normal', quickFormat: true,
        run: { font: TYPE.font, size: ptToHalfPt(TYPE.headerPt) },
        paragraph: { alignment: AlignmentType.CENTER, spacing: single },
      },
      {
        id: STYLE.tableCell, name: 'VB Table Cell', basedOn: 'Normal',
        run: { font: TYPE.font, size: ptToHalfPt(TYPE.tablePt) },
        paragraph: { alignment: AlignmentType.CENTER, spacing: single },
      },
      {
        id: STYLE.title, name: 'VB Title', basedOn: 'Normal', next: STYLE.body, quickFormat: true,
        run: { font: TYPE.font, size: ptToHalfPt(TYPE.titlePt), bold: true },
        paragraph: { alignment: AlignmentType.CENTER, spacing: single, keepNext: true },
      },
      {
        id: STYLE.addressee, name: 'VB Addressee', basedOn: 'Normal', next: STYLE.body,
        run: { font: TYPE.font, size: ptToHalfPt(TYPE.bodyPt) },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: ptToTwip(6), line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE.rule, name: 'VB Rule', basedOn: 'Normal',
        run: { size: 2 },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: ptToTwip(3), after: 0, line: 40, lineRule: LineRuleType.EXACT } },
      },
      {
        id: STYLE.recipientsHeading, name: 'VB Recipients Heading', basedOn: 'Normal', next: STYLE.recipients,
        run: { font: TYPE.font, size: ptToHalfPt(TYPE.recipientsHeadingPt), bold: true, italics: true },
        paragraph: { alignment: AlignmentType.LEFT, spacing: single },
      },
      {
        id: STYLE.recipients, name: 'VB Recipients', basedOn: 'Normal',
        run: { font: TYPE.font, size: ptToHalfPt(TYPE.recipientsPt) },
        paragraph: { alignment: AlignmentType.LEFT, spacing: single },
      },
      {
        id: STYLE.signature, name: 'VB Signature', basedOn: 'Normal',
        run: { font: TYPE.font, size: ptToHalfPt(TYPE.bodyPt), bold: true },
        paragraph: { alignment: AlignmentType.CENTER, spacing: single },
      },
      {
        id: STYLE.pageNumber, name: 'header', basedOn: 'Normal',
        run: { font: TYPE.font, size: ptToHalfPt(TYPE.pageNumberPt) },
        paragraph: { alignment: AlignmentType.CENTER, spacing: single },
      },
    ],
    // Words that are data (model TextRun.data), named and not dressed: they print as the words
    // around them, and Word's Styles pane, a search by style, or a program finds them.
    characterStyles: Object.entries(DATA_STYLE).map(([data, id]) => ({ id, name: DATA_STYLE_NAME[data as DataWords], run: {} })),
  };
}
