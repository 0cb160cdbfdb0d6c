import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/**
 * Font subsetting by HarfBuzz's own subsetter (harfbuzz-subset.wasm, shipped in
 * the harfbuzzjs package, which wraps shaping but not this). The module has no
 * imports, so it is instantiated from its bytes and called through its C API.
 *
 * The CLI's launcher keeps WebAssembly on baseline code (--liftoff-only): else V8
 * optimises the subsetter's hot functions on background threads after the work is
 * done, and the process waits ~300 ms for them before it can exit.
 *
 * Glyph ids are kept (RETAIN_GIDS): the drawer writes original glyph ids, and
 * the PDF maps them one to one (CIDToGIDMap Identity), so nothing is renumbered.
 */
interface SubsetExports {
  readonly memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_glyph_set(input: number): number;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_FLAGS_RETAIN_GIDS = 0x2;
const HB_SUBSET_SETS_DROP_TABLE_TAG = 3;
/** Tables a PDF's CID font never reads: text is laid out already, and glyphs are addressed by id, not by cmap. */
const DROPPED_TABLES = ['GSUB', 'GPOS', 'GDEF', 'BASE', 'JSTF', 'kern', 'DSIG', 'cmap', 'hdmx', 'LTSH', 'VDMX'];

export interface Subsetter {
  /** A TrueType font keeping only `glyphIds` (and the components they are built from) at their own ids. */
  subset(font: Uint8Array, glyphIds: Iterable<number>): Uint8Array;
}

let loading: Promise<Subsetter> | undefined;

/** Compiled once a process, asynchronously: V8 compiles WebAssembly on background threads. */
export function loadSubsetter(): Promise<Subsetter> {
  loading ??= (async () => {
    const file = createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');
    const module = await WebAssembly.compile(new Uint8Array(await readFile(file)));
    const hb = (await WebAssembly.instantiate(module, {})).exports as unknown as SubsetExports;
    hb._initialize();
    return { subset: (font, glyphIds) => subsetWith(hb, font, glyphIds) };
  })();
  return loading;
}

const tagValue = (tag: string) => [...tag].reduce((v, c) => ((v << 8) | c.charCodeAt(0)) >>> 0, 0);

export class SubsetFailed extends Error {}

function subsetWith(hb: SubsetExports, font: Uint8Array, glyphIds: Iterable<number>): Uint8Array {
  const data = hb.malloc(font.byteLength);
  new Uint8Array(hb.memory.buffer).set(font, data);
  // WRITABLE without a destroy callback: the blob borrows our buffer, which is freed below.
  const blob = hb.hb_blob_create(data, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  const input = hb.hb_subset_input_create_or_fail();
  try {
    if (input === 0) throw new SubsetFailed('HarfBuzz: không tạo được đầu vào subset');
    hb.hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_RETAIN_GIDS);
    const glyphs = hb.hb_subset_input_glyph_set(input);
    for (const g of glyphIds) hb.hb_set_add(glyphs, g);
    const dropped = hb.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const t of DROPPED_TABLES) hb.hb_set_add(dropped, tagValue(t));
    const subset = hb.hb_subset_or_fail(face, input);
    if (subset === 0) throw new SubsetFailed('HarfBuzz: subset thất bại');
    const out = hb.hb_face_reference_blob(subset);
    const ptr = hb.hb_blob_get_data(out, 0);
    const length = hb.hb_blob_get_length(out);
    // Copied out before anything else runs: memory may grow and move on the next call.
    const bytes = new Uint8Array(hb.memory.buffer, ptr, length).slice();
    hb.hb_blob_destroy(out);
    hb.hb_face_destroy(subset);
    if (length === 0) throw new SubsetFailed('HarfBuzz: subset rỗng');
    return bytes;
  } finally {
    if (input !== 0) hb.hb_subset_input_destroy(input);
    hb.hb_face_destroy(face);
    hb.hb_blob_destroy(blob);
    hb.free(data);
  }
}
