import type { Constructor, App as ObsidianApp, OpenViewState, PaneType, SplitDirection, View, ViewState } from 'obsidian';
import { MarkdownView } from './obsidian-editor';
import { Events } from './obsidian-events';
import { normalizePath, type TFile } from './obsidian-files';
import { FileManager, MetadataCache } from './obsidian-metadata';
import { peekContent, Vault } from './obsidian-vault';

/** A leaf that records what it was asked to open (Obsidian would show it in a view). */
export class WorkspaceLeaf extends Events {
  /** TEST HELPER, not in Obsidian's API: every file this leaf opened, oldest first. */
  readonly openedFiles: TFile[] = [];
  /**
   * The leaf's view: a MarkdownView with the note in its editor once a Markdown file is opened
   * (with a vault), or the view a `setViewState` made with the creator the plugin registered.
   */
  view: MarkdownView | View | null = null;

  constructor(private readonly workspace: Workspace) {
    super();
  }

  /** TEST HELPER, not in Obsidian's API: the app, which views reach as `leaf.app` here. */
  get app(): App | null {
    return this.workspace.app;
  }

  async setViewState(viewState: ViewState, _eState?: unknown): Promise<void> {
    const create = this.workspace.viewCreators.get(viewState.type);
    if (create === undefined) throw new Error(`No view of type ${viewState.type} is registered.`);
    // onOpen/onClose are protected in Obsidian's typings; the workspace is who calls them.
    const lifecycle = (v: View) => v as unknown as { onOpen(): Promise<void>; onClose(): Promise<void> };
    const previous = this.view;
    if (previous !== null && !(previous instanceof MarkdownView)) {
      await lifecycle(previous).onClose();
      previous.unload();
    }
    const view = create(this as unknown as Parameters<typeof create>[0]);
    this.view = view;
    view.load();
    await lifecycle(view).onOpen();
  }

  getViewState(): ViewState {
    return { type: this.view?.getViewType() ?? 'empty' };
  }

  async openFile(file: TFile, _openState?: OpenViewState): Promise<void> {
    this.openedFiles.push(file);
    const vault = this.workspace.vault;
    if (vault && file.extension === 'md') {
      this.view = new MarkdownView(this, { vault }, this.workspace);
      this.view.file = file;
      this.view.editor.load(peekContent(vault, file) ?? '');
    } else {
      this.view = null;
    }
    this.workspace.setActive(this, file);
    await Promise.resolve();
  }

  detach(): void {
    this.workspace.removeLeaf(this);
  }
}

export class Workspace extends Events {
  /**
   * True once Obsidian has restored the layout. At start-up plugins load before that (see
   * `createStartingApp`); a plugin the reader enables later finds it true.
   */
  layoutReady = true;
  private readonly layoutWaiters: (() => unknown)[] = [];
  activeLeaf: WorkspaceLeaf | null = null;
  /** TEST HELPER, not in Obsidian's API: every leaf made by getLeaf, in order. */
  readonly leaves: WorkspaceLeaf[] = [];
  private activeFile: TFile | null = null;

  /** Without a vault (a bare `new Workspace()`), leaves open files without a view. */
  constructor(readonly vault: Vault | null = null) {
    super();
    // Obsidian reloads an open note changed on disk (by vault.process, another plugin, sync).
    vault?.on('modify', (file: TFile) => {
      for (const leaf of this.leaves) {
        const text = peekContent(vault, file);
        const view = leaf.view;
        if (view instanceof MarkdownView && view.file === file && text !== null && view.editor.getValue() !== text) view.editor.load(text);
      }
    });
  }

  /** `getLeaf(false)` reuses the active leaf when there is one; a truthy argument always makes a new one. */
  getLeaf(newLeaf?: PaneType | boolean | 'split', _direction?: SplitDirection): WorkspaceLeaf {
    if (!newLeaf && this.activeLeaf) return this.activeLeaf;
    const leaf = new WorkspaceLeaf(this);
    this.leaves.push(leaf);
    this.activeLeaf ??= leaf;
    return leaf;
  }

  getActiveFile(): TFile | null {
    return this.activeFile;
  }

  getActiveViewOfType<T>(type: Constructor<T>): T | null {
    const view: unknown = this.activeLeaf?.view;
    return view instanceof type ? view : null;
  }

  /** Makes `leaf` active: `active-leaf-change` fires, and `file-open` when it shows another file. */
  setActiveLeaf(leaf: WorkspaceLeaf, _params?: { focus?: boolean }): void {
    if (this.activeLeaf === leaf) return;
    this.activeLeaf = leaf;
    this.trigger('active-leaf-change', leaf);
    const file = (leaf.view instanceof MarkdownView ? leaf.view.file : null) ?? leaf.openedFiles.at(-1) ?? null;
    if (file !== this.activeFile) {
      this.activeFile = file;
      this.trigger('file-open', file);
    }
  }

  /** TEST HELPER, not in Obsidian's API: the app this workspace belongs to. */
  app: App | null = null;
  /** TEST HELPER, not in Obsidian's API: view creators registered by plugins, by type. */
  readonly viewCreators = new Map<string, (leaf: import('obsidian').WorkspaceLeaf) => View>();

  getLeavesOfType(viewType: string): WorkspaceLeaf[] {
    return this.leaves.filter((leaf) => leaf.view?.getViewType() === viewType);
  }

  async revealLeaf(leaf: import('obsidian').WorkspaceLeaf): Promise<void> {
    this.activeLeaf = leaf as unknown as WorkspaceLeaf;
    await Promise.resolve();
  }

  /**
   * Obsidian's `openLinkText`: a link as written in a note (`Papers/X.md`, `X`, `#Heading`) opens
   * its target; an empty path (`#`, `#Heading`) is the source note itself. The fake does not
   * create missing notes as Obsidian would: an unresolved link opens nothing.
   */
  async openLinkText(linktext: string, sourcePath: string, newLeaf?: PaneType | boolean, _openViewState?: OpenViewState): Promise<void> {
    const app = this.app;
    if (app === null) return;
    const path = linktext.split('#')[0] ?? '';
    const target = path === '' ? app.vault.getFileByPath(sourcePath) : app.metadataCache.getFirstLinkpathDest(path, sourcePath);
    if (target !== null) await this.getLeaf(newLeaf).openFile(target);
  }

  /**
   * Runs `callback` now when the layout is ready, else when it becomes ready. Like Obsidian, the
   * callback is not tied to any component: a plugin unloaded before then still gets the call.
   */
  onLayoutReady(callback: () => unknown): void {
    if (this.layoutReady) callback();
    else this.layoutWaiters.push(callback);
  }

  /** TEST HELPER, not in Obsidian's API: the layout is restored, as at the end of start-up. */
  finishLayout(): void {
    if (this.layoutReady) return;
    this.layoutReady = true;
    for (const callback of this.layoutWaiters.splice(0)) callback();
  }

  /** Called by a leaf that opened a file: it becomes the active leaf, and `file-open` fires. */
  setActive(leaf: WorkspaceLeaf, file: TFile): void {
    const changed = this.activeLeaf !== leaf;
    this.activeLeaf = leaf;
    this.activeFile = file;
    if (changed) this.trigger('active-leaf-change', leaf);
    this.trigger('file-open', file);
  }

  removeLeaf(leaf: WorkspaceLeaf): void {
    this.leaves.splice(this.leaves.indexOf(leaf), 1);
    if (this.activeLeaf === leaf) this.activeLeaf = this.leaves[0] ?? null;
  }
}

export class App {
  readonly vault = new Vault();
  readonly metadataCache = new MetadataCache(this.vault);
  readonly fileManager = new FileManager(this.vault);
  readonly workspace = new Workspace(this.vault);
  lastEvent: UIEvent | null = null;
  private readonly localStorage = new Map<string, unknown>();

  constructor() {
    this.workspace.app = this;
  }

  loadLocalStorage(key: string): unknown {
    return this.localStorage.get(key) ?? null;
  }

  saveLocalStorage(key: string, data: unknown): void {
    if (data === null) this.localStorage.delete(key);
    else this.localStorage.set(key, data);
  }
}

/**
 * TEST HELPER: an app whose vault holds `files` (path → text), with their folders, already
 * indexed by the metadata cache as after Obsidian's start-up. Later changes are indexed
 * asynchronously: await `app.metadataCache.whenIdle()`.
 */
export function createFakeApp(files: Record<string, string> = {}): App {
  const app = new App();
  for (const [rawPath, text] of Object.entries(files)) {
    const path = normalizePath(rawPath);
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const folder = parts.slice(0, i).join('/');
      if (!app.vault.getFolderByPath(folder)) app.vault.addFolder(folder);
    }
    const file = app.vault.addFile(path, text);
    app.metadataCache.indexNow(file);
  }
  return app;
}

/**
 * TEST HELPER: an app in the middle of Obsidian's start-up, as a plugin enabled in the vault sees
 * it in `onload`: the files are there and indexed, the layout is not restored yet. Call
 * `app.workspace.finishLayout()` to end the start-up.
 */
export function createStartingApp(files: Record<string, string> = {}): App {
  const app = createFakeApp(files);
  app.workspace.layoutReady = false;
  return app;
}

/**
 * The fake app typed as Obsidian's App, for plugin code (typed against obsidian.d.ts) under test.
 * The one unchecked cast of the fake: it covers the API surface Paper Distill uses, and
 * obsidian-conformance.ts checks those signatures against obsidian.d.ts.
 */
export function asObsidianApp(app: App): ObsidianApp {
  return app as unknown as ObsidianApp;
}

/** The fake behind an Obsidian-typed App (e.g. `plugin.app`); throws when it is not the fake. */
export function fakeApp(app: ObsidianApp): App {
  if (!((app as unknown) instanceof App)) throw new Error('This App is not the Obsidian fake’s App.');
  return app as unknown as App;
}
