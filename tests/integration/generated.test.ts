import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateValidators } from '../../src/validate/compile-schemas.js';
import { ROOT } from '../helpers/cli.js';

describe('precompiled schema validators', () => {
  it('are current with the schemas (run npm run schemas:compile)', () => {
    const committed = readFileSync(join(ROOT, 'src', 'validate', 'generated', 'validators.js'), 'utf8');
    expect(committed).toBe(generateValidators());
  });
});
