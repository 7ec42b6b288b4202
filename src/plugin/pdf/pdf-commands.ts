import type { TFile } from 'obsidian';
import { linkedPdfPath, pdfDownloadUrl, pdfPathFor, ARXIV_PDF_BASE } from '../../core/pdf/pdf-file';
import { positiveInt } from '../../core/note/version-status';
import { runQuery } from '../../core/dashboard/run-query';
import { arxivPaperCheck, type CommandHost } from '../commands/active-paper';
import { DashboardView, DASHBOARD_VIEW_TYPE, savedQuery } from '../dashboard/dashboard-view';
import type { IndexSync } from '../dashboard/index-sync';
import type { PluginHost } from '../host';
import { downloadWithProgress } from './pdf-progress';

/** "Download PDF" and "Open PDF beside note" for the active paper note. */
export function registerPdfCommands(plugin: PluginHost): void {
  plugin.addCommand({
    id: 'download-pdf',
    name: 'Download PDF',
    checkCallback: arxivPaperCheck(plugin, (paper) => void downloadWithProgress(plugin.services().pdfs, plugin.services().notifier, [paper.file.path])),
  });
  plugin.addCommand({
    id: 'open-pdf-beside-note',
    name: 'Open PDF beside note',
    checkCallback: arxivPaperCheck(plugin, (paper) => void openPdfBeside(plugin, paper.file, paper.id, paper.frontmatter)),
  });
}

/** "Download PDFs of filtered papers": every paper the open dashboard shows (or its remembered filter). */
export function registerFilteredPdfCommand(plugin: PluginHost, sync: IndexSync): void {
  plugin.addCommand({
    id: 'download-pdfs-of-filtered-papers',
    name: 'Download PDFs of filtered papers',
    callback: () => void downloadFiltered(plugin, sync),
  });
}

async function downloadFiltered(plugin: PluginHost, sync: IndexSync): Promise<void> {
  const index = await sync.ready();
  const dashboard = plugin.app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0]?.view;
  const query = dashboard instanceof DashboardView && dashboard.controller !== null ? dashboard.controller.currentQuery : savedQuery(plugin.settings.dashboardFilter);
  const paths = runQuery(index, query).records.filter((r) => r.arxiv !== null).map((r) => r.path);
  const services = plugin.services();
  if (paths.length === 0) {
    services.notifier.info('Paper Distill: the dashboard shows no arXiv papers, so there is no PDF to download.');
    return;
  }
  await downloadWithProgress(services.pdfs, services.notifier, paths);
}

/**
 * The PDF in the vault when there is one (the note's `pdf_file`, else the file named like the
 * note), opened in a split to the right; otherwise arXiv's PDF of the recorded version, in
 * Obsidian's web viewer when it is enabled, else in the browser.
 */
export async function openPdfBeside(host: CommandHost, note: TFile, id: string, frontmatter: Readonly<Record<string, unknown>> | null): Promise<void> {
  const { vault, workspace } = host.app;
  const candidates = [linkedPdfPath(frontmatter?.pdf_file), pdfPathFor(note.path, host.settings.pdfFolder)];
  for (const path of candidates) {
    const file = path === null ? null : vault.getFileByPath(path);
    if (file !== null) {
      await workspace.getLeaf('split', 'vertical').openFile(file);
      return;
    }
  }
  const url = pdfDownloadUrl(ARXIV_PDF_BASE, id, positiveInt(frontmatter?.arxiv_version));
  const leaf = workspace.getLeaf('split', 'vertical');
  const shown = await leaf.setViewState({ type: 'webviewer', state: { url, navigate: true }, active: true }).then(
    () => leaf.view?.getViewType() === 'webviewer',
    () => false,
  );
  // Without the Web viewer core plugin the split would stay empty: the browser opens the PDF instead.
  if (!shown) {
    leaf.detach();
    window.open(url);
  }
}
