/**
 * Browser harness page for the star control and the paper card: both rendered from the plugin's
 * own view code, with every onChange recorded on window.paperDistill for the test to read.
 */
import { harnessRoot } from './harness/browser-entry-setup';
import { paperCardModel } from '../../src/core/reading/paper-card';
import { DEFAULT_REQUIRED_SECTIONS } from '../../src/core/note/template-settings';
import { createPaperCard } from '../../src/plugin/views/paper-card';
import { createStarControl } from '../../src/plugin/views/star-control';

interface Recorded {
  ratings: (number | null)[];
  events: string[];
}

const recorded: Recorded = { ratings: [], events: [] };
(window as unknown as { paperDistill: Recorded }).paperDistill = recorded;

const root = harnessRoot();
const solo = root.createDiv({ cls: 'harness-row' });
solo.createSpan({ text: 'Star control: ' });
createStarControl(solo, { rating: null, label: 'HumanPlus', onChange: (r) => recorded.ratings.push(r) });

const markdown = '---\narxiv: "2406.10454"\n---\n## General Idea\n- Humanoids learn from people.\n\n## Limitations\n- \n';
const model = paperCardModel(
  {
    arxiv: '2406.10454',
    rating: 4,
    status: 'reading',
    tags: ['paper', 'arxiv/cs-RO', 'robotics/humanoid', 'Обучение'],
    code: 'https://github.com/MarkFzp/humanplus',
    project_page: 'https://humanoid-ai.github.io/',
  },
  markdown,
  DEFAULT_REQUIRED_SECTIONS,
);
const cardHolder = root.createDiv({ cls: 'harness-card' });
createPaperCard(cardHolder, model, {
  onRate: (r) => recorded.events.push(`rate:${String(r)}`),
  onStatus: (s) => recorded.events.push(`status:${s}`),
  onAddTag: () => recorded.events.push('add-tag'),
  onRemoveTag: (t) => recorded.events.push(`remove-tag:${t}`),
}, 'HumanPlus');
