import { describe, expect, it } from 'vitest';
import { workload } from '../../src/cli/launch.js';

describe('code cache workload name', () => {
  it('names the command and the formats, in a stable order', () => {
    expect(workload(['build', 'plans', '--format', 'pdf,docx', '--out', 'out'])).toBe('build-docx,pdf');
    expect(workload(['build', 'plans', '--format=docx,pdf'])).toBe('build-docx,pdf');
    expect(workload(['build', 'plans/a.yaml'])).toBe('build');
    expect(workload(['validate', 'plans/a.yaml'])).toBe('validate');
    expect(workload([])).toBe('help');
  });
  it('keeps file names safe', () => {
    expect(workload(['../x', '--format', 'a/b'])).toBe('.._x-a_b'.replace(/\./g, '_'));
  });
});
