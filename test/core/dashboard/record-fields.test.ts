import { dateOf, familyKey, str, strList, tagKeys, tagList, yearOf } from '../../../src/core/dashboard/record-fields';
import { isCollapsed } from '../../../src/core/text/whitespace';
import { seededRandom } from '../../builders/note';
import { HOSTILE_FRAGMENTS, hostileString } from '../../builders/reader-content';

/** The rules as regular expressions say them: what the quick readers must give. */
const plain = {
  str: (v: unknown) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : typeof v === 'number' ? String(v) : ''),
  strList: (v: unknown) =>
    typeof v === 'string' ? (v.trim() === '' ? [] : [v.trim()]) : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim()) : [],
  tagList: (raw: unknown) => {
    const items: unknown[] = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/[,\s]+/) : [];
    return [...new Set(items.filter((i): i is string => typeof i === 'string').map((i) => i.trim().replace(/^#/, '')).filter((t) => t !== ''))];
  },
  tagKeys: (tags: readonly string[]) => {
    const keys = new Set<string>();
    for (const tag of tags) {
      const lower = tag.toLowerCase();
      for (let at = lower.indexOf('/'); at >= 0; at = lower.indexOf('/', at + 1)) keys.add(lower.slice(0, at));
      keys.add(lower);
    }
    return [...keys];
  },
  familyKey: (name: string) => name.trim().toLowerCase().split(/\s+/).pop() ?? '',
  dateOf: (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null),
  yearOf: (v: unknown) => {
    const m = typeof v === 'string' ? /^(\d{4})/.exec(v) : null;
    return m ? Number(m[1]) : null;
  },
};

function samples(): string[] {
  const rng = seededRandom(21);
  const spaces = ['\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', '\u0085', '\u180e', '\t', '\n', '\r\n', '  '];
  const out = [...HOSTILE_FRAGMENTS, ...spaces, '', ' ', '#', '##a', '#a,#b', 'A/B/c', 'a//b', '/a/', '2024-01-01', '2024-1-01', '１２３４', '2024-01-01T10:00', '0123'];
  for (let i = 0; i < 2000; i++) out.push(hostileString(rng, 6) + (rng() < 0.3 ? spaces[Math.floor(rng() * spaces.length)] : '') + hostileString(rng, 3));
  return out;
}

describe('record field readers', () => {
  const texts = samples();

  it.each(Object.keys(plain).filter((k) => k !== 'tagList' && k !== 'tagKeys' && k !== 'strList') as ('str' | 'familyKey' | 'dateOf' | 'yearOf')[])(
    '%s gives what the regular expressions give on hostile text',
    (name) => {
      const quick = { str, familyKey, dateOf, yearOf }[name] as (v: string) => unknown;
      const reference = plain[name] as (v: string) => unknown;
      expect(texts.filter((t) => quick(t) !== reference(t))).toEqual([]);
      expect(texts.filter((t) => isCollapsed(t) !== (plain.str(t) === t))).toEqual([]);
    },
  );

  it('list readers give the same lists, in the same order, for lists and comma strings', () => {
    const rng = seededRandom(4);
    const lists: unknown[] = [...texts, 42, null, undefined, {}, [1, 'a', null, ' a ', 'a', '#a', 'A']];
    for (let i = 0; i < 500; i++) lists.push(Array.from({ length: Math.floor(rng() * 30) }, () => texts[Math.floor(rng() * texts.length)]));
    for (const v of lists) {
      expect(tagList(v)).toEqual(plain.tagList(v));
      expect(strList(v)).toEqual(plain.strList(v));
      const tags = plain.tagList(v);
      expect(tagKeys(tags)).toEqual(plain.tagKeys(tags));
    }
  });
});
