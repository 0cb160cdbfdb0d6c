import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { isAscii } from 'node:buffer';
import { Script } from 'node:vm';

/**
 * Starts the CLI from its one CommonJS bundle with V8's code cache: Node 20 has
 * no compile cache for modules, and compiling the bundle's functions was a
 * good part of a short run. After a run whose cache was missing or refused, the
 * code V8 compiled during that run is saved, so the next run skips parsing and
 * compiling it. The cache never changes what a run produces; `VANBAN_CODE_CACHE=off`
 * turns it off.
 *
 * This file is not part of the bundle, and imports nothing of it: it is what loads it.
 * It is CommonJS (.cts), as is bin/vanban.js: an ES module entry point would start
 * Node's ESM loader on every run, ~12 ms of a one-plan build measured on Node 20.
 * The bundle must not use import(): Node 20 loses its callback in code restored from a cache.
 */
interface Bundle {
  main(argv: readonly string[]): Promise<number>;
}

export async function launch(bundlePath: string, argv: readonly string[]): Promise<number> {
  if (!isBatch(argv)) tuneCompiler();
  const bytes = readFileSync(bundlePath);
  // The build writes the bundle in ASCII (ascii-bundle.ts): read as Latin-1, V8 keeps it one byte a character.
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const cacheFile = cacheFileOf(bytes, argv, bundlePath);
  const cached = cacheFile ? readIfAny(cacheFile) : undefined;
  const wrapper = '(function (exports, require, module, __filename, __dirname) { ' + source + '\n})';
  const script = new Script(wrapper, { filename: bundlePath, ...(cached ? { cachedData: cached } : {}) });
  const module = { exports: {} as Bundle };
  script.runInThisContext()(module.exports, lazyRequire(createRequire(bundlePath)), module, bundlePath, dirname(bundlePath));
  const code = await module.exports.main(argv);
  if (cacheFile && (!cached || script.cachedDataRejected)) saveQuietly(cacheFile, script.createCachedData());
  return code;
}

/**
 * Node built-ins that the bundle's libraries require when they load but a build of
 * one plan never calls: commander's child_process (which loads net and dgram), the
 * progress bar's readline, the worker threads of a batch. Each comes as a stand-in
 * that loads the real module on first use — ~11 ms of every start measured on Node
 * 20 (child_process 7, worker_threads 3.4, readline 1.2). The bundle reaches them
 * only through property access (`m.spawn`), which the stand-in forwards.
 */
const LAZY_BUILTINS = new Set(['child_process', 'readline', 'worker_threads'].flatMap((m) => [m, `node:${m}`]));

function lazyRequire(real: NodeJS.Require): NodeJS.Require {
  const wrapped = ((id: string) => (LAZY_BUILTINS.has(id) ? onFirstUse(() => real(id) as object) : real(id))) as NodeJS.Require;
  return Object.assign(wrapped, { resolve: real.resolve, cache: real.cache, main: real.main, extensions: real.extensions });
}

function onFirstUse(load: () => object): object {
  let loaded: object | undefined;
  const real = () => (loaded ??= load());
  return new Proxy({}, {
    get: (_, key) => Reflect.get(real(), key),
    has: (_, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_, key) => {
      const d = Reflect.getOwnPropertyDescriptor(real(), key);
      return d ? { ...d, configurable: true } : undefined;
    },
  });
}

/**
 * A build of one plan is over in ~0.15 s, before V8's optimising compiler pays for
 * itself, and Node then waits at exit for the optimisations still in flight (~35 ms
 * measured, the process idle). A 15-fold interrupt budget keeps short runs on
 * baseline code while long ones (a folder of plans, a merge) still get optimised:
 * one plan to PDF 0.18 → 0.14 s, all 16 examples 0.71 → 0.74 s.
 *
 * Set before anything is compiled, in every run: V8 refuses a code cache made under
 * other flags. Only on the Node line it was measured on; another V8 may not know it.
 */
function tuneCompiler(): void {
  if (process.versions.node.startsWith('20.')) setFlagsFromString('--interrupt-budget=1000000');
}

/**
 * A run of thousands of documents (`subplan --all`) lives on optimised code: the
 * budget that keeps short runs on baseline code made a province's run a third
 * slower, and its worker threads share the process's flags. A build of a folder
 * was measured both ways (200 plans, two threads, alternated): no difference beyond
 * the machine's noise, so it keeps the budget.
 */
function isBatch(argv: readonly string[]): boolean {
  return argv.includes('--all') || isWatch(argv);
}

/** `build --watch` lives as long as the user works: a batch of rebuilds. */
const isWatch = (argv: readonly string[]) => argv.includes('--watch') || argv.includes('-w');

/**
 * One file per bundle, Node version and kind of work. V8 checks only the flags and
 * the source's length, so a cache must never be found by another bundle: the file
 * is named by a hash of the bundle's content (size and mtime were not enough, since
 * npm unpacks every file with the same mtime). SHA-256 of the 1.3 MB bundle costs
 * about 2 ms. A cache holds what its first run compiled, so a PDF build's cache would
 * leave a DOCX build compiling: the command and its --format name it too.
 */
function cacheFileOf(source: Uint8Array, argv: readonly string[], bundlePath: string): string | undefined {
  if (process.env.VANBAN_CODE_CACHE === 'off') return undefined;
  // The bundle's place too: a cache restored keeps the script name it was made under, so a stack
  // trace of one checkout would name the checkout that filled a shared cache first.
  const hash = createHash('sha256').update(source).update('\0').update(bundlePath).digest('hex').slice(0, 32);
  const dir = process.env.VANBAN_CACHE_DIR ?? userCacheDir();
  return join(dir, `${CACHE_PREFIX}${process.version}-${process.arch}-${hash}-${workload(argv)}.bin`);
}

const CACHE_PREFIX = 'code-';
/** About 25 MB: a few kinds of work for two or three builds (two checkouts sharing the folder must not evict each other). */
const KEEP = 16;

/** Caches of earlier builds would only pile up: the newest KEEP files stay. */
function prune(dir: string): void {
  const files = readdirSync(dir)
    .filter((name) => name.startsWith(CACHE_PREFIX) && name.endsWith('.bin'))
    .map((name) => ({ path: join(dir, name), mtime: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const f of files.slice(KEEP)) rmSync(f.path, { force: true });
}

/**
 * "build-docx,pdf", "validate", …: the first word that is not an option, and the
 * formats asked for, in file-name-safe letters. Only a name: a wrong guess (an
 * option's value taken for the command) costs a cache file, never a result.
 */
export function workload(argv: readonly string[]): string {
  const command = argv.find((a) => !a.startsWith('-')) ?? 'help';
  const i = argv.findIndex((a) => a === '--format' || a.startsWith('--format='));
  const format = i < 0 ? '' : argv[i]!.includes('=') ? argv[i]!.slice('--format='.length) : (argv[i + 1] ?? '');
  return `${command}${argv.includes('--all') ? '-all' : ''}${isWatch(argv) ? '-watch' : ''}${format ? '-' + format.split(',').sort().join(',') : ''}`.replace(/[^a-z0-9,-]/gi, '_').slice(0, 40);
}

/**
 * The platform's per-user cache folder. Written out here rather than taken from
 * env-paths: that package's start-up (7 ms) was a tenth of this launcher's budget.
 */
function userCacheDir(): string {
  const env = process.env;
  if (process.platform === 'win32') return join(env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'vanban', 'Cache');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'vanban');
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'vanban');
}

function readIfAny(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Written whole or not at all, since runs may race; a cache that cannot be written is only a slower next run. */
function saveQuietly(file: string, data: Buffer): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(tmp, data);
    renameSync(tmp, file);
    prune(dirname(file));
  } catch {
    // Read-only home, full disk: nothing to tell the user about.
    rmSync(tmp, { force: true });
  }
}
