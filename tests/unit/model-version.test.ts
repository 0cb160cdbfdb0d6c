import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { MODEL_VERSION } from '../../src/model/types.js';
import { expectGolden, GOLDEN_DIR } from '../helpers/golden.js';

/**
 * The model is the one thing writers see, and a document built by one version
 * is read back by another (goldens, carried data, a resident preview). Its shape
 * is pinned here with the version it has: a change to src/model/types.ts that
 * keeps MODEL_VERSION fails, and so does a bump without regenerating the goldens.
 */
function modelShape(): string {
  const path = join('src', 'model', 'types.ts');
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
  const printer = ts.createPrinter({ removeComments: true });
  const declarations = source.statements.filter((s) => ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s));
  return declarations.map((d) => printer.printNode(ts.EmitHint.Unspecified, d, source)).join('\n');
}

const GOLDEN = 'model-shape.txt';

describe('the model version follows the model', () => {
  it('is bumped whenever the model\'s types change', () => {
    const shape = modelShape();
    const path = join(GOLDEN_DIR, GOLDEN);
    const pinned = existsSync(path) ? readFileSync(path, 'utf8') : '';
    const pinnedVersion = Number(/^MODEL_VERSION (\d+)$/m.exec(pinned)?.[1]);
    const pinnedShape = pinned.replace(/^MODEL_VERSION \d+\n/, '').trimEnd();
    if (process.env.UPDATE_GOLDEN !== '1' && pinnedVersion === MODEL_VERSION && pinnedShape !== shape) {
      throw new Error(`src/model/types.ts changed but MODEL_VERSION is still ${MODEL_VERSION}: bump it, then run \`npm run golden:update\``);
    }
    expectGolden(GOLDEN, `MODEL_VERSION ${MODEL_VERSION}\n${shape}\n`);
  });

  it('every model golden was made by this version (a stale one says so, not just differs)', () => {
    const goldens = readdirSync(GOLDEN_DIR).filter((f) => f.endsWith('.model.json'));
    expect(goldens.length).toBeGreaterThanOrEqual(5);
    const stale = goldens
      .map((file) => ({ file, version: (JSON.parse(readFileSync(join(GOLDEN_DIR, file), 'utf8')) as { version: number }).version }))
      .filter((g) => g.version !== MODEL_VERSION);
    expect(stale, `model goldens made by another MODEL_VERSION than ${MODEL_VERSION}: run \`npm run golden:update\``).toEqual([]);
  });
});
