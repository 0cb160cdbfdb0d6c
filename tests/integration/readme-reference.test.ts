import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentReference } from '../../src/docs/write-reference.js';
import { END, START } from '../../src/docs/schema-reference.js';
import { ROOT } from '../helpers/cli.js';

describe('README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  it('shows the two commands first', () => {
    const first = readme.indexOf('npm install && npm start');
    expect(first).toBeGreaterThan(0);
    expect(readme.indexOf('npm test')).toBeGreaterThan(first);
    expect(readme.indexOf('npm test')).toBeLessThan(readme.indexOf('## Hướng dẫn'));
  });
  it('holds the YAML reference generated from the current schemas (run npm run docs:schema)', () => {
    const section = readme.slice(readme.indexOf(START) + START.length, readme.indexOf(END)).trim();
    expect(section).toBe(currentReference().trim());
  });
});
