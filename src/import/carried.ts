import { basename, posix } from 'node:path';
import { mapStrings } from '../load/map-strings.js';
import type { CarriedSource } from './read-docx.js';

/** A file to write from what a DOCX carried: its new path (beside the draft) and its data. */
export interface CarriedDraft {
  readonly path: string;
  readonly data: unknown;
  /** The kind the file says it is (plan, decision, agencies, outline, …). */
  readonly kind: string;
}

/**
 * The files a vanban DOCX carried, named as `import` names its drafts: the file that
 * was built becomes `out`, the others `<out>.agencies.yaml`, `<out>.de-cuong.yaml`,
 * `<out>.ke-hoach.yaml` beside it — and wherever one file named another, it now
 * names the new file. (vanban carries the files by name alone, cli/embedded-source.ts;
 * paths with folders, from a file written otherwise, are followed as well.)
 */
export function carriedDrafts(source: CarriedSource, out: string): CarriedDraft[] {
  const base = out.replace(/\.ya?ml$/i, '');
  const used = new Set<string>();
  const nameFor = (i: number, kind: string): string => {
    if (i === 0) return out;
    // The kind comes from the file: only names of ours, never a path it could spell.
    const suffix = Object.hasOwn(SUFFIX, kind) ? SUFFIX[kind]! : 'tep';
    let name = `${base}.${suffix}.yaml`;
    for (let n = 2; used.has(name); n++) name = `${base}.${suffix}-${n}.yaml`;
    return name;
  };
  const files = source.files.map((f, i) => {
    const kind = typeof (f.data as { kind?: unknown } | null)?.kind === 'string' ? (f.data as { kind: string }).kind : '';
    const path = nameFor(i, kind);
    used.add(path);
    return { from: posix.resolve(ROOT, f.path), path, data: f.data, kind };
  });
  // Only the file the DOCX was built from and what it names, file by file: anything else the data holds printed nothing.
  const reached = new Set<string>([files[0]?.from ?? '']);
  for (let grew = true; grew;) {
    grew = false;
    for (const f of files.filter((x) => reached.has(x.from))) {
      mapStrings(f.data, (v) => {
        const to = posix.resolve(posix.dirname(f.from), v);
        if (!reached.has(to) && files.some((x) => x.from === to)) grew = Boolean(reached.add(to));
        return v;
      });
    }
  }
  const renamed = new Map(files.map((f) => [f.from, basename(f.path)]));
  return files.filter((f) => reached.has(f.from)).map((f) => ({ path: f.path, kind: f.kind, data: mapStrings(f.data, (v) => renamed.get(posix.resolve(posix.dirname(f.from), v)) ?? v) }));
}

const SUFFIX: Readonly<Record<string, string>> = { agencies: 'agencies', outline: 'de-cuong', plan: 'ke-hoach', decision: 'quyet-dinh', report: 'bao-cao', progress: 'bao-cao-tien-do' };

/** A made-up folder deep enough that "../outlines/…" beside "../plans/…" resolve to distinct paths. */
const ROOT = '/' + Array.from({ length: 32 }, (_, i) => `d${i}`).join('/');
