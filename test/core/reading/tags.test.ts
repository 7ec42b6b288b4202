import {
  addTagTo,
  collectTags,
  isTagOrChildOf,
  readTags,
  removeTagFrom,
  sameTag,
  tagKey,
  validateTag,
} from '../../../src/core/reading/tags';

describe('validateTag', () => {
  it.each([
    ['ml', 'ml'],
    ['#ml', 'ml'],
    ['  #robotics  ', 'robotics'],
    ['Machine-Learning', 'Machine-Learning'],
    ['snake_case', 'snake_case'],
    ['arxiv/cs-RO', 'arxiv/cs-RO'],
    ['topic/robot/humanoid', 'topic/robot/humanoid'],
    ['y2024', 'y2024'],
    ['2024-review', '2024-review'],
    ['year/2024', 'year/2024'],
    ['_', '_'],
    ['обучение', 'обучение'],
    ['机器学习', '机器学习'],
    ['ロボット/模倣', 'ロボット/模倣'],
    ['Ελληνικά', 'Ελληνικά'],
    ['हिन्दी', 'हिन्दी'],
    ['café', 'café'],
  ])('accepts %j as %j', (input, tag) => {
    expect(validateTag(input)).toEqual({ ok: true, value: tag });
  });

  it.each([
    ['', 'A tag needs at least one letter'],
    ['#', 'A tag needs at least one letter'],
    ['   ', 'A tag needs at least one letter'],
    ['machine learning', '"machine learning" is not a valid tag: it has a space; join the words with "-" or "_", or nest them with "/".'],
    ['cs.RO', '"cs.RO" is not a valid tag: it has a dot; use "-" instead, as in cs-RO.'],
    ['1984', '"1984" is not a valid tag: it is only digits; add a letter, as in y2024.'],
    ['2024/06', '"2024/06" is not a valid tag: it is only digits'],
    ['##ml', '"#ml" is not a valid tag: it has a "#" inside it'],
    ['ml#rl', 'has a "#" inside it'],
    ['/ml', 'starts or ends with "/"'],
    ['ml/', 'starts or ends with "/"'],
    ['ml//rl', 'has an empty level ("//")'],
    ['c++', 'has "+"; tags hold only letters, digits, "_", "-" and "/"'],
    ['what?', 'has "?"'],
    ['a,b', 'has ","'],
    ['🌟', 'has "🌟"'],
  ])('refuses %j with a reason', (input, reason) => {
    const result = validateTag(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('REFUSED');
      expect(result.error.message).toContain(reason);
    }
  });
});

describe('matching tags', () => {
  it.each([
    ['ML', 'ml', true],
    ['#ML', 'ml', true],
    ['Обучение', 'обучение', true],
    ['ÉCOLE', 'école', true],
    ['arxiv/cs-RO', 'ARXIV/CS-ro', true],
    ['ml', 'ml/rl', false],
    ['ml-rl', 'ml_rl', false],
  ])('%j and %j are the same tag: %j', (a, b, same) => {
    expect(sameTag(a, b)).toBe(same);
    expect(tagKey(a) === tagKey(b)).toBe(same);
  });

  it.each([
    ['ml/rl', 'ml', true],
    ['ML/RL', 'ml', true],
    ['ml', 'ml', true],
    ['mlops', 'ml', false],
    ['ai/ml', 'ml', false],
  ])('%j is %j or nested under it: %j', (tag, parent, expected) => {
    expect(isTagOrChildOf(tag, parent)).toBe(expected);
  });
});

describe('readTags', () => {
  it.each([
    [['paper', 'arxiv/cs-RO'], ['paper', 'arxiv/cs-RO']],
    [['#paper', ' ml '], ['paper', 'ml']],
    ['paper, ml', ['paper', 'ml']],
    ['paper ml', ['paper', 'ml']],
    ['#paper', ['paper']],
    [['paper', 42, null, ''], ['paper']],
    [undefined, []],
    [null, []],
    [7, []],
  ])('%j → %j', (value, tags) => {
    expect(readTags(value)).toEqual(tags);
  });
});

describe('editing the tag list', () => {
  it.each([
    [['paper'], 'ml', ['paper', 'ml'], true, 'ml'],
    [['paper', 'ML'], 'ml', ['paper', 'ML'], false, 'ML'],
    [['paper', 'ml'], 'ML', ['paper', 'ml'], false, 'ml'],
    [['Обучение'], 'обучение', ['Обучение'], false, 'Обучение'],
    [['ml'], 'ml/rl', ['ml', 'ml/rl'], true, 'ml/rl'],
    [[], 'robotics', ['robotics'], true, 'robotics'],
  ])('add to %j: %j → %j (changed %j, tag %j)', (current, tag, tags, changed, shown) => {
    expect(addTagTo(current, tag)).toEqual({ tags, changed, tag: shown });
  });

  it.each([
    [['paper', 'ML'], 'ml', ['paper'], true, 'ML'],
    [['paper', 'ml', 'ML'], 'Ml', ['paper'], true, 'ml'],
    [['paper', 'ml/rl'], 'ml', ['paper', 'ml/rl'], false, 'ml'],
    [['paper', 'ml/rl'], 'ML/RL', ['paper'], true, 'ml/rl'],
    [['paper'], 'ml', ['paper'], false, 'ml'],
  ])('remove from %j: %j → %j (changed %j, tag %j)', (current, tag, tags, changed, shown) => {
    expect(removeTagFrom(current, tag)).toEqual({ tags, changed, tag: shown });
  });
});

describe('collectTags', () => {
  it('offers each tag once in its first spelling, with the parents of nested tags, sorted', () => {
    expect(collectTags(['#paper', 'ML', 'ml', 'arxiv/cs-RO', 'arxiv/cs-LG', 'topic/robot/humanoid', 'bad tag', '1984', 'Zeta'])).toEqual([
      'arxiv',
      'arxiv/cs-LG',
      'arxiv/cs-RO',
      'ML',
      'paper',
      'topic',
      'topic/robot',
      'topic/robot/humanoid',
      'Zeta',
    ]);
  });

  it('skips all-digit parents of a nested tag', () => {
    expect(collectTags(['2024/review'])).toEqual(['2024/review']);
  });
});
