import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './cli.js';

export const GOLDEN_DIR = join(ROOT, 'tests', 'golden');

/**
 * Compares `actual` with tests/golden/NAME. A missing golden is a failure, here as
 * in CI: goldens are written only on purpose, by `npm run golden:update`
 * (UPDATE_GOLDEN=1), and read in review like any other change.
 */
export function expectGolden(name: string, actual: string): void {
  const path = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  if (!existsSync(path)) throw new Error(`golden ${name} is missing: run \`npm run golden:update\` and review what it writes`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
