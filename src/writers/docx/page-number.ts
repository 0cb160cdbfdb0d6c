import { Header, Paragraph, SimpleField } from 'docx';
import { STYLE } from './styles.js';

/**
 * Page numbers centred in the top margin from page 2 (the first page's header is
 * empty). The PAGE field carries a cached value: a field without one is a known
 * cause of Word's "repair this document" prompt.
 */
export function pageNumberHeaders(): { default: Header; first: Header } {
  return {
    default: new Header({ children: [new Paragraph({ style: STYLE.pageNumber, children: [new SimpleField('PAGE', '2')] })] }),
    first: new Header({ children: [new Paragraph({ style: STYLE.pageNumber })] }),
  };
}
