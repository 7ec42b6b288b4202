import { debounce, Platform, type TFile } from 'obsidian';
import { summarizeReport, validateNote } from '../../core/note/validate';
import type { PluginHost } from '../host';
import { onLayoutReadyWhileLoaded } from '../layout-ready';
import { isPaperFile, openEditorFor } from './active-note';
import { insertMissingSectionsIn } from './insert-missing';

/** Long enough to skip the keystrokes of a word, short enough to feel live. */
export const STATUS_DEBOUNCE_MS = 400;

/**
 * The status bar item "Distilled 2/3 · Limitations empty" for the active paper note, hidden for
 * any other file. While the reader types it re-validates the editor's text (debounced), not the
 * file; opening a note, switching panes and changes on disk update it too. Clicking it inserts
 * the missing sections. Desktop only.
 */
export function registerTemplateStatus(host: PluginHost): { refresh(): void } {
  // Phones and tablets have no status bar: no item, no validation on every keystroke. The paper
  // card at the top of the note shows the same state there.
  if (Platform.isMobile) return { refresh: () => undefined };
  const el = host.addStatusBarItem();
  el.addClass('paper-distill-template-status', 'mod-clickable');
  el.toggle(false);
  const { app } = host;
  let shown: TFile | null = null;
  // Each refresh gets a number, so a slow file read cannot overwrite a newer result.
  let generation = 0;

  const render = (file: TFile, text: string, current: number): void => {
    if (current !== generation) return;
    if (!isPaperFile(app, file, host.settings.paperTag, text)) return hide();
    const report = validateNote(text, host.settings.requiredSections);
    shown = file;
    el.setText(summarizeReport(report));
    el.setAttr('data-complete', String(report.complete));
    const detail = report.problems.length > 0 ? `${report.problems.join('\n')}\nClick to insert missing sections.` : 'Every required section is filled.';
    el.setAttr('aria-label', detail);
    el.setAttr('data-tooltip-position', 'top');
    el.toggle(true);
  };
  const hide = (): void => {
    shown = null;
    el.toggle(false);
    el.setAttr('data-complete', null);
  };
  const refresh = (): void => {
    const current = ++generation;
    const file = app.workspace.getActiveFile();
    if (file === null || file.extension !== 'md') return hide();
    const view = openEditorFor(app, file.path);
    if (view !== null) return render(file, view.editor.getValue(), current);
    void app.vault.cachedRead(file).then(
      (text) => render(file, text, current),
      () => hide(),
    );
  };
  const typed = debounce(refresh, STATUS_DEBOUNCE_MS, true);
  const now = (): void => {
    typed.cancel();
    refresh();
  };

  host.registerEvent(app.workspace.on('editor-change', () => typed()));
  host.registerEvent(app.workspace.on('file-open', now));
  host.registerEvent(app.workspace.on('active-leaf-change', now));
  host.registerEvent(
    app.metadataCache.on('changed', (file) => {
      if (file === app.workspace.getActiveFile()) typed();
    }),
  );
  host.registerDomEvent(el, 'click', () => {
    if (shown !== null) void insertMissingSectionsIn(host, shown).then(now);
  });
  host.register(() => typed.cancel());
  onLayoutReadyWhileLoaded(host, now);
  return { refresh: now };
}
