import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * Per-project settings in vanban.config.yaml (in the folder vanban runs from),
 * for what a team sets once instead of on every command:
 *
 *   fonts:
 *     dir: /path/to/fonts   # Times New Roman or Liberation Serif, 4 styles
 */
export interface Config {
  readonly fonts?: { readonly dir?: string };
}

export const CONFIG_FILE = 'vanban.config.yaml';

export function readConfig(cwd = process.cwd()): Config {
  const path = join(cwd, CONFIG_FILE);
  if (!existsSync(path)) return {};
  try {
    const data = parse(readFileSync(path, 'utf8')) as Config | null;
    return data ?? {};
  } catch {
    return {};
  }
}
