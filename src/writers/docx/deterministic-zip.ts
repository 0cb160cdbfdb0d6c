import { strFromU8, strToU8, zipSync, type Zippable } from 'fflate';

/**
 * docx stamps docProps/core.xml with the clock and zips with "now" as every
 * entry's time. Zip the package's parts with both taken from the document's own
 * date, so that the same input gives the same bytes on any machine, in any time zone.
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
  // A DOS zip time has no zone; build it from UTC parts so TZ cannot move it.
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
