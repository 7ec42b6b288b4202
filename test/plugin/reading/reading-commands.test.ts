/** @jest-environment jsdom */
import { AddTagModal, RemoveTagModal, tagChoices } from '../../../src/plugin/modals/tag-modals';
import { StatusModal } from '../../../src/plugin/modals/status-modal';
import { distilledNote, templateNote } from '../../builders/note';
import { clearNotices, fakeSuggestModal, noticeMessages, openModals } from '../../fakes/obsidian';
import { startPlugin } from '../../support/start-plugin';
import { waitFor } from '../../support/wait-for';

const DISTILLED = 'Papers/Distilled.md';
const UNDISTILLED = 'Papers/Template.md';
const DAILY = 'Daily.md';
const DISTILLED_TEXT = distilledNote().replace('tags:\n  - paper\n', 'arxiv_version: 2\ntags:\n  - paper\n  - ML\nstatus: reading\n');
const UNDISTILLED_TEXT = templateNote().replace('"2406.10454"', '"2401.00001"');
const FILES = {
  [DISTILLED]: DISTILLED_TEXT,
  [UNDISTILLED]: UNDISTILLED_TEXT,
  [DAILY]: '---\ntags: [journal, robotics/humanoid]\n---\nNotes #Обучение\n',
};

async function start() {
  const { app, fake } = await startPlugin(FILES);
  const open = async (path: string) => app.workspace.getLeaf(false).openFile(app.vault.getFileByPath(path)!);
  const text = (path: string) => app.vault.read(app.vault.getFileByPath(path)!);
  const run = (id: string) => {
    const command = fake.commands.get(id);
    if (!command?.checkCallback) throw new Error(`no checkCallback command ${id}`);
    return command.checkCallback(false);
  };
  const available = (id: string) => fake.commands.get(id)?.checkCallback?.(true);
  return { app, fake, open, text, run, available };
}

const lastModal = <T>(type: abstract new (...args: never[]) => T): T => {
  const modal = openModals().at(-1);
  if (!(modal instanceof type)) throw new Error(`expected a ${type.name} to be open`);
  return modal;
};

type Suggester = AddTagModal | RemoveTagModal | StatusModal;

async function type(modal: Suggester, query: string): Promise<void> {
  modal.inputEl.value = query;
  modal.inputEl.dispatchEvent(new Event('input'));
  await fakeSuggestModal<unknown>(modal).settled();
}

const settled = (modal: Suggester) => fakeSuggestModal<unknown>(modal).settled();
const shown = <T>(modal: { getSuggestions(q: string): T[] }) => fakeSuggestModal(modal as never).suggestions() as T[];

function pressEnter(modal: Suggester): void {
  modal.inputEl.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
}

describe('reading commands', () => {
  beforeEach(() => {
    clearNotices();
    for (const modal of openModals()) modal.close();
  });

  it('registers the commands with sentence-case names and no hotkeys', async () => {
    const { fake } = await start();
    const reading = ['rate-paper-1', 'rate-paper-2', 'rate-paper-3', 'rate-paper-4', 'rate-paper-5', 'clear-rating', 'set-reading-status', 'mark-as-read', 'add-tag', 'remove-tag'];
    const names = [...fake.commands.values()].filter((c) => reading.includes(c.id));
    expect(names.map((c) => c.name)).toEqual([
      'Rate paper: 1 star',
      'Rate paper: 2 stars',
      'Rate paper: 3 stars',
      'Rate paper: 4 stars',
      'Rate paper: 5 stars',
      'Clear rating',
      'Set reading status…',
      'Mark as read',
      'Add tag…',
      'Remove tag…',
    ]);
    expect(names.every((c) => c.hotkeys === undefined && c.checkCallback !== undefined)).toBe(true);
  });

  it('offers the commands only while a paper note is active', async () => {
    const { open, available } = await start();
    expect(available('rate-paper-3')).toBe(false);
    await open(DAILY);
    expect(['rate-paper-3', 'clear-rating', 'set-reading-status', 'mark-as-read', 'add-tag', 'remove-tag'].map(available)).toEqual(
      Array(6).fill(false),
    );
    await open(DISTILLED);
    expect(available('rate-paper-3')).toBe(true);
    expect(available('add-tag')).toBe(true);
  });

  it('"Rate paper: 4 stars" writes the rating and "Clear rating" removes it', async () => {
    const { open, run, text } = await start();
    await open(DISTILLED);
    run('rate-paper-4');
    await waitFor(async () => (await text(DISTILLED)).includes('rating: 4\n'), 'the rating');
    expect(noticeMessages()).toContain('Rated Distilled 4 stars.');
    run('clear-rating');
    await waitFor(async () => !(await text(DISTILLED)).includes('rating:'), 'the rating to go');
  });

  it('"Mark as read" on an undistilled paper shows the gate reason and leaves the file unchanged', async () => {
    const { open, run, text } = await start();
    await open(UNDISTILLED);
    run('mark-as-read');
    const message = await waitFor(() => noticeMessages().find((m) => m.includes('Not distilled yet')), 'the refusal');
    expect(message).toMatch(/^Paper Distill: .+ was not marked read\. Not distilled yet/);
    expect(message).toContain(
      'Not distilled yet: General Idea is empty; Limitations is empty; Utilities is empty. Fill these sections before marking it read.',
    );
    expect(await text(UNDISTILLED)).toBe(UNDISTILLED_TEXT);
  });

  it('"Mark as read" on a distilled paper sets status and read_version', async () => {
    const { open, run, text, app } = await start();
    await open(DISTILLED);
    run('mark-as-read');
    await waitFor(async () => (await text(DISTILLED)).includes('status: read\n'), 'status read');
    await app.metadataCache.whenIdle();
    expect(app.metadataCache.getCache(DISTILLED)?.frontmatter).toMatchObject({ status: 'read', read_version: 2 });
  });

  it('"Set reading status…" offers the three statuses, marks the current one, and writes the choice', async () => {
    const { open, run, text } = await start();
    await open(DISTILLED);
    run('set-reading-status');
    const modal = lastModal(StatusModal);
    await settled(modal);
    expect(shown(modal)).toEqual(['to-read', 'reading', 'read']);
    expect([...modal.resultContainerEl.querySelectorAll('.suggestion-item')].map((e) => e.textContent)).toEqual([
      'To read',
      'Reading (current)',
      'Read',
    ]);
    await type(modal, 'to');
    pressEnter(modal);
    await waitFor(async () => (await text(DISTILLED)).includes('status: to-read\n'), 'status to-read');
  });

  it('"Add tag…" suggests vault tags (nested and Unicode included) and adds the chosen one', async () => {
    const { open, run, text } = await start();
    await open(DISTILLED);
    run('add-tag');
    const modal = lastModal(AddTagModal);
    await type(modal, 'hum');
    expect(shown(modal)).toEqual([{ kind: 'existing', tag: 'robotics/humanoid' }, { kind: 'create', tag: 'hum' }]);
    await type(modal, '');
    expect(shown(modal).map((c) => c.tag)).toEqual(['journal', 'robotics', 'robotics/humanoid', 'Обучение']);
    await type(modal, 'обуч');
    pressEnter(modal);
    await waitFor(async () => (await text(DISTILLED)).includes('  - Обучение\n'), 'the tag');
    expect(noticeMessages()).toContain('Tagged Distilled #Обучение.');
  });

  it('"Add tag…" creates a new tag, and explains why an invalid one cannot be', async () => {
    const { open, run, text } = await start();
    await open(DISTILLED);
    run('add-tag');
    let modal = lastModal(AddTagModal);
    await type(modal, '#new-topic');
    expect(shown(modal)).toEqual([{ kind: 'create', tag: 'new-topic' }]);
    expect(modal.resultContainerEl.textContent).toBe('Create #new-topic');
    pressEnter(modal);
    await waitFor(async () => (await text(DISTILLED)).includes('  - new-topic\n'), 'the new tag');

    run('add-tag');
    modal = lastModal(AddTagModal);
    await type(modal, 'cs.RO');
    pressEnter(modal);
    expect(noticeMessages()).toContain('"cs.RO" is not a valid tag: it has a dot; use "-" instead, as in cs-RO.');
  });

  it('"Remove tag…" lists the note\'s tags and removes the chosen one', async () => {
    const { open, run, text } = await start();
    await open(DISTILLED);
    run('remove-tag');
    const modal = lastModal(RemoveTagModal);
    await settled(modal);
    expect(shown(modal)).toEqual(['paper', 'ML']);
    await type(modal, 'ml');
    pressEnter(modal);
    await waitFor(async () => !(await text(DISTILLED)).includes('  - ML\n'), 'the tag to go');
    expect(await text(DISTILLED)).toBe(DISTILLED_TEXT.replace('  - ML\n', ''));
  });
});

describe('tagChoices', () => {
  const vault = ['arxiv', 'arxiv/cs-RO', 'ML', 'robotics', 'robotics/humanoid'];

  it.each([
    ['ml', [], [{ kind: 'existing', tag: 'ML' }]],
    ['ML', ['ml'], []],
    ['cs-', [], [{ kind: 'existing', tag: 'arxiv/cs-RO' }, { kind: 'create', tag: 'cs-' }]],
    ['Robotics/Humanoid', [], [{ kind: 'existing', tag: 'robotics/humanoid' }]],
    ['machine learning', [], [{ kind: 'invalid', tag: 'machine learning', reason: expect.stringContaining('has a space') as string }]],
    ['1984', [], [{ kind: 'invalid', tag: '1984', reason: expect.stringContaining('only digits') as string }]],
  ])('%j with note tags %j → %j', (query, noteTags, choices) => {
    expect(tagChoices(query, vault, noteTags)).toEqual(choices);
  });
});
