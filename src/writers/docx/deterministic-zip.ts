import { strFromU8, strToU8 } from '../../text/utf8.js';
import { ZipFile } from 'yazl';

/**
 * docx stamps docProps/core.xml with the clock and zips with "now" as every
 * entry's time. Zip the package's parts with both taken from the document's own
 * date, so that the same input gives the same bytes on any machine, in any time zone.
 *
 * yazl deflates with Node's zlib: fflate's deflate, in JavaScript, cost ~30 ms of a
 * one-plan DOCX build while V8 still ran it cold (3 ms warm).
 */
export async function zipDeterministic(files: Record<string, Uint8Array>, isoDate: string): Promise<Uint8Array> {
  const stamp = `${isoDate}T00:00:00Z`;
  const core = files['docProps/core.xml'];
  if (core) {
    files['docProps/core.xml'] = strToU8(
      strFromU8(core)
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`),
    );
  }
  // docx numbers bookmarks from a counter that lives as long as the process: in a batch,
  // the second document's numbers would depend on the first. Number them by order here.
  const body = files['word/document.xml'];
  if (body) files['word/document.xml'] = strToU8(renumberBookmarks(strFromU8(body)));
  // A DOS zip time has no zone and yazl writes it from local parts: a local noon of the
  // document's date is the same digits in every zone. No Info-ZIP UTC field, which would not be.
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const mtime = new Date(y, m - 1, d, 12, 0, 0);
  const zip = new ZipFile();
  for (const name of Object.keys(files)) {
    const data = files[name]!;
    zip.addBuffer(Buffer.from(data.buffer, data.byteOffset, data.byteLength), name, { mtime, mode: 0o100644, compressionLevel: 6, forceDosTimestamp: true });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

/** w:bookmarkStart/w:bookmarkEnd ids 0, 1, 2 … in order of the starts, the ends following their starts. */
function renumberBookmarks(xml: string): string {
  const ids = new Map<string, number>();
  return xml.replace(/<w:bookmark(Start|End)\b([^>]*?) w:id="(\d+)"/g, (_, kind: string, attrs: string, id: string) => {
    if (!ids.has(id)) ids.set(id, ids.size);
    return `<w:bookmark${kind}${attrs} w:id="${ids.get(id)}"`;
  });
}
