/** @jest-environment jsdom */
import { DASHBOARD_VIEW_TYPE, DashboardView } from '../../../src/plugin/dashboard/dashboard-view';
import { renderFrontmatter } from '../../../src/core/note/frontmatter';
import { startPlugin } from '../../support/start-plugin';
import { waitFor } from '../../support/wait-for';

const props = (title: string) => renderFrontmatter({ title, arxiv: '2406.10454', tags: ['paper'], status: 'read' });
const VAULT: Record<string, string> = {
  // Prose under each heading, quotes above them: the metadata cache settles these.
  'Papers/Prose.md': `${props('Prose')}\n> Citation.\n\n## General Idea\nIt works.\n\n## Limitations\n\n## Utilities\nA table:\n\n| a |\n|---|\n| 1 |\n`,
  'Papers/Empty.md': `${props('Empty')}\n## General Idea\n\n## Limitations\n\n## Utilities\n`,
  // Bullets: only the text can tell a bare `- ` from a point.
  'Papers/Bullets.md': `${props('Bullets')}\n## General Idea\n- \n## Limitations\n- A point.\n## Utilities\n- \n`,
};

describe('the index built from the metadata cache', () => {
  it('reads only the notes whose blocks the cache cannot settle, and shows the same badges', async () => {
    const started = await startPlugin(VAULT);
    const read: string[] = [];
    const cachedRead = started.app.vault.cachedRead.bind(started.app.vault);
    started.app.vault.cachedRead = (file) => {
      read.push(file.path);
      return cachedRead(file);
    };
    document.body.empty();
    started.fake.commands.get('open-paper-dashboard')?.callback?.();
    const leaf = await waitFor(() => started.app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0], 'the dashboard leaf');
    const view = leaf.view as unknown as DashboardView;
    await waitFor(() => view.controller, 'the dashboard to render');
    document.body.appendChild(view.containerEl);
    const badge = (path: string) => view.contentEl.querySelector(`tr[data-path="${path}"] .paper-distill-badge`)?.textContent;
    await waitFor(() => badge('Papers/Bullets.md'), 'the rows');
    expect([badge('Papers/Prose.md'), badge('Papers/Empty.md'), badge('Papers/Bullets.md')]).toEqual(['2/3', '0/3', '1/3']);
    expect(read).toEqual(['Papers/Bullets.md']);
  });
});
