import { templateSectionOf } from '../../src/core/import/section-names';
import { categoryTagFor } from '../../src/core/note/tags';
import { normalizeSettings, tagMap } from '../../src/core/settings';
import { editFrontmatter } from '../../src/core/note/frontmatter-edit';

/** User text that becomes a key (settings, sections, properties) named like Object's own members. */
describe('keys named like object members are plain keys', () => {
  it('a category-tag line "__proto__: x" or "constructor: y" is kept as written', () => {
    expect(tagMap('__proto__: robotics\nconstructor: vision\ncs.RO: robots')).toEqual(
      Object.fromEntries([
        ['__proto__', 'robotics'],
        ['constructor', 'vision'],
        ['cs.RO', 'robots'],
      ]),
    );
    const settings = normalizeSettings(JSON.parse('{"categoryTagMap": {"__proto__": "robotics", "cs.LG": "ml"}}'));
    expect(Object.keys(settings.categoryTagMap)).toEqual(['__proto__', 'cs.LG']);
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('category %s without a mapping gets the prefix tag', (category) => {
    expect(categoryTagFor(category, 'arxiv/', {})).toBe(`arxiv/${category}`);
  });

  it.each(['constructor', 'toString', '__proto__'])('a required section named %s is matched by its own name only', (name) => {
    const required = [{ name, aliases: [] }];
    expect(templateSectionOf(name, required)).toBe(0);
    expect(templateSectionOf('Limitations', required)).toBeNull();
  });

  it('deleting a property named "constructor" deletes it', () => {
    const note = '---\nconstructor: x\ntitle: T\n---\nBody\n';
    expect(editFrontmatter(note, (p: Record<string, unknown>) => Reflect.deleteProperty(p, 'constructor'))).toBe('---\ntitle: T\n---\nBody\n');
  });
});
