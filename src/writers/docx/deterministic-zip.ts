// fflate's browser build: the same synchronous zip as its Node build, without the
// worker_threads its Node build loads on import for asynchronous work vanban never asks for.
import { zipSync, type Zippable } from 'fflate/browser';
import { strFromU8, strToU8 } from '../../text/utf8.js';

/**
 * docx stamps docProps/core.xml with the clock and zips with "now" as every
 * entry's time. Zip the package's parts with both taken from the document's own
 * date, so that the same input gives the same bytes on any machine, in any time zone.
 *
 * (yazl, which deflates with Node's zlib, was tried: 15 ms faster on a cold one-plan
 * run, but its streams cost 7 ms a DOCX in a batch of sub-plans — 356 of them took
 * 16.7 s against 13.3–15.2 s with fflate.)
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
  const entries: Zippable = {};
  for (const name of Object.keys(files)) entries[name] = [files[name]!, { mtime }];
  return zipSync(entries, { level: 6 });
}

/** w:bookmarkStart/w:bookmarkEnd ids 0, 1, 2 … in order of the starts, the ends following their starts. */
function renumberBookmarks(xml: string): string {
  const ids = new Map<string, number>();
  return xml.replace(/<w:bookmark(Start|End)\b([^>]*?) w:id="(\d+)"/g, (_, kind: string, attrs: string, id: string) => {
    if (!ids.has(id)) ids.set(id, ids.size);
    return `<w:bookmark${kind}${attrs} w:id="${ids.get(id)}"`;
  });
}
