import { checkReadGate } from '../../../src/core/note/read-gate';
import { DEFAULT_REQUIRED_SECTIONS } from '../../../src/core/note/template-settings';

describe('checkReadGate', () => {
  it('lets a distilled note be marked read', () => {
    const note = '## General Idea\n- x\n## Limitations\n- y\n## Utilities\n- z\n';
    expect(checkReadGate(note, DEFAULT_REQUIRED_SECTIONS)).toEqual({ ok: true, value: undefined });
  });

  it('refuses with the sections that are missing or empty, by name', () => {
    const result = checkReadGate('## General Idea\n- x\n## Limitations\n- \n', DEFAULT_REQUIRED_SECTIONS);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('REFUSED');
    expect(result.error.message).toContain('Limitations is empty');
    expect(result.error.message).toContain('Utilities is missing');
  });
});
