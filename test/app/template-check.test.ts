import { checkPaperNotes } from '../../src/app/template-check';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { distilledNote, note, section, templateNote } from '../builders/note';
import { MemoryNoteStore } from '../support/memory-note-store';

const TAGGED_ONLY = ['---', 'tags: [paper]', '---'].join('\n');

function vault() {
  return new MemoryNoteStore({
    'Papers/Done.md': distilledNote(),
    'Papers/Template.md': templateNote(),
    'Papers/No arxiv.md': note({ frontmatter: TAGGED_ONLY, sections: [section('## General Idea')] }),
    'Journal/Monday.md': note({ frontmatter: null, sections: ['Groceries'] }),
    'Papers/figure.png': 'binary',
  });
}

describe('checkPaperNotes', () => {
  it('validates paper notes only and lists the incomplete ones by path', async () => {
    const check = await checkPaperNotes(vault(), DEFAULT_SETTINGS);
    expect(check.checked).toBe(3);
    expect(check.incomplete.map((n) => [n.path, n.report.problems])).toEqual([
      ['Papers/No arxiv.md', ['Limitations is missing', 'Utilities is missing']],
      ['Papers/Template.md', ['General Idea is empty', 'Limitations is empty', 'Utilities is empty']],
    ]);
  });

  it('checks only the given paths (a pre-commit hook passes the staged files)', async () => {
    const check = await checkPaperNotes(vault(), DEFAULT_SETTINGS, ['./Papers/Done.md', 'Journal/Monday.md', 'README.md']);
    expect([check.checked, check.incomplete]).toEqual([1, []]);
  });

  it('uses the configured sections: with none required every note is complete', async () => {
    const check = await checkPaperNotes(vault(), { ...DEFAULT_SETTINGS, requiredSections: [] });
    expect([check.checked, check.incomplete.length]).toEqual([3, 0]);
  });
});
