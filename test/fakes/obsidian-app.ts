import type { App as ObsidianApp, OpenViewState, PaneType, SplitDirection, View, ViewState } from 'obsidian';
import { Events } from './obsidian-events';
import { normalizePath, type TFile } from './obsidian-files';
import { FileManager, MetadataCache } from './obsidian-metadata';
import { Vault } from './obsidian-vault';

/** A leaf that records what it was asked to open (Obsidian would show it in a view). */
export class WorkspaceLeaf extends Events {
  /** TEST HELPER, not in Obsidian's API: every file this leaf opened, oldest first. */
  readonly openedFiles: TFile[] = [];
  /** The view a `setViewState` made, built by the creator the plugin registered (null before). */
  view = null as unknown as View;

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
    if ((this.view as View | null) !== null) {
      await lifecycle(this.view).onClose();
      this.view.unload();
    }
    const view = create(this as unknown as Parameters<typeof create>[0]);
    this.view = view;
    view.load();
    await lifecycle(view).onOpen();
  }

  getViewState(): ViewState {
    return { type: (this.view as View | null)?.getViewType() ?? 'empty' };
  }

  async openFile(file: TFile, _openState?: OpenViewState): Promise<void> {
    this.openedFiles.push(file);
    this.workspace.setActive(this, file);
    await Promise.resolve();
  }

  detach(): void {
    this.workspace.removeLeaf(this);
  }
}

export class Workspace extends Events {
  layoutReady = true;
  activeLeaf: WorkspaceLeaf | null = null;
  /** TEST HELPER, not in Obsidian's API: every leaf made by getLeaf, in order. */
  readonly leaves: WorkspaceLeaf[] = [];
  private activeFile: TFile | null = null;

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

  /** TEST HELPER, not in Obsidian's API: the app this workspace belongs to. */
  app: App | null = null;
  /** TEST HELPER, not in Obsidian's API: view creators registered by plugins, by type. */
  readonly viewCreators = new Map<string, (leaf: import('obsidian').WorkspaceLeaf) => View>();

  getLeavesOfType(viewType: string): WorkspaceLeaf[] {
    return this.leaves.filter((leaf) => (leaf.view as View | null)?.getViewType() === viewType);
  }

  async revealLeaf(leaf: import('obsidian').WorkspaceLeaf): Promise<void> {
    this.activeLeaf = leaf as unknown as WorkspaceLeaf;
    await Promise.resolve();
  }

  onLayoutReady(callback: () => unknown): void {
    callback();
  }

  /** Called by a leaf that opened a file: it becomes the active leaf, and `file-open` fires. */
  setActive(leaf: WorkspaceLeaf, file: TFile): void {
    this.activeLeaf = leaf;
    this.activeFile = file;
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
  readonly workspace = new Workspace();
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
