import { describe, expect, it } from 'vitest';
import { workload } from '../../src/cli/startup/launch.cjs';

describe('code cache workload name', () => {
  it('names the command and the formats, in a stable order', () => {
    expect(workload(['build', 'plans', '--format', 'pdf,docx', '--out', 'out'])).toBe('build-docx,pdf');
    expect(workload(['build', 'plans', '--format=docx,pdf'])).toBe('build-docx,pdf');
    expect(workload(['build', 'plans/a.yaml'])).toBe('build');
    expect(workload(['validate', 'plans/a.yaml'])).toBe('validate');
    expect(workload([])).toBe('help');
  });
  it('tells a batch (compiled under other V8 flags) from a single run of the same command', () => {
    expect(workload(['subplan', 'p.yaml', '--agency', 'x', '--format', 'docx'])).toBe('subplan-docx');
    expect(workload(['subplan', 'p.yaml', '--all', '--format', 'docx'])).toBe('subplan-all-docx');
    expect(workload(['build', 'p.yaml', '--watch', '--format', 'pdf'])).toBe('build-watch-pdf');
    expect(workload(['build', 'p.yaml', '-w'])).toBe('build-watch');
  });
  it('keeps file names safe', () => {
    expect(workload(['../x', '--format', 'a/b'])).toBe('.._x-a_b'.replace(/\./g, '_'));
  });
});
