import { openProject, type Project, type ProjectSettings } from '../project/project.js';
import { io } from './io.js';
import { readBytes } from '../load/load-yaml.js';
import { EXIT } from '../project/exit-codes.js';
import { printDiagnostics, type ReportOptions } from './report.js';
import type { Strings } from './strings.js';

/**
 * The project of a command, opened once from its settings (vanban.config.yaml,
 * --templates, --root, --font-dir); what is wrong with them said before any
 * work, and undefined (the command exits 2).
 */
export function openProjectOrSay(settings: ProjectSettings, o: ReportOptions, s: Strings): Project | undefined {
  const opened = openProject(settings);
  if ('project' in opened) return opened.project;
  const p = opened.problem;
  if (p.kind === 'config') {
    io.err(s.configInvalid + '\n');
    printDiagnostics(p.diagnostics, p.sources, o);
  } else if (p.kind === 'templates-missing') io.err(s.templatesMissing(p.dir) + '\n');
  else {
    io.err(s.templateInvalid(p.error.where, p.error.detail) + '\n');
  }
  return undefined;
}

/** The project and the bytes of the file a command reads whole (a DOCX, a text); the exit code when either is refused (said). */
export async function openProjectAndRead(file: string, settings: ProjectSettings, o: ReportOptions, s: Strings): Promise<{ project: Project; bytes: Uint8Array } | number> {
  const project = openProjectOrSay(settings, o, s);
  if (!project) return EXIT.usage;
  const bytes = await readBytes(file, project.world);
  if (bytes instanceof Uint8Array) return { project, bytes };
  printDiagnostics([bytes], new Map(), o);
  return EXIT.invalidInput;
}

/** The project options every command that reads a plan takes, from commander's parsed options. */
export function projectSettingsOf(opts: { templates?: string; root?: string; fontDir?: string }): ProjectSettings {
  return {
    ...(opts.templates !== undefined ? { templates: opts.templates } : {}),
    ...(opts.root !== undefined ? { root: opts.root } : {}),
    ...(opts.fontDir !== undefined ? { fontDir: opts.fontDir } : {}),
  };
}
