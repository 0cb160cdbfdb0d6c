import { createHash } from 'node:crypto';
import { strFromU8, strToU8 } from '../../text/utf8.js';
import type { EmbeddedSource } from '../../model/types.js';

/**
 * The data a DOCX was built from travels inside it as a Custom XML part — the
 * place Office keeps a document's data, and keeps through Word's own saves — so
 * that `vanban import` gives back exactly the plan (ids, targets, steps, cited
 * documents, numbering) rather than what can be read again from its words.
 *
 * With the data goes a fingerprint of the body's words: an import compares it with
 * the words the file holds when it is read, and takes the data only when nobody
 * has edited them since; an edited file is read from its text.
 */
export const SOURCE_NAMESPACE = 'urn:vanban:source:1';
const SOURCE_PART = 'customXml/item1.xml';
const PROPS_PART = 'customXml/itemProps1.xml';

/**
 * The words of word/document.xml, spaces left out: what an edit in Word changes and a re-save does not.
 * A no-break hyphen counts as "-", written as Word's element or, as another editor may save it, as U+2011.
 */
export function bodyFingerprint(documentXml: string): string {
  let text = '';
  for (const m of documentXml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:noBreakHyphen\/>/g)) text += m[1] ?? '-';
  const words = unescapeXml(text).normalize('NFC').replace(/\s+/g, '').replaceAll('\u2011', '-');
  return createHash('sha256').update(words).digest('hex');
}

/** Adds the source part, its properties and the relationships that make Word keep them. */
export function addSourcePart(parts: Record<string, Uint8Array>, source: EmbeddedSource): void {
  const body = parts['word/document.xml'];
  const rels = parts['word/_rels/document.xml.rels'];
  const types = parts['[Content_Types].xml'];
  if (!body || !rels || !types) return;
  const files = source.files.map((f) => `<vb:file path="${escapeXml(f.path)}">${escapeXml(f.json)}</vb:file>`).join('');
  parts[SOURCE_PART] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<vb:source xmlns:vb="${SOURCE_NAMESPACE}" fingerprint="${bodyFingerprint(strFromU8(body))}">${files}</vb:source>`,
  );
  // The item id only has to be unique within the file; a fixed one keeps the output byte-identical.
  parts[PROPS_PART] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{6E9D3A2B-0C4F-4B7A-9D1E-7661E6B41A30}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
      + `<ds:schemaRefs><ds:schemaRef ds:uri="${SOURCE_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  parts['customXml/_rels/item1.xml.rels'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
      + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/></Relationships>',
  );
  parts['word/_rels/document.xml.rels'] = strToU8(strFromU8(rels).replace('</Relationships>',
    '<Relationship Id="rIdVanbanSource" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/></Relationships>'));
  parts['[Content_Types].xml'] = strToU8(strFromU8(types).replace('</Types>',
    `<Override ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml" PartName="/${PROPS_PART}"/></Types>`));
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'" : e === 'amp' ? '&'
      : String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))));
}
