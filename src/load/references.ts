import { nodeWorld, type World } from '../env/world.js';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * Files a YAML file names (`agencies:`, `outline:`, `plan:`) are read only from
 * inside its project, so that a plan from someone else cannot make vanban read
 * and echo /proc/self/environ, /etc/passwd or a file in another checkout.
 *
 * The project is the declared root (`--root`), else the nearest folder upwards
 * holding vanban.config.yaml or a git repository (.git), else the folder vanban
 * runs from when the file is inside it, else the folder of the file itself.
 * Links are followed before the check, so one cannot point out.
 */
const PROJECT_MARKERS = ['vanban.config.yaml', '.git'] as const;

export function projectRoot(file: string, world: World = nodeWorld): string {
  if (world.projectRoot) return resolve(world.projectRoot);
  const start = dirname(resolve(file));
  for (let dir = start; ; dir = dirname(dir)) {
    if (PROJECT_MARKERS.some((m) => world.exists(resolve(dir, m)))) return dir;
    if (dirname(dir) === dir) break;
  }
  const cwd = process.cwd();
  return inside(cwd, start) ? cwd : start;
}

export type Reference =
  | { readonly path: string }
  | { readonly outside: { readonly path: string; readonly root: string } };

/** Where `named` (as written in `owner`) points, if that is inside the owner's project. */
export function resolveReference(owner: string, named: string, world: World = nodeWorld): Reference {
  const root = projectRoot(owner, world);
  const target = resolve(dirname(owner), named);
  if (!inside(world.realpath(root), world.realpath(target))) return { outside: { path: named, root: shown(root) } };
  return { path: target };
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}

function shown(root: string): string {
  const rel = relative(process.cwd(), root);
  return rel === '' ? '.' : rel.startsWith('..') ? root : rel;
}
