import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import type { AgencyInput, PlanInput } from '../load/types.js';
import type { ResolvedPlan } from '../plan/types.js';
import { diffPlans } from './plan-diff.js';
import { renderText } from './render.js';
import { resolveLoosely, type PlanResolver } from './textconv.js';

/**
 * git's external diff driver (diff.<driver>.command): git passes
 *   path old-file old-hex old-mode new-file new-hex new-mode [new-path similarity]
 * with /dev/null for the side that does not exist. The old side is a bare copy
 * of a blob, so agencies come from the registry the plan names in the work tree,
 * and an id it does not know is shown as itself. Whatever happens, something is
 * printed and the driver exits 0: git stops the whole diff otherwise.
 */
export function gitDriverOutput(args: readonly string[], color: boolean, resolve: PlanResolver): string {
  const [path, oldFile, , , newFile, , , newPath] = args;
  if (!path || !oldFile || !newFile) return `vanban diff --git-driver: git gave ${args.length} arguments, not 7 or 9\n`;
  const shown = newPath && newPath !== path ? `${path} → ${newPath}` : path;
  const header = `vanban diff a/${path} b/${newPath ?? path}\n`;
  if (oldFile === '/dev/null') return `${header}+ Tệp mới: ${shown}\n`;
  if (newFile === '/dev/null') return `${header}- Tệp bị xóa: ${shown}\n`;
  const read = (f: string) => readFileSync(f, 'utf8');
  let before: unknown;
  let after: unknown;
  try {
    before = parse(read(oldFile));
    after = parse(read(newFile));
  } catch (err) {
    return `${header}(không đọc được YAML: ${(err as Error).message.split('\n')[0]})\n`;
  }
  const kind = (d: unknown) => (d && typeof d === 'object' ? (d as { kind?: unknown }).kind : undefined);
  if (kind(before) === 'agencies' && kind(after) === 'agencies') return header + registryChanges(before as Registry, after as Registry);
  if (kind(before) !== 'plan' || kind(after) !== 'plan') return `${header}(không phải kế hoạch: xem git diff --no-ext-diff)\n`;
  try {
    const changes = diffPlans(loose(before as PlanInput, path, resolve), loose(after as PlanInput, newPath ?? path, resolve));
    return header + renderText(changes, color);
  } catch (err) {
    return `${header}(kế hoạch đang sửa dở, chưa so được: ${(err as Error).message.split('\n')[0]})\n`;
  }
}

type Registry = { agencies?: Array<Partial<AgencyInput>> };

/** The plan against the work tree's registry (a bare blob has none beside it). */
function loose(input: PlanInput, repoPath: string, resolve: PlanResolver): ResolvedPlan {
  const agencies = new Map<string, AgencyInput>();
  if (typeof input.agencies === 'string') {
    try {
      const reg = parse(readFileSync(join(dirname(repoPath), input.agencies), 'utf8')) as Registry;
      for (const a of reg.agencies ?? []) if (typeof a.id === 'string' && typeof a.name === 'string') agencies.set(a.id, a as AgencyInput);
    } catch {
      // No registry at hand: ids stand for themselves below.
    }
  }
  return resolveLoosely(input, repoPath, agencies, resolve);
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
