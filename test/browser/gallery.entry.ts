/**
 * Browser page for the UI gallery: renders ONE piece of the plugin's UI, chosen by `?piece=`,
 * from the plugin's real classes. gallery.browser.test.ts bundles it with 'obsidian' aliased to
 * the test fake, so Modal, Setting, SuggestModal and Notice build Obsidian's DOM in Chromium.
 * `window.galleryReady` turns true once the piece is on screen.
 */
import { harnessRoot } from './harness/browser-entry-setup';
import { asObsidianApp, createFakeApp, fakeSuggestModal, Platform } from '../fakes/obsidian';
import { FIXTURE_VAULT, indexOf } from '../builders/dashboard-fixture';
import { EMPTY_QUERY } from '../../src/core/dashboard/query';
import { paperCardModel } from '../../src/core/reading/paper-card';
import { DEFAULT_REQUIRED_SECTIONS } from '../../src/core/note/template-settings';
import { DashboardController } from '../../src/plugin/dashboard/dashboard-controller';
import { createPaperCard } from '../../src/plugin/views/paper-card';
import { planImport } from '../../src/app/import-reading-log';
import type { ArxivClient } from '../../src/app/ports';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { NoticeNotifier } from '../../src/plugin/adapters/notice-notifier';
import type { PluginHost } from '../../src/plugin/host';
import { ArxivLinkModal } from '../../src/plugin/modals/arxiv-link-modal';
import { ImportPreviewModal } from '../../src/plugin/modals/import-log-modals';
import { StatusModal } from '../../src/plugin/modals/status-modal';
import { AddTagModal } from '../../src/plugin/modals/tag-modals';
import type { Services } from '../../src/plugin/services';
import { PaperDistillSettingTab } from '../../src/plugin/settings/settings-tab';
import { TemplateReportModal } from '../../src/plugin/template/template-report-modal';
import { FakeClock } from '../support/fake-clock';
import { MemoryNoteStore } from '../support/memory-note-store';

declare global {
  interface Window {
    galleryReady: boolean;
    /** What the dashboard and the paper card asked to write, for the tap tests. */
    galleryWrites: string[];
  }
}

window.galleryWrites = [];
// `?mobile=1`: a phone, as Obsidian mobile marks it (Platform and the body class).
if (new URLSearchParams(location.search).get('mobile') === '1') {
  Platform.isMobile = true;
  Platform.isDesktop = false;
  document.body.addClass('is-mobile');
}

const app = asObsidianApp(createFakeApp());
const settings: Settings = { ...DEFAULT_SETTINGS };

const NOTES: Record<string, string> = {
  'Papers/HumanPlus.md': paperNote('2406.10454', '- Humanoids shadow people in real time.', '', ''),
  'Papers/Diffusion Policy.md': paperNote('2303.04137', '', '', ''),
  'Papers/A Very Long Paper Title About Learning Dexterous Bimanual Manipulation From Few Demonstrations.md': paperNote(
    '2401.00001',
    '- Learns from 50 demonstrations.',
    '- Needs a motion-capture rig.',
    '',
  ),
  'Papers/RT-2.md': paperNote('2307.15818', '- Vision-language-action model.', '- Slow inference.', '- Web knowledge for robots.'),
};

const LOG = [
  '# Robot learning',
  '',
  '### HumanPlus: Humanoid Shadowing and Imitation from Humans 🌟',
  '> Fu, Z., Zhao, Q., Wu, Q., Wetzstein, G., & Finn, C. (2024). HumanPlus. arXiv preprint arXiv:2406.10454.',
  '- Main Idea:',
  '  1. Shadow a person with a whole-body policy.',
  '- Limitation:',
  '  1. Needs a camera on the person.',
  '',
  '### Diffusion Policy: Visuomotor Policy Learning via Action Diffusion',
  '> Chi, C., et al. (2023). Diffusion Policy. arXiv preprint arXiv:2303.04137.',
  '- Main Idea:',
  '  1. Actions are sampled by denoising.',
  '',
  '### A workshop paper without an arXiv id',
  '> Doe, J. (2024). A workshop paper. In Workshop on Robots.',
  '- Utility:',
  '  1. A cheap baseline.',
  '',
].join('\n');

function paperNote(arxiv: string, idea: string, limits: string, uses: string): string {
  return [
    '---',
    `arxiv: "${arxiv}"`,
    'tags:',
    '  - paper',
    '---',
    '## General Idea',
    idea || '- ',
    '',
    '## Limitations',
    limits || '- ',
    '',
    '## Utilities',
    uses || '- ',
    '',
  ].join('\n');
}

function host(store: MemoryNoteStore): PluginHost {
  const services = { store, notifier: new NoticeNotifier() } as unknown as Services;
  const fake = { app, settings, services: () => services, updateSettings: () => Promise.resolve() };
  return fake as unknown as PluginHost;
}

const noArxiv: ArxivClient = { fetchPapers: () => Promise.reject(new Error('The gallery never fetches.')) };

async function show(piece: string): Promise<void> {
  switch (piece) {
    case 'link-modal':
      new ArxivLinkModal(app, () => undefined).open();
      return;
    case 'settings': {
      const tab = new PaperDistillSettingTab(app, host(new MemoryNoteStore()));
      harnessRoot().appendChild(tab.containerEl);
      tab.display();
      return;
    }
    case 'template-report': {
      const modal = new TemplateReportModal(app, host(new MemoryNoteStore(NOTES)));
      modal.open();
      await modal.ready;
      return;
    }
    case 'import-preview': {
      const store = new MemoryNoteStore({ 'Papers/HumanPlus.md': paperNote('2406.10454', '', '', '') });
      const plan = await planImport(LOG, { store, arxiv: noArxiv, clock: new FakeClock(), settings: () => settings });
      new ImportPreviewModal(app, plan, () => undefined).open();
      return;
    }
    case 'status-modal': {
      const modal = new StatusModal(app, 'reading', () => undefined);
      modal.open();
      await fakeSuggestModal(modal).settled();
      return;
    }
    case 'add-tag': {
      const tags = ['paper', 'robotics', 'robotics/humanoid', 'robotics/manipulation', 'reading-group', 'rl'];
      const modal = new AddTagModal(app, tags, ['paper'], () => undefined);
      modal.open();
      await fakeSuggestModal(modal).settled();
      return;
    }
    case 'notice': {
      const notifier = new NoticeNotifier();
      notifier.info('Paper Distill: 2 notes created in Papers.');
      notifier.withAction('Paper Distill: arXiv did not answer, so 2406.10454 was created without its metadata.', 'Retry now', () => undefined);
      return;
    }
    case 'dashboard': {
      const index = indexOf(FIXTURE_VAULT);
      const root = harnessRoot().createDiv({ cls: 'workspace-leaf-content' });
      new DashboardController(root, {
        index: () => index,
        paperTag: () => 'paper',
        open: (path) => window.galleryWrites.push(`open:${path}`),
        rate: (path, rating) => window.galleryWrites.push(`rate:${path}:${String(rating)}`),
        setStatus: (path, status) => Promise.resolve(window.galleryWrites.push(`status:${path}:${status}`) > 0),
      }, EMPTY_QUERY).render();
      return;
    }
    case 'paper-card': {
      const markdown = '---\narxiv: "2406.10454"\n---\n## General Idea\n- Humanoids learn from people.\n\n## Limitations\n- \n';
      const model = paperCardModel(
        { arxiv: '2406.10454', arxiv_version: 3, read_version: 2, rating: 4, status: 'reading', tags: ['paper', 'arxiv/cs-RO', 'robotics/humanoid'], code: 'https://github.com/x/humanplus' },
        markdown,
        DEFAULT_REQUIRED_SECTIONS,
      );
      const card = createPaperCard(harnessRoot().createDiv({ cls: 'markdown-preview-view' }), model, {
        onRate: (r) => {
          window.galleryWrites.push(`rate:${String(r)}`);
          card.update({ ...model, rating: r });
        },
        onStatus: (st) => window.galleryWrites.push(`status:${st}`),
        onAddTag: () => window.galleryWrites.push('add-tag'),
        onRemoveTag: (t) => window.galleryWrites.push(`remove-tag:${t}`),
        onInsertSections: () => window.galleryWrites.push('insert-sections'),
      }, 'HumanPlus');
      return;
    }
    default:
      throw new Error(`No gallery piece "${piece}".`);
  }
}

window.galleryReady = false;
show(new URLSearchParams(location.search).get('piece') ?? '').then(
  () => {
    window.galleryReady = true;
  },
  (e: unknown) => {
    document.body.setText(`Gallery error: ${e instanceof Error ? e.message : String(e)}`);
    window.galleryReady = true;
  },
);
