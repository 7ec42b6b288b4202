import type { Extension } from '@codemirror/state';
import type {
  Command,
  EventRef,
  IconName,
  MarkdownPostProcessor,
  MarkdownPostProcessorContext,
  HoverLinkSource,
  ObsidianProtocolHandler,
  App as ObsidianApp,
  Plugin as ObsidianPlugin,
  PluginManifest,
  PluginSettingTab as ObsidianPluginSettingTab,
  ViewCreator,
} from 'obsidian';
import type { App } from './obsidian-app';
import { detachRef } from './obsidian-events';
import { requireDom } from './obsidian-dom';
import type { PluginSettingTab } from './obsidian-ui';

/** What a child component needs; structural so Obsidian-typed components (plugin code's) fit too. */
interface Loadable {
  load(): void;
  unload(): void;
}

/** Obsidian's `Component`: children and registered clean-ups, all undone by `unload`. */
export class Component {
  /** TEST HELPER, not in Obsidian's API: whether `load` ran and `unload` has not. */
  loaded = false;
  private children: Loadable[] = [];
  private cleanups: (() => unknown)[] = [];

  load(): void {
    if (this.loaded) return;
    this.loaded = true;
    void this.onload();
    for (const child of this.children) child.load();
  }

  onload(): void | Promise<void> {}

  unload(): void {
    if (!this.loaded) return;
    this.loaded = false;
    for (const child of this.children.splice(0)) child.unload();
    for (const cleanup of this.cleanups.splice(0).reverse()) cleanup();
    this.onunload();
  }

  onunload(): void {}

  addChild<T extends Loadable>(component: T): T {
    this.children.push(component);
    if (this.loaded) component.load();
    return component;
  }

  removeChild<T extends Loadable>(component: T): T {
    const index = this.children.indexOf(component);
    if (index >= 0) {
      this.children.splice(index, 1);
      component.unload();
    }
    return component;
  }

  register(cb: () => unknown): void {
    this.cleanups.push(cb);
  }

  registerEvent(eventRef: EventRef): void {
    this.register(() => detachRef(eventRef));
  }

  registerDomEvent(
    el: Window | Document | HTMLElement,
    type: string,
    callback: (this: HTMLElement, ev: Event) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void {
    el.addEventListener(type, callback, options);
    this.register(() => el.removeEventListener(type, callback, options));
  }

  registerInterval(id: number): number {
    this.register(() => clearInterval(id));
    return id;
  }
}

export interface RibbonIcon {
  readonly icon: IconName;
  readonly title: string;
  readonly callback: (evt: MouseEvent) => unknown;
  readonly el: HTMLElement;
}

type CodeBlockHandler = (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => Promise<unknown> | void;

/**
 * Obsidian's `Plugin`. Registrations are recorded in fields marked TEST HELPER so tests can
 * run a command or a protocol handler; `loadData`/`saveData` keep a JSON copy in memory, as
 * data.json would.
 */
export abstract class Plugin extends Component {
  // Typed as Obsidian's App, as plugin code sees it; `fakeApp(plugin.app)` gives the fake back.
  app: ObsidianApp;
  manifest: PluginManifest;
  /** TEST HELPER: commands by the id the plugin gave (Obsidian prefixes `manifest.id:` on the returned copy). */
  readonly commands = new Map<string, Command>();
  /** TEST HELPER */ readonly settingTabs: (PluginSettingTab | ObsidianPluginSettingTab)[] = [];
  /** TEST HELPER */ readonly ribbonIcons: RibbonIcon[] = [];
  /** TEST HELPER */ readonly statusBarItems: HTMLElement[] = [];
  /** TEST HELPER */ readonly protocolHandlers = new Map<string, ObsidianProtocolHandler>();
  /** TEST HELPER */ readonly codeBlockProcessors = new Map<string, CodeBlockHandler>();
  /** TEST HELPER */ readonly views = new Map<string, unknown>();
  /** TEST HELPER: sources registered with the Page preview core plugin, by id. */
  readonly hoverLinkSources = new Map<string, HoverLinkSource>();
  /** TEST HELPER: markdown post-processors, in the order registered. */
  readonly postProcessors: MarkdownPostProcessor[] = [];
  /** TEST HELPER: editor extensions (CodeMirror 6), in the order registered. */
  readonly editorExtensions: Extension[] = [];
  /** TEST HELPER: what data.json holds (null when the plugin never saved); set it to seed `loadData`. */
  storedData: unknown = null;

  constructor(app: ObsidianApp | App, manifest: PluginManifest) {
    super();
    this.app = app as ObsidianApp;
    this.manifest = manifest;
  }

  addRibbonIcon(icon: IconName, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const el = requireDom('addRibbonIcon').createElement('div');
    el.addClass('side-dock-ribbon-action');
    el.setAttr('aria-label', title);
    el.addEventListener('click', callback);
    this.ribbonIcons.push({ icon, title, callback, el });
    return el;
  }

  addStatusBarItem(): HTMLElement {
    const el = requireDom('addStatusBarItem').createElement('div');
    el.addClass('status-bar-item');
    this.statusBarItems.push(el);
    return el;
  }

  addCommand(command: Command): Command {
    this.commands.set(command.id, command);
    return { ...command, id: `${this.manifest.id}:${command.id}` };
  }

  removeCommand(commandId: string): void {
    this.commands.delete(commandId);
  }

  addSettingTab(settingTab: PluginSettingTab | ObsidianPluginSettingTab): void {
    this.settingTabs.push(settingTab);
  }

  registerView(type: string, viewCreator: ViewCreator): void {
    this.views.set(type, viewCreator);
    const workspace = (this.app as unknown as { workspace: { viewCreators?: Map<string, ViewCreator> } }).workspace;
    workspace.viewCreators?.set(type, viewCreator);
  }

  registerHoverLinkSource(id: string, info: HoverLinkSource): void {
    this.hoverLinkSources.set(id, info);
  }

  registerObsidianProtocolHandler(action: string, handler: ObsidianProtocolHandler): void {
    this.protocolHandlers.set(action, handler);
  }

  registerMarkdownCodeBlockProcessor(language: string, handler: CodeBlockHandler, _sortOrder?: number): MarkdownPostProcessor {
    this.codeBlockProcessors.set(language, handler);
    return () => undefined;
  }

  registerMarkdownPostProcessor(postProcessor: MarkdownPostProcessor, sortOrder?: number): MarkdownPostProcessor {
    if (sortOrder !== undefined) postProcessor.sortOrder = sortOrder;
    this.postProcessors.push(postProcessor);
    return postProcessor;
  }

  registerEditorExtension(extension: Extension): void {
    this.editorExtensions.push(extension);
  }

  registerExtensions(_extensions: string[], _viewType: string): void {}

  async loadData(): Promise<unknown> {
    return this.storedData === null ? null : (JSON.parse(JSON.stringify(this.storedData)) as unknown);
  }

  async saveData(data: unknown): Promise<void> {
    this.storedData = JSON.parse(JSON.stringify(data)) as unknown;
  }

  onUserEnable(): void {}
}

/**
 * TEST HELPER: loads a plugin as Obsidian does and waits for its (possibly async) `onload`.
 * Accepts Obsidian-typed plugins, such as the project's own plugin class.
 */
export async function loadPlugin(plugin: ObsidianPlugin | Plugin): Promise<Plugin> {
  const fake = fakePlugin(plugin);
  fake.loaded = true;
  await fake.onload();
  return fake;
}

/**
 * TEST HELPER: data.json changes on disk as when Obsidian Sync brings another device's copy;
 * like Obsidian, the plugin's `onExternalSettingsChange` (when it has one) is then called.
 */
export async function syncDataFromAnotherDevice(plugin: ObsidianPlugin | Plugin, data: unknown): Promise<void> {
  const fake = fakePlugin(plugin);
  fake.storedData = JSON.parse(JSON.stringify(data)) as unknown;
  await (fake as { onExternalSettingsChange?: () => unknown }).onExternalSettingsChange?.();
}

/** TEST HELPER: the fake behind an Obsidian-typed plugin, to read its recorded commands etc. */
export function fakePlugin(plugin: ObsidianPlugin | Plugin): Plugin {
  if (!((plugin as unknown) instanceof Plugin)) throw new Error('This plugin does not extend the Obsidian fake’s Plugin.');
  return plugin as unknown as Plugin;
}
