import { basename, join } from 'node:path';
import { nodeWorld, PACKAGE_ROOT, type World } from '../env/world.js';

export const DEFAULT_TEMPLATES = join(PACKAGE_ROOT, 'templates');

/** Every compile of a template or partial uses these, precompiled or not, so both give the same text. */
export const COMPILE_OPTIONS = { strict: false, preventIndent: true } as const;

/** The .hbs files of a folder, by name without extension. */
export function templateFiles(dir: string, world: World = nodeWorld): Map<string, string> {
  const files = new Map<string, string>();
  for (const f of world.list(dir)) if (f.endsWith('.hbs')) files.set(basename(f, '.hbs'), join(dir, f));
  return files;
}

/**
 * FNV-1a over the UTF-16 code units: tells whether a template file is still the
 * one that was precompiled. Not a security measure, only a change detector.
 */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0') + text.length.toString(16);
}
