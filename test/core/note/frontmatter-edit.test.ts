import { editFrontmatter } from '../../../src/core/note/frontmatter-edit';
import { readFrontmatter } from '../../../src/core/note/frontmatter';

const NOTE = [
  '---',
  '# my own comment',
  "title: 'Old title'",
  'rating: 4   # great',
  'tags: [paper, "robotics/humanoid"]',
  'custom:',
  '  nested: {a: 1}',
  '',
  'authors:',
  '- A',
  '- B',
  'arxiv: "2406.10454"',
  '---',
  'Body with ---',
  '---',
  'more',
].join('\n');

describe('editFrontmatter', () => {
  it('changes only the keys that changed and keeps every other byte', () => {
    const out = editFrontmatter(NOTE, (p) => {
      p.title = 'New: title';
      p.authors = ['A', 'B', 'C'];
    });
    expect(out).toBe(
      NOTE.replace("title: 'Old title'", 'title: "New: title"').replace('authors:\n- A\n- B', 'authors:\n  - A\n  - B\n  - C'),
    );
  });

  it('returns the text unchanged when nothing changes', () => {
    expect(editFrontmatter(NOTE, (p) => {
      p.rating = 4;
    })).toBe(NOTE);
  });

  it('appends new keys at the end of the block and removes deleted keys', () => {
    const out = editFrontmatter(NOTE, (p) => {
      delete p.rating;
      p.status = 'read';
    });
    expect(out).toContain("title: 'Old title'\ntags:");
    expect(out).toContain('arxiv: "2406.10454"\nstatus: read\n---\nBody with ---');
    expect(readFrontmatter(out)).toMatchObject({ status: 'read', custom: { nested: { a: 1 } } });
    expect(readFrontmatter(out)).not.toHaveProperty('rating');
  });

  it('creates a block for a note without frontmatter', () => {
    expect(editFrontmatter('# Hello\n', (p) => {
      p.rating = 5;
    })).toBe('---\nrating: 5\n---\n# Hello\n');
  });

  it('keeps CRLF line endings', () => {
    const crlf = '---\r\ntitle: a\r\nrating: 1\r\n---\r\nbody\r\n';
    expect(editFrontmatter(crlf, (p) => {
      p.rating = 2;
    })).toBe('---\r\ntitle: a\r\nrating: 2\r\n---\r\nbody\r\n');
  });

  it.each([
    ['quoted keys', '---\n"odd: key": 1\nrating: 1\n---\n'],
    ['comments between keys', '---\na: 1\n# comment\n\nrating: 1\n---\n'],
    ['block scalars', '---\nnote: |\n  line one\n\n  line two\nrating: 1\n---\n'],
  ])('handles %s', (_label, text) => {
    const out = editFrontmatter(text, (p) => {
      p.rating = 3;
    });
    expect(out).toBe(text.replace('rating: 1', 'rating: 3'));
  });

  it.each([
    ['invalid YAML', '---\ntitle: a\ntldr: Idea: use X\nrating: 1\n---\nbody\n', /not valid YAML/],
    ['a duplicate key', '---\ntags: [a]\ntags: [b]\nrating: 1\n---\nbody\n', /not valid YAML/],
    ['a list instead of keys', '---\n- a\n- b\n---\nbody\n', /not a list of keys and values/],
    ['an indented block', '---\n  title: a\n  rating: 1\n---\nbody\n', /cannot be edited safely/],
  ])('refuses to edit %s rather than drop the properties it cannot read', (_label, text, message) => {
    expect(() =>
      editFrontmatter(text, (p) => {
        p.arxiv_version = 2;
      }),
    ).toThrow(message);
  });

  it('keeps a byte order mark before the fence and edits the block after it', () => {
    const text = '\uFEFF---\ntitle: a\nrating: 1\n---\nbody\n';
    expect(editFrontmatter(text, (p) => {
      p.rating = 2;
    })).toBe('\uFEFF---\ntitle: a\nrating: 2\n---\nbody\n');
  });
});
