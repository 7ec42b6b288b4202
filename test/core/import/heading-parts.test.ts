import { parseHeadingText } from '../../../src/core/import/heading-parts';
import { topicTag } from '../../../src/core/import/topic-tags';

describe('parseHeadingText', () => {
  it.each([
    ['HumanPlus: Humanoid Shadowing', { title: 'HumanPlus: Humanoid Shadowing', recommended: false, resources: [], remarks: [], links: [] }],
    [
      '🌟 OpenVLA: An Open VLA (BP of CoRL 2024) [arxiv][website][dataset✅][model✅]',
      { title: 'OpenVLA: An Open VLA', recommended: true, resources: ['arxiv', 'website', 'dataset✅', 'model✅'], remarks: ['BP of CoRL 2024'], links: [] },
    ],
    ['⭐️Title with star', { title: 'Title with star', recommended: true }],
    ['Title 🌟', { title: 'Title', recommended: true }],
    [
      '[Unpacking Failure Modes ](https://arxiv.org/pdf/2410.04640)',
      { title: 'Unpacking Failure Modes', links: ['https://arxiv.org/pdf/2410.04640'], resources: [] },
    ],
    ['GNM (General Navigation Model)', { title: 'GNM (General Navigation Model)', remarks: [] }],
    [
      'A paper [arxiv](https://arxiv.org/abs/2406.10454)[code](https://github.com/x/y)',
      { title: 'A paper', resources: ['arxiv', 'code'], links: ['https://arxiv.org/abs/2406.10454', 'https://github.com/x/y'] },
    ],
    ['π0: A Flow Model (Oral)', { title: 'π0: A Flow Model', remarks: ['Oral'] }],
  ])('%s', (text, expected) => {
    expect(parseHeadingText(text)).toMatchObject(expected);
  });
});

describe('topicTag', () => {
  it.each([
    ['Robotics', 'topic/robotics'],
    ['Fundamental Research of AI', 'topic/fundamental-research-of-ai'],
    ['Robotics / Manipulation', 'topic/robotics/manipulation'],
    ['RL & Control.', 'topic/rl-control'],
    ['Робототехника', 'topic/робототехника'],
    ['机器人 学', 'topic/机器人-学'],
    ['🤖 Robots', 'topic/robots'],
    ['2024', null],
    ['🤖', null],
  ])('%s → %s', (heading, tag) => {
    expect(topicTag(heading, 'topic/')).toBe(tag);
  });

  it('uses the prefix as given, also an empty one', () => {
    expect(topicTag('Robotics', '')).toBe('robotics');
  });
});
