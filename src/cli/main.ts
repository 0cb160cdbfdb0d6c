import { existsSync } from 'node:fs';
import { parseShard } from '../project/batch/shard.js';
import { projectSettingsOf } from './open-project.js';
import { io } from './io.js';
import { Command, Option } from 'commander';
import { localizeHelp, VIETNAMESE_HELP } from './commander-vi.js';
import { createRequire } from 'node:module';
import { EXIT } from '../project/exit-codes.js';
import { langFromArgv, stringsFor } from './strings.js';
import type { BuildOptions } from './commands/build.js';

const version = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

export async function main(argv: readonly string[]): Promise<number> {
  const lang = langFromArgv(argv);
  const s = stringsFor(lang);
  let code: number = EXIT.ok;
  const program = new Command('vanban')
    .description(s.description)
    .version(version, '-V, --version', s.versionOption)
    // Subcommands inherit the help option and output settings from here (commander's copyInheritedSettings).
    .helpOption('-h, --help', s.helpOption)
    .helpCommand(lang === 'vi' ? 'help [lệnh]' : 'help [command]', s.helpCommand)
    .configureHelp(lang === 'vi' ? VIETNAMESE_HELP : {})
    .addOption(new Option('--lang <lang>', s.langOption).choices(['vi', 'en']).default('vi'))
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (str) => io.out(lang === 'vi' ? localizeHelp(str) : str),
      writeErr: (str) => io.err(lang === 'vi' ? localizeHelp(str) : str),
    });
  const formatOption = () => new Option('--format <format>', s.formatOption).choices(['human', 'json']).default('human');
  /** The project's settings, on every command that reads a plan: the same for all of them (project/project.ts). */
  const withProject = (c: Command) => c
    .option('--templates <dir>', s.templatesOption)
    .option('--root <dir>', s.rootOption)
    .option('--font-dir <dir>', s.fontDirOption);
  type ProjectOpts = { templates?: string; root?: string; fontDir?: string };

  withProject(program
    .command('validate')
    .description(s.validate)
    .argument('<files...>', s.validateFiles)
    .addOption(formatOption()))
    .action(async (files: string[], opts: ProjectOpts & { format: 'human' | 'json' }) => {
      code = await (await import('./commands/validate.js')).validateCommand(files, { lang, format: opts.format, project: projectSettingsOf(opts) }, s);
    });

  withProject(program
    .command('build')
    .description(s.build)
    .argument('<paths...>', s.buildPaths)
    .option('-o, --out <dir>', s.outOption, 'out')
    .option('-f, --format <formats>', s.outputFormatOption, 'docx'))
    .option('--force', s.forceOption, false)
    .option('--report <format>', s.formatOption, 'human')
    .option('-j, --jobs <n>', s.jobsOption)
    .option('--shard <i/n>', s.shardOption)
    .option('-w, --watch', s.watchOption, false)
    .action(async (paths: string[], opts: ProjectOpts & { out: string; format: string; force: boolean; report: string; jobs?: string; shard?: string; watch: boolean }) => {
      const jobs = jobsOf(opts.jobs);
      const shard = opts.shard === undefined ? undefined : parseShard(opts.shard);
      // "-f docx pdf": the second format arrives as a file to build.
      const strayFormat = paths.find((p) => /^(?:docx|pdf)$/i.test(p) && !existsSync(p));
      if (strayFormat !== undefined) {
        io.err(s.formatAsInput(strayFormat, [...splitFormats(opts.format), strayFormat.toLowerCase()].join(',')) + '\n');
        code = EXIT.usage;
        return;
      }
      if (jobs === null || shard === undefined && opts.shard !== undefined) {
        io.err((jobs === null ? s.badJobs(opts.jobs!) : s.badShard(opts.shard!)) + '\n');
        code = EXIT.usage;
        return;
      }
      const options: BuildOptions = {
        lang, format: opts.report === 'json' ? 'json' : 'human', out: opts.out,
        formats: splitFormats(opts.format),
        force: opts.force, project: projectSettingsOf(opts),
        ...(jobs !== undefined ? { jobs } : {}), ...(shard ? { shard } : {}),
      };
      if (opts.watch) {
        const stop = new AbortController();
        const onInterrupt = () => stop.abort();
        process.once('SIGINT', onInterrupt);
        try {
          code = await (await import('./commands/build-watch.js')).watchBuild(paths, options, s, stop.signal);
        } finally {
          process.off('SIGINT', onInterrupt);
        }
        return;
      }
      code = await (await import('./commands/build.js')).buildCommand(paths, options, s);
    });

  const report = program.command('report').description(s.report);
  withProject(report
    .command('new')
    .description(s.reportNew))
    .option('--outline <file>', s.outlineOption)
    .requiredOption('--agency <id>', s.agencyOption)
    .option('--plan <file>', s.planOption)
    .option('--out <file>', s.outFileOption)
    .option('--force', s.forceOption, false)
    .action(async (opts: ProjectOpts & { outline?: string; agency: string; plan?: string; out?: string; force: boolean }) => {
      const project = projectSettingsOf(opts);
      if (opts.outline) {
        code = await (await import('./commands/report-new.js')).reportNewCommand({
          outline: opts.outline, agency: opts.agency, force: opts.force, ...(opts.plan ? { plan: opts.plan } : {}), ...(opts.out ? { out: opts.out } : {}), project, lang, format: 'human',
        }, s);
      } else if (opts.plan) code = await (await import('./commands/progress-new.js')).progressNewCommand({ plan: opts.plan, agency: opts.agency, force: opts.force, ...(opts.out ? { out: opts.out } : {}), project, lang, format: 'human' }, s);
      else {
        io.err(s.outlineOrPlan + '\n');
        code = EXIT.usage;
      }
    });
  withProject(report
    .command('merge')
    .description(s.reportMerge)
    .argument('<reports...>', s.reportFiles))
    .option('--as <file>', s.asOption)
    .option('-o, --out <file>', s.outFileOption, 'bao-cao-tong-hop.yaml')
    .option('-f, --format <formats>', s.outputFormatOption, 'docx')
    .option('--explain <cell>', s.explainOption, (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('--force', s.forceOption, false)
    .action(async (files: string[], opts: ProjectOpts & { as?: string; out: string; format: string; explain: string[]; force: boolean }) => {
      const merge = {
        lang, format: 'human' as const, ...(opts.as !== undefined ? { as: opts.as } : {}), out: opts.out, explain: opts.explain, force: opts.force,
        formats: splitFormats(opts.format), project: projectSettingsOf(opts),
      };
      // Progress reports (of a plan) merge their own way; outline reports need --as.
      const { kindOf } = await import('../project/inputs.js');
      code = files.length > 0 && files.every((f) => kindOf(f) === 'progress')
        ? await (await import('./commands/progress-merge.js')).progressMergeCommand(files, merge, s)
        : await (await import('./commands/report-merge.js')).reportMergeCommand(files, merge, s);
    });

  withProject(program
    .command('lint')
    .description(s.lint)
    .argument('<files...>', s.lintFiles)
    .addOption(formatOption()))
    .option('--fix', s.fixOption, false)
    .option('--verbose', s.verboseOption, false)
    .action(async (files: string[], opts: ProjectOpts & { format: 'human' | 'json'; fix: boolean; verbose: boolean }) => {
      code = await (await import('./commands/lint.js')).lintCommand(files, { lang, format: opts.format, fix: opts.fix, verbose: opts.verbose, project: projectSettingsOf(opts) }, s);
    });

  program
    .command('fmt')
    .description(s.fmt)
    .argument('<files...>', s.fmtFiles)
    .addOption(formatOption())
    .option('--check', s.fmtCheckOption, false)
    .action(async (files: string[], opts: { format: 'human' | 'json'; check: boolean }) => {
      code = await (await import('./commands/fmt.js')).fmtCommand(files, { lang, format: opts.format, check: opts.check }, s);
    });

  withProject(program
    .command('import')
    .description(s.import)
    .argument('<file>', s.importFile))
    .option('--registry <file>', s.registryOption)
    .option('-o, --out <file>', s.importOut)
    .option('--force', s.forceOption, false)
    .option('--from-text', s.importFromText, false)
    .option('--into <plan>', s.importInto)
    .option('--dry-run', s.importDryRun, false)
    .addOption(new Option('--tracked <how>', s.importTrackedOption).choices(['accept', 'reject']).default('accept'))
    .option('--keep-comments', s.importKeepComments, false)
    .action(async (file: string, opts: ProjectOpts & { registry?: string; out?: string; force: boolean; fromText: boolean; into?: string; dryRun: boolean; tracked: 'accept' | 'reject'; keepComments: boolean }) => {
      if (opts.into !== undefined) {
        code = await (await import('./commands/import-into.js')).importIntoCommand(file, opts.into, { lang, format: 'human', force: opts.force, dryRun: opts.dryRun, tracked: opts.tracked, keepComments: opts.keepComments, project: projectSettingsOf(opts) }, s);
        return;
      }
      code = await (await import('./commands/import.js')).importCommand(file, { lang, format: 'human', force: opts.force, tracked: opts.tracked, project: projectSettingsOf(opts), fromText: opts.fromText, ...(opts.registry ? { registry: opts.registry } : {}), ...(opts.out ? { out: opts.out } : {}) }, s);
    });

  program
    .command('fonts')
    .description(s.fonts)
    .option('--font-dir <dir>', s.fontDirOption)
    .action(async (opts: { fontDir?: string }) => {
      code = await (await import('./commands/fonts.js')).fontsCommand(opts.fontDir, s);
    });

  program
    .command('init')
    .description(s.init)
    .argument('<name>', s.initName)
    .option('--force', s.forceOption, false)
    .action(async (name: string, opts: { force: boolean }) => {
      code = await (await import('./commands/init.js')).initCommand(name, opts, s);
    });

  withProject(program
    .command('subplan')
    .description(s.subplan)
    .argument('<plan>', s.subplanPlan))
    .option('--agency <id>', s.subplanAgencyOption)
    .option('--check', s.subplanCheckOption, false)
    .option('--all', s.subplanAllOption, false)
    .option('--verify', s.subplanVerifyOption, false)
    .option('-j, --jobs <n>', s.jobsOption)
    .option('-o, --out <dir>', s.subplanOut, '.')
    .option('-f, --format <formats>', s.outputFormatOption, 'docx')
    .option('--force', s.forceOption, false)
    .action(async (plan: string, opts: ProjectOpts & { agency?: string; check: boolean; all: boolean; verify: boolean; jobs?: string; out: string; format: string; force: boolean }) => {
      const project = projectSettingsOf(opts);
      if (opts.check) code = await (await import('./commands/subplan.js')).subplanCheckCommand(plan, { lang, format: 'human', project }, s);
      else if (opts.all) {
        const jobs = jobsOf(opts.jobs);
        if (jobs === null) {
          io.err(s.badJobs(opts.jobs!) + '\n');
          code = EXIT.usage;
          return;
        }
        code = await (await import('./commands/subplan.js')).subplanAllCommand(plan, {
          lang, format: 'human', project, agency: '', out: opts.out, force: opts.force, formats: splitFormats(opts.format), verify: opts.verify, ...(jobs !== undefined ? { jobs } : {}),
        }, s);
      }
      else if (!opts.agency) {
        io.err(s.agencyRequired + '\n');
        code = EXIT.usage;
      } else code = await (await import('./commands/subplan.js')).subplanCommand(plan, { lang, format: 'human', project, agency: opts.agency, out: opts.out, force: opts.force, formats: splitFormats(opts.format) }, s);
    });

  withProject(program
    .command('diff')
    .description(s.diff)
    .argument('<files...>', s.diffFiles))
    .option('--output <form>', s.diffOutput, 'text')
    .option('--textconv', s.textconvOption, false)
    .option('--git-driver', s.gitDriverOption, false)
    .option('--out <file>', s.diffOutFile)
    .option('--force', s.forceOption, false)
    .action(async (files: string[], opts: ProjectOpts & { output: string; textconv: boolean; gitDriver: boolean; out?: string; force: boolean }) => {
      const output = opts.output === 'markdown' || opts.output === 'json' || opts.output === 'docx' ? opts.output : 'text';
      const project = projectSettingsOf(opts);
      if (opts.textconv) code = (await import('./commands/diff.js')).textconvCommand(files, project);
      else if (opts.gitDriver) code = (await import('./commands/diff.js')).gitDriverCommand(files, project);
      else if (files.length !== 2) {
        io.err(s.diffTwoFiles + '\n');
        code = EXIT.usage;
      } else code = await (await import('./commands/diff.js')).diffCommand(files[0]!, files[1]!, { lang, format: 'human', output, project, force: opts.force, ...(opts.out ? { out: opts.out } : {}) }, s);
    });

  withProject(program
    .command('calendar')
    .description(s.calendar)
    .argument('<plan>', s.subplanPlan))
    .option('--agency <id>', s.calendarAgencyOption)
    .option('-o, --out <file>', s.calendarOut)
    .option('--force', s.forceOption, false)
    .action(async (plan: string, opts: ProjectOpts & { agency?: string; out?: string; force: boolean }) => {
      code = await (await import('./commands/calendar.js')).calendarCommand(plan, { lang, format: 'human', force: opts.force, project: projectSettingsOf(opts), ...(opts.agency ? { agency: opts.agency } : {}), ...(opts.out ? { out: opts.out } : {}) }, s);
    });

  program
    .command('schema')
    .description(s.schema)
    .option('--write <dir>', s.schemaWriteOption, 'schemas')
    .option('--force', s.forceOption, false)
    .action(async (opts: { write: string; force: boolean }) => {
      code = (await import('./commands/schema.js')).schemaCommand(opts.write, opts, s);
    });

  try {
    await program.parseAsync(gitArgumentsRaw(argv), { from: 'user' });
  } catch (err) {
    const e = err as { code?: string; exitCode?: number };
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
    if (typeof e.exitCode === 'number') return EXIT.usage;
    io.err(`${s.internal} ${(err as Error).message}\n`);
    if (process.env.VANBAN_DEBUG) io.err(`${(err as Error).stack}\n`);
    return EXIT.internal;
  }
  return code;
}

/** "docx, pdf" → ["docx", "pdf"]; "DOCX", "docx pdf" (quoted) are what a user means too. */
const splitFormats = (value: string) => value.split(/[,\s]+/).map((f) => f.trim().toLowerCase()).filter(Boolean);

/** --jobs as a number of threads: undefined when not given, null when not a whole number from 1 to 256. */
function jobsOf(text: string | undefined): number | undefined | null {
  if (text === undefined) return undefined;
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 && n <= 256 ? n : null;
}

/**
 * What git appends after `diff --git-driver` or `diff --textconv` is file names and
 * hashes, never options: a committed file named "--output=x.yaml" must stay a name.
 * Everything after the flag is handed over as operands.
 */
export function gitArgumentsRaw(argv: readonly string[]): string[] {
  const at = argv.findIndex((a, i) => (a === '--git-driver' || a === '--textconv') && argv.slice(0, i).includes('diff'));
  if (at < 0 || argv[at + 1] === '--') return [...argv];
  return [...argv.slice(0, at + 1), '--', ...argv.slice(at + 1)];
}
