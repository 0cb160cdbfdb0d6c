import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';
import { nodeWorld, PACKAGE_ROOT, withRoot, type World } from '../env/world.js';
import { CONFIG_FILE, loadConfig, type Config } from '../load/config.js';
import { resolvePlan } from '../plan/resolve.js';
import type { PlanToResolve, ResolvedPlan } from '../plan/types.js';
import { loadPhrases } from '../template/phrases.js';
import { TemplateError } from '../template/template-error.js';
import type { PhraseTable } from '../text/agency-phrase.js';
import { Templates } from './templates.js';

/**
 * What a command is told on its command line, as plain data: it crosses to a
 * worker thread, which opens the same project from it.
 */
export interface ProjectSettings {
  /** The folder vanban runs from (where vanban.config.yaml is looked for). */
  readonly cwd?: string;
  /** --templates: a province's templates and phrases.yaml; else `templates:` of the config. */
  readonly templates?: string;
  /** --root: the project's root; else the nearest folder with vanban.config.yaml or .git. */
  readonly root?: string;
  /** --font-dir; else VANBAN_FONT_DIR; else `fonts.dir` of the config. */
  readonly fontDir?: string;
}

/**
 * A project, read once: the world it reads through, its settings, and the
 * province's templates and phrases. Every command that checks, resolves or
 * builds takes one, so a province's settings reach every output alike.
 */
export interface Project {
  readonly settings: ProjectSettings;
  readonly world: World;
  readonly config: Config;
  readonly templatesDir?: string;
  readonly fontDir?: string;
  /** The assignment phrases: the built-in table with the province's phrases.yaml applied. */
  readonly phrases: PhraseTable;
  readonly templates: Templates;
  /** checked plan → resolved plan, with the project's phrases: the one way a plan is resolved. */
  resolve(plan: PlanToResolve): ResolvedPlan;
}

/** Why a project cannot be opened: the user's settings, said before any work (exit 2). */
export type ProjectProblem =
  | { readonly kind: 'config'; readonly diagnostics: readonly Diagnostic[]; readonly sources: ReadonlyMap<string, string> }
  | { readonly kind: 'templates-missing'; readonly dir: string }
  | { readonly kind: 'template'; readonly error: TemplateError };

export type Opened = { readonly project: Project } | { readonly problem: ProjectProblem };

export function openProject(settings: ProjectSettings = {}, machine: World = nodeWorld): Opened {
  const cwd = settings.cwd ?? process.cwd();
  const world = withRoot(machine, settings.root);
  const configDir = configFolder(cwd, world);
  const loaded = loadConfig(configDir, world);
  if (loaded.diagnostics.length > 0) return { problem: { kind: 'config', diagnostics: loaded.diagnostics, sources: loaded.sources } };
  const config = loaded.config;
  // A path in the config is the config's: read from its folder, wherever vanban runs.
  const fromConfig = (p: string | undefined) => (p === undefined ? undefined : isAbsolute(p) ? p : join(configDir, p));
  const templatesDir = settings.templates ?? fromConfig(config.templates);
  if (templatesDir !== undefined && !world.isFolder(templatesDir)) return { problem: { kind: 'templates-missing', dir: templatesDir } };
  const fontDir = settings.fontDir ?? world.env('VANBAN_FONT_DIR') ?? fromConfig(config.fonts?.dir);
  let phrases: PhraseTable;
  try {
    phrases = loadPhrases(templatesDir, world);
  } catch (err) {
    if (err instanceof TemplateError) return { problem: { kind: 'template', error: err } };
    throw err;
  }
  const options = { phrases };
  return {
    project: {
      settings, world, config, phrases,
      ...(templatesDir !== undefined ? { templatesDir } : {}),
      ...(fontDir !== undefined ? { fontDir } : {}),
      templates: new Templates(world, templatesDir),
      resolve: (plan) => resolvePlan(plan, options),
    },
  };
}

/**
 * Where vanban.config.yaml is: the folder vanban runs from, or the nearest one above
 * it that holds the file, not past a git repository's top (as git finds its own).
 */
function configFolder(cwd: string, world: World): string {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (world.exists(join(dir, CONFIG_FILE))) return dir;
    if (world.exists(join(dir, '.git')) || dirname(dir) === dir) return resolve(cwd);
  }
}

/**
 * The project for a git hook (textconv, the diff driver), which must print
 * something whatever the settings say: the project's own, else the stock one.
 */
export function projectForGit(settings: ProjectSettings = {}, world: World = nodeWorld): Project {
  const opened = openProject(settings, world);
  return 'project' in opened ? opened.project : projectOf({ cwd: PACKAGE_ROOT }, world);
}

/** The project of a run that has already been told its settings are good (workers, tests). */
export function projectOf(settings: ProjectSettings = {}, world: World = nodeWorld): Project {
  const opened = openProject(settings, world);
  if ('problem' in opened) throw new Error(`project settings refused: ${opened.problem.kind}`);
  return opened.project;
}
