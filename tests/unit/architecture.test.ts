import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

/** src/<folder> → the folders its files import from, type imports included. */
function folderGraph(): Map<string, Set<string>> {
  const src = join(ROOT, 'src');
  const graph = new Map<string, Set<string>>();
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (name.endsWith('.ts')) {
        const from = relative(src, path).split(/[\\/]/)[0]!;
        for (const m of readFileSync(path, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
          const to = relative(src, normalize(join(dirname(path), m[1]!))).split(/[\\/]/)[0]!;
          if (to !== from && !to.startsWith('..') && !to.includes('.')) {
            if (!graph.has(from)) graph.set(from, new Set());
            graph.get(from)!.add(to);
          }
        }
      }
    }
  };
  visit(src);
  return graph;
}

describe('the folders of src/', () => {
  it('depend on each other without a cycle, so each stage can be read (and replaced) on its own', () => {
    const graph = folderGraph();
    const cycles: string[] = [];
    // Depth-first search for a path back to the start.
    for (const start of graph.keys()) {
      const stack: Array<[string, string[]]> = [[start, [start]]];
      const seen = new Set<string>();
      while (stack.length > 0) {
        const [at, path] = stack.pop()!;
        for (const next of graph.get(at) ?? []) {
          if (next === start) cycles.push([...path, start].join(' → '));
          else if (!seen.has(next)) {
            seen.add(next);
            stack.push([next, [...path, next]]);
          }
        }
      }
    }
    expect(cycles).toEqual([]);
    // The pipeline's order shows in the graph: the plan layer reads no later stage.
    expect([...(graph.get('plan') ?? [])].sort()).toEqual(['load', 'text']);
    expect(graph.get('validate')?.has('template')).toBe(false);
  });
});

describe('the repository', () => {
  const git = spawnSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' });
  it.skipIf(git.status !== 0)('keeps the fixed shape at the top level (nothing a test or a command wrote by mistake)', () => {
    const top = [...new Set(git.stdout.split('\n').filter(Boolean).map((f) => f.split('/')[0]!))].sort();
    const folders = ['.ci', 'bench', 'bin', 'docs', 'outlines', 'plans', 'src', 'templates', 'tests'];
    const files = ['.gitattributes', '.gitignore', 'README.md', 'package-lock.json', 'package.json', 'tsconfig.json', 'vitest.config.ts'];
    for (const entry of top) expect([...folders, ...files], entry).toContain(entry);
  });
});

/** src/ file → the src/ files it imports (type imports included), as paths from src/. */
function fileGraph(): Map<string, string[]> {
  const src = join(ROOT, 'src');
  const graph = new Map<string, string[]>();
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (/\.c?ts$/.test(name) && !name.endsWith('.d.ts')) {
        const from = relative(src, path);
        const to = [...readFileSync(path, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)]
          .map((m) => relative(src, normalize(join(dirname(path), m[1]!))).replace(/\.c?js$/, (e) => (e === '.cjs' ? '.cts' : '.ts')));
        graph.set(from, to);
      }
    }
  };
  visit(src);
  return graph;
}

describe('the files of src/', () => {
  const graph = fileGraph();

  it('import each other without a circle', () => {
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (f: string) => {
      state.set(f, 'open');
      stack.push(f);
      for (const t of graph.get(f) ?? []) {
        if (state.get(t) === 'open') circles.push([...stack.slice(stack.indexOf(t)), t].join(' → '));
        else if (!state.has(t) && graph.has(t)) visit(t);
      }
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of graph.keys()) if (!state.has(f)) visit(f);
    expect(circles).toEqual([]);
  });

  it('resolve a plan in one place: the project, with its phrases', () => {
    const callers = [...graph.keys()].filter((f) => f !== 'plan/resolve.ts' && /\bresolvePlan\(/.test(readFileSync(join(ROOT, 'src', f), 'utf8')));
    expect(callers).toEqual(['project/project.ts']);
  });

  it('give the writers nothing but the model, layout, measurement, text helpers and the world', () => {
    const outside = [...graph].filter(([f]) => f.startsWith('writers/'))
      .flatMap(([f, to]) => to.filter((t) => !/^(writers|model|layout|measure|text|env)\//.test(t)).map((t) => `${f} → ${t}`));
    expect(outside).toEqual([]);
  });

  it('keep the pipeline driver out of the CLI and the CLI out of the driver', () => {
    const driverToCli = [...graph].filter(([f]) => f.startsWith('project/')).flatMap(([f, to]) => to.filter((t) => t.startsWith('cli/')).map((t) => `${f} → ${t}`));
    expect(driverToCli).toEqual([]);
    // Stages before the driver never reach it.
    const stagesToDriver = [...graph].filter(([f]) => /^(load|validate|plan|template|model|layout|writers|text|env)\//.test(f))
      .flatMap(([f, to]) => to.filter((t) => t.startsWith('project/') || t.startsWith('cli/')).map((t) => `${f} → ${t}`));
    expect(stagesToDriver).toEqual([]);
  });
});
