// The dashboard panel in a plain page, over a synthetic vault: bundled by dashboard.browser.test.ts.
import { PaperIndex } from '../../../src/core/dashboard/index';
import { EMPTY_QUERY } from '../../../src/core/dashboard/query';
import { paperRecord } from '../../../src/core/dashboard/record';
import { DEFAULT_REQUIRED_SECTIONS } from '../../../src/core/note/template-settings';
import { DashboardController } from '../../../src/plugin/dashboard/dashboard-controller';
import { installDomHelpers } from '../../fakes/obsidian-dom';
import { syntheticPapers } from '../../builders/paper-vault';

interface Write {
  readonly kind: 'rating' | 'status' | 'open';
  readonly path: string;
  readonly value: unknown;
}

declare global {
  interface Window {
    dashboardWrites: Write[];
    dashboardReady: { papers: number; buildMs: number };
  }
}

installDomHelpers();
const count = Number(new URLSearchParams(location.search).get('papers') ?? '10000');
const options = { paperTag: 'paper', requiredSections: DEFAULT_REQUIRED_SECTIONS };
const notes = syntheticPapers(count);
const index = new PaperIndex();
const t0 = performance.now();
index.reset(notes.map((n) => paperRecord(n.path, n.frontmatter, n.text, options)!));
const buildMs = performance.now() - t0;
const frontmatter = new Map(notes.map((n) => [n.path, n.frontmatter]));

window.dashboardWrites = [];
const root = document.querySelector<HTMLElement>('.workspace-leaf-content')!;
const controller = new DashboardController(
  root,
  {
    index: () => index,
    paperTag: () => 'paper',
    open: (path, newTab) => window.dashboardWrites.push({ kind: 'open', path, value: newTab }),
    // What the plugin's write does, in memory: change the property, update the index.
    rate(path, rating) {
      window.dashboardWrites.push({ kind: 'rating', path, value: rating });
      const fm = { ...frontmatter.get(path)!, rating: rating ?? undefined };
      frontmatter.set(path, fm);
      const note = notes.find((n) => n.path === path)!;
      index.upsert(path, paperRecord(path, fm, note.text, options));
      controller.refresh();
    },
    setStatus(path, status) {
      window.dashboardWrites.push({ kind: 'status', path, value: status });
      return Promise.resolve(true);
    },
  },
  EMPTY_QUERY,
);
controller.render();
window.dashboardReady = { papers: index.size, buildMs };
