import { Modal, Notice, requireApiVersion, Setting, type App } from 'obsidian';
import { writeUnderFreeName } from '../../app/free-name';
import { exportPapers, writeBaseFile } from '../../app/paper-collection';
import { runQuery } from '../../core/dashboard/run-query';
import { basesFilter, leftOutMessage } from '../../core/dashboard/bases-filter';
import type { PaperQuery } from '../../core/dashboard/query';
import { EXPORT_FORMATS, type ExportFormat } from '../../core/dashboard/export';
import { localIsoDate } from '../../core/dates';
import type { PluginHost } from '../host';
import { CODE_BLOCK_LANGUAGE, renderPaperBlock } from './code-block';
import { registerFilteredPdfCommand } from '../pdf/pdf-commands';
import { DASHBOARD_VIEW_TYPE, DashboardView, openDashboard, savedQuery } from './dashboard-view';
import { IndexSync } from './index-sync';

const EXTENSIONS: Readonly<Record<ExportFormat, string>> = { bibtex: 'bib', 'csl-json': 'json', annotated: 'md' };
const FORMAT_NAMES: Readonly<Record<ExportFormat, string>> = { bibtex: 'BibTeX', 'csl-json': 'CSL-JSON', annotated: 'Annotated bibliography' };

/** The dashboard feature: index sync, view, ribbon icon, code block and three commands. */
export function registerDashboard(plugin: PluginHost): IndexSync {
  const sync = new IndexSync(plugin.app, () => plugin.settings);
  sync.register(plugin);
  // Which notes are papers, and how complete they are, depend on these two settings.
  plugin.onSettingsChange((before, after) => {
    const key = (s: typeof before) => JSON.stringify([s.paperTag, s.requiredSections]);
    if (key(before) !== key(after)) sync.invalidate();
  });
  plugin.registerView(DASHBOARD_VIEW_TYPE, (leaf) => new DashboardView(leaf, plugin, sync));
  // Page preview then shows a note when the pointer rests on a row's title with Mod held (its setting can drop the key).
  plugin.registerHoverLinkSource(DASHBOARD_VIEW_TYPE, { display: 'Paper Distill', defaultMod: true });
  plugin.addRibbonIcon('library', 'Open paper dashboard', () => void openDashboard(plugin));
  plugin.addCommand({ id: 'open-paper-dashboard', name: 'Open paper dashboard', callback: () => void openDashboard(plugin) });
  plugin.registerMarkdownCodeBlockProcessor(CODE_BLOCK_LANGUAGE, (source, el, ctx) => renderPaperBlock(plugin, sync, source, el, ctx));
  plugin.addCommand({ id: 'create-bases-dashboard', name: 'Create Bases dashboard', callback: () => void createBase(plugin, sync) });
  plugin.addCommand({
    id: 'export-filtered-papers',
    name: 'Export filtered papers',
    callback: () => new ExportModal(plugin.app, (format) => void exportFiltered(plugin, sync, format)).open(),
  });
  registerFilteredPdfCommand(plugin, sync);
  return sync;
}

/** Bases (with its table views) came with Obsidian 1.9.0. */
export const BASES_MIN_VERSION = '1.9.0';

async function createBase(plugin: PluginHost, sync: IndexSync): Promise<void> {
  if (!requireApiVersion(BASES_MIN_VERSION)) {
    plugin.services().notifier.error(
      `Paper Distill: "Create Bases dashboard" needs Obsidian ${BASES_MIN_VERSION} or newer, which has Bases; nothing was written. ` +
        'Update Obsidian, or use "Open paper dashboard", which works in every version.',
    );
    return;
  }
  const index = await sync.ready();
  const query = dashboardQuery(plugin);
  const written = await writeBaseFile(plugin.services().store, index, plugin.settings, query);
  if (!written.ok) {
    plugin.services().notifier.error(written.error.message);
    return;
  }
  const left = basesFilter(query).untranslated;
  new Notice(left.length === 0 ? `Wrote ${written.value}.` : `Wrote ${written.value}. ${leftOutMessage(left)}`);
  const file = plugin.app.vault.getFileByPath(written.value);
  if (file !== null) await plugin.app.workspace.getLeaf(false).openFile(file);
}

/**
 * Exports what the dashboard shows into a file beside the papers: the open tab's filter, or the
 * remembered one when no dashboard is open.
 */
export async function exportFiltered(plugin: PluginHost, sync: IndexSync, format: ExportFormat): Promise<string | null> {
  const index = await sync.ready();
  const query = dashboardQuery(plugin);
  const store = plugin.services().store;
  const collected = [];
  for (const record of runQuery(index, query).records) {
    const text = await store.read(record.path);
    const file = plugin.app.vault.getFileByPath(record.path);
    const frontmatter = file === null ? null : (plugin.app.metadataCache.getFileCache(file)?.frontmatter ?? null);
    if (text !== null && frontmatter !== null) collected.push({ record, frontmatter, text });
  }
  const content = await exportPapers(format, collected, plugin.services().citations, plugin.settings);
  // Never over an earlier export (which the reader may have annotated): a free name instead.
  const written = await writeUnderFreeName(store, plugin.settings.folder, `Paper export ${localIsoDate(new Date())}`, EXTENSIONS[format], content);
  if (!written.ok) {
    plugin.services().notifier.error(written.error.message);
    return null;
  }
  const path = written.value;
  new Notice(`Exported ${collected.length} papers to ${path}.`);
  return path;
}

/** The open dashboard tab's filter, or the remembered one when no dashboard is open. */
function dashboardQuery(plugin: PluginHost): PaperQuery {
  const dashboard = plugin.app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0]?.view;
  return dashboard instanceof DashboardView && dashboard.controller !== null ? dashboard.controller.currentQuery : savedQuery(plugin.settings.dashboardFilter);
}

class ExportModal extends Modal {
  constructor(app: App, private readonly choose: (format: ExportFormat) => void) {
    super(app);
  }

  onOpen(): void {
    this.titleEl.setText('Export filtered papers');
    this.contentEl.createEl('p', { text: 'Exports the papers the dashboard shows, into a file next to your paper notes.' });
    for (const format of EXPORT_FORMATS) {
      new Setting(this.contentEl).setName(FORMAT_NAMES[format]).addButton((b) =>
        b.setButtonText('Export').onClick(() => {
          this.close();
          this.choose(format);
        }),
      );
    }
  }

  onClose(): void {
    this.contentEl.empty();
  }
}
