import { crc32, deflateRawSync } from 'node:zlib';
// fflate's browser build: the same zip as its Node build, without the worker_threads
// its Node build loads on import for asynchronous work vanban never asks for.
import { Zip, type ZipInputFile } from 'fflate/browser';
import { strFromU8, strToU8 } from '../../text/utf8.js';

/**
 * docx stamps docProps/core.xml with the clock and zips with "now" as every
 * entry's time. Zip the package's parts with both taken from the document's own
 * date, so that the same input gives the same bytes on any machine, in any time zone.
 *
 * fflate writes the archive; each part is deflated by Node's zlib. fflate's own
 * deflate, in JavaScript, took ~60 ms of a one-plan DOCX build (0.13 s): a run that
 * short ends before V8 has compiled it well, while zlib is native from the start.
 * (yazl, which also uses zlib, was tried before: its streams cost 7 ms a DOCX in a
 * batch of sub-plans; these calls are synchronous.)
 */
export function zipDeterministic(files: Record<string, Uint8Array>, isoDate: string): Uint8Array {
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
  // A DOS zip time has no zone; build it from local parts so TZ cannot move it.
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const mtime = new Date(y, m - 1, d, 12, 0, 0);
  return zipDeflated(files, mtime);
}

/** The parts in the order given, deflated at zlib's default level 6; fflate writes the headers and the central directory. */
function zipDeflated(files: Record<string, Uint8Array>, mtime: Date): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure ??= err;
    else chunks.push(chunk);
  });
  // Every part deflated, even the smallest: fflate's Zip puts sizes after the data
  // (a data descriptor), which readers that stream a zip (Java's ZipInputStream) refuse for a stored part.
  for (const [name, data] of Object.entries(files)) {
    const { crc, deflated } = deflatedPart(name, data);
    const part: ZipInputFile = { filename: name, size: data.length, crc, compression: 8, mtime };
    zip.add(part);
    part.ondata!(null, deflated, true);
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}

/**
 * Each name's part as last deflated. Most parts are the same in every vanban DOCX
 * (styles, theme, headers, settings, relationships): a batch deflates them once, not
 * once a file. Only small parts are kept, so a long document's body is not held.
 */
const lastDeflated = new Map<string, { readonly data: Buffer; readonly crc: number; readonly deflated: Uint8Array }>();
const KEPT_PART_BYTES = 32 * 1024;

function deflatedPart(name: string, data: Uint8Array): { crc: number; deflated: Uint8Array } {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const last = lastDeflated.get(name);
  if (last && last.data.equals(bytes)) return last;
  const part = { crc: crc32(bytes), deflated: deflateRawSync(bytes, { level: 6 }) };
  // A copy: the caller may reuse its buffer.
  if (data.length <= KEPT_PART_BYTES) lastDeflated.set(name, { ...part, data: Buffer.from(bytes) });
  return part;
}

/** w:bookmarkStart/w:bookmarkEnd ids 0, 1, 2 … in order of the starts, the ends following their starts. */
function renumberBookmarks(xml: string): string {
  const ids = new Map<string, number>();
  return xml.replace(/<w:bookmark(Start|End)\b([^>]*?) w:id="(\d+)"/g, (_, kind: string, attrs: string, id: string) => {
    if (!ids.has(id)) ids.set(id, ids.size);
    return `<w:bookmark${kind}${attrs} w:id="${ids.get(id)}"`;
  });
}
