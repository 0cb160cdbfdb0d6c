import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve as resolvePath, sep } from 'node:path';
import { parseQuiet } from '../load/quiet-parse.js';
import { terminalSafe } from '../diagnostics/terminal-safe.js';
import { LIMITS } from '../env/limits.js';
import { readRegularFile } from '../env/world.js';
import type { AgencyInput, PlanInput } from '../load/types.js';
import type { ResolvedPlan } from '../plan/types.js';
import { diffDecisions, diffPlans } from './plan-diff.js';
import { quoteGitPath } from './quote-path.js';
import { renderText } from './render.js';
import { resolveLoosely, type PlanResolver } from './textconv.js';

/**
 * git's external diff driver (diff.<driver>.command): git passes
 *   path old-file old-hex old-mode new-file new-hex new-mode [new-path similarity]
 * with /dev/null for the side that does not exist. The old side is a bare copy
 * of a blob, so agencies come from the registry the plan names in the work tree,
 * and an id it does not know is shown as itself. Whatever happens, something is
 * printed and the driver exits 0: git stops the whole diff otherwise.
 * Everything here comes from a commit someone else may have made: names are
 * quoted as git quotes them, files are read only when regular and bounded, and
 * the registry a plan names only inside the work tree git runs the driver in.
 */
export function gitDriverOutput(args: readonly string[], color: boolean, resolve: PlanResolver): string {
  const [path, oldFile, , , newFile, , , newPath] = args;
  if (!path || !oldFile || !newFile) return `vanban diff --git-driver: git gave ${args.length} arguments, not 7 or 9\n`;
  const shown = newPath && newPath !== path ? `${quoteGitPath(path)} → ${quoteGitPath(newPath)}` : quoteGitPath(path);
  const header = `vanban diff ${quoteGitPath(`a/${path}`)} ${quoteGitPath(`b/${newPath ?? path}`)}\n`;
  if (oldFile === '/dev/null') return `${header}+ Tệp mới: ${shown}\n`;
  if (newFile === '/dev/null') return `${header}- Tệp bị xóa: ${shown}\n`;
  const read = (f: string) => new TextDecoder().decode(readRegularFile(f, LIMITS.fileBytes));
  let before: unknown;
  let after: unknown;
  try {
    before = parseQuiet(read(oldFile));
    after = parseQuiet(read(newFile));
  } catch (err) {
    return `${header}(không đọc được YAML: ${terminalSafe((err as Error).message.split('\n')[0] ?? '')})\n`;
  }
  const kind = (d: unknown) => (d && typeof d === 'object' ? (d as { kind?: unknown }).kind : undefined);
  const notPlan = `${header}(không phải kế hoạch: xem git diff --no-ext-diff)\n`;
  // Whatever shape a blob has, the driver answers and exits 0.
  try {
    if (kind(before) === 'agencies' && kind(after) === 'agencies') return header + terminalSafe(registryChanges(before as Registry, after as Registry));
    // A decision's own fields; the plan it attaches is a file of its own in the same diff.
    if (kind(before) === 'decision' && kind(after) === 'decision') return header + renderText(diffDecisions({ input: before }, { input: after }), color);
    if (kind(before) !== 'plan' || kind(after) !== 'plan') return notPlan;
    const changes = diffPlans(loose(before as PlanInput, path, resolve), loose(after as PlanInput, newPath ?? path, resolve));
    return header + renderText(changes, color);
  } catch (err) {
    return `${header}(kế hoạch đang sửa dở, chưa so được: ${terminalSafe((err as Error).message.split('\n')[0] ?? '')})\n`;
  }
}

type Registry = { agencies?: Array<Partial<AgencyInput>> };

/** The plan against the work tree's registry (a bare blob has none beside it). */
function loose(input: PlanInput, repoPath: string, resolve: PlanResolver): ResolvedPlan {
  const agencies = new Map<string, AgencyInput>();
  const named = typeof input.agencies === 'string' ? insideWorkTree(repoPath, input.agencies) : undefined;
  if (named) {
    try {
      const reg = parseQuiet(new TextDecoder().decode(readRegularFile(named, LIMITS.fileBytes))) as Registry;
      for (const a of reg.agencies ?? []) if (typeof a.id === 'string' && typeof a.name === 'string') agencies.set(a.id, a as AgencyInput);
    } catch {
      // No registry at hand: ids stand for themselves below.
    }
  }
  return resolveLoosely(input, repoPath, agencies, resolve);
}

/**
 * The registry a plan names, when it lies inside the work tree (git runs the driver
 * at its top): a path out of it, or a link leading out, is not followed.
 */
function insideWorkTree(repoPath: string, named: string): string | undefined {
  const within = (top: string, p: string) => {
    const rel = relative(top, p);
    return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
  };
  const top = process.cwd();
  const full = resolvePath(top, dirname(repoPath), named);
  try {
    return within(top, full) && within(realpathSync(top), realpathSync(full)) ? full : undefined;
  } catch {
    return undefined;
  }
}

function registryChanges(before: Registry, after: Registry): string {
  const map = (r: Registry) => new Map((r.agencies ?? []).filter((a) => typeof a.id === 'string').map((a) => [a.id!, a]));
  const a = map(before);
  const b = map(after);
  const out: string[] = [];
  for (const [id, x] of b) {
    const was = a.get(id);
    if (!was) out.push(`+ Thêm cơ quan [${id}]: ${x.name}`);
    else if (was.name !== x.name || was.short !== x.short) out.push(`~ Đổi tên cơ quan [${id}]: ${was.short ?? was.name} → ${x.short ?? x.name}`);
    else if (was.kind !== x.kind || was.parent !== x.parent) out.push(`~ Đổi loại hoặc cơ quan chủ quản [${id}]`);
  }
  for (const [id, x] of a) if (!b.has(id)) out.push(`- Bỏ cơ quan [${id}]: ${x.name}`);
  return out.length === 0 ? 'Không có thay đổi.\n' : out.join('\n') + '\n';
}
