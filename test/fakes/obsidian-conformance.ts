/**
 * Compile-time only (never run): `tsc` fails here when the fake's signatures drift from
 * obsidian.d.ts. For each class, (1) every member the fake has is assignable to the real one, and
 * (2) the fake adds no member Obsidian lacks, except the listed TEST HELPERS.
 * The App itself is not compared: the real App is far larger than the fake
 * (that is what `asObsidianApp` bridges), so the fake's UI classes hold it typed as Obsidian's.
 */
import type * as O from 'obsidian';
import type * as F from './obsidian';

/** The real members matching those the fake implements (minus its helpers). */
type Surface<Fake, Real, Skip extends PropertyKey = never> = Pick<Real, Extract<Exclude<keyof Fake, Skip>, keyof Real>>;
/** Resolves to the names the fake invents; the constraint makes `tsc` list them when not empty. */
type Invented<Fake, Real, Helpers extends PropertyKey = never> = Exclude<keyof Fake, keyof Real | Helpers>;
type None<T extends never> = T;
type Shared<Fake, Real> = Extract<keyof Fake, keyof Real>;
/** Each method as its parameter list: the real arguments must be acceptable to the fake. */
type ParamsOf<T> = { [K in keyof T]: T[K] extends (...args: infer P) => unknown ? P : T[K] };

export type NoInventedMembers = [
  None<Invented<F.Events, O.Events>>,
  None<Invented<F.TFile, O.TFile>>,
  None<Invented<F.TFolder, O.TFolder>>,
  None<Invented<F.Vault, O.Vault, 'addFile' | 'addFolder'>>,
  None<Invented<F.FakeDataAdapter, O.DataAdapter>>,
  None<Invented<F.MetadataCache, O.MetadataCache, 'whenIdle' | 'indexNow'>>,
  None<Invented<F.FileManager, O.FileManager>>,
  None<Invented<F.Workspace, O.Workspace, 'leaves' | 'setActive' | 'removeLeaf' | 'vault' | 'app' | 'viewCreators' | 'finishLayout'>>,
  None<Invented<F.WorkspaceLeaf, O.WorkspaceLeaf, 'openedFiles' | 'app'>>,
  None<Invented<F.Editor, O.Editor, 'load'>>,
  None<Invented<F.MarkdownView, O.MarkdownView>>,
  None<Invented<F.ItemView, O.ItemView, 'loaded' | 'onOpen' | 'onClose'>>,
  None<Invented<F.MarkdownRenderChild, O.MarkdownRenderChild, 'loaded'>>,
  None<Invented<F.App, O.App>>,
  None<Invented<F.Component, O.Component, 'loaded'>>,
  None<
    Invented<
      F.Plugin,
      O.Plugin,
      | 'loaded'
      | 'commands'
      | 'settingTabs'
      | 'ribbonIcons'
      | 'statusBarItems'
      | 'protocolHandlers'
      | 'codeBlockProcessors'
      | 'views'
      | 'hoverLinkSources'
      | 'postProcessors'
      | 'editorExtensions'
      | 'storedData'
    >
  >,
  None<Invented<F.Modal, O.Modal>>,
  None<Invented<F.FuzzySuggestModal<string>, O.FuzzySuggestModal<string>, 'placeholder' | 'instructions' | 'settled' | 'suggestions'>>,
  None<Invented<F.SuggestModal<unknown>, O.SuggestModal<unknown>, 'placeholder' | 'instructions' | 'settled' | 'suggestions'>>,
  None<Invented<F.Notice, O.Notice>>,
  None<Invented<F.PluginSettingTab, O.PluginSettingTab>>,
  None<Invented<F.Setting, O.Setting>>,
  None<Invented<F.TextComponent, O.TextComponent>>,
  None<Invented<F.TextAreaComponent, O.TextAreaComponent>>,
  None<Invented<F.ToggleComponent, O.ToggleComponent>>,
  None<Invented<F.DropdownComponent, O.DropdownComponent>>,
  None<Invented<F.ButtonComponent, O.ButtonComponent>>,
  None<Invented<F.ExtraButtonComponent, O.ExtraButtonComponent>>,
];

export function fakeSignaturesMatchObsidian(fake: {
  events: F.Events;
  file: F.TFile;
  folder: F.TFolder;
  vault: F.Vault;
  metadataCache: F.MetadataCache;
  fileManager: F.FileManager;
  workspace: F.Workspace;
  leaf: F.WorkspaceLeaf;
  editor: F.Editor;
  markdownView: F.MarkdownView;
  plugin: F.Plugin;
  modal: F.Modal;
  fuzzySuggest: F.FuzzySuggestModal<string>;
  suggestModal: F.SuggestModal<string>;
  renderChild: F.MarkdownRenderChild;
  notice: F.Notice;
  settingTab: F.PluginSettingTab;
  setting: F.Setting;
  text: F.TextComponent;
  textArea: F.TextAreaComponent;
  toggle: F.ToggleComponent;
  dropdown: F.DropdownComponent;
  button: F.ButtonComponent;
  extraButton: F.ExtraButtonComponent;
}): unknown[] {
  const events: Surface<F.Events, O.Events> = fake.events;
  const file: O.TFile = fake.file;
  const folder: O.TFolder = fake.folder;
  const vault: Surface<F.Vault, O.Vault, 'adapter'> = fake.vault;
  const adapter: Surface<F.FakeDataAdapter, O.DataAdapter> = fake.vault.adapter;
  const metadataCache: Surface<F.MetadataCache, O.MetadataCache> = fake.metadataCache;
  const fileManager: Surface<F.FileManager, O.FileManager> = fake.fileManager;
  const workspace: Surface<F.Workspace, O.Workspace, 'getLeaf' | 'activeLeaf' | 'getLeavesOfType' | 'setActiveLeaf'> = fake.workspace;
  // A leaf's view is Obsidian's View; the fake only ever holds a MarkdownView (or none).
  const leaf: Surface<F.WorkspaceLeaf, O.WorkspaceLeaf, 'view'> = fake.leaf;
  const editor: Surface<F.Editor, O.Editor> = fake.editor;
  const markdownView: Surface<F.MarkdownView, O.MarkdownView, 'editor' | 'leaf'> = fake.markdownView;
  const plugin: Surface<F.Plugin, O.Plugin> = fake.plugin;
  const modal: Surface<F.Modal, O.Modal> = fake.modal;
  const fuzzySuggest: Surface<F.FuzzySuggestModal<string>, O.FuzzySuggestModal<string>> = fake.fuzzySuggest;
  const suggestModal: Surface<F.SuggestModal<string>, O.SuggestModal<string>> = fake.suggestModal;
  const renderChild: Surface<F.MarkdownRenderChild, O.MarkdownRenderChild> = fake.renderChild;
  const notice: Surface<F.Notice, O.Notice> = fake.notice;
  const settingTab: Surface<F.PluginSettingTab, O.PluginSettingTab> = fake.settingTab;
  // Setting's methods return `this`, and the fake Setting lacks adders it does not offer
  // (slider, colour picker, …), so for Setting the arguments are compared, not whole methods;
  // `then` is left out as its callback receives that `this`.
  type SettingKeys = Exclude<Shared<F.Setting, O.Setting>, 'then'>;
  const setting: ParamsOf<Pick<F.Setting, SettingKeys>> = {} as ParamsOf<Pick<O.Setting, SettingKeys>>;
  const text: O.TextComponent = fake.text;
  const textArea: O.TextAreaComponent = fake.textArea;
  const toggle: O.ToggleComponent = fake.toggle;
  const dropdown: O.DropdownComponent = fake.dropdown;
  const button: O.ButtonComponent = fake.button;
  const extraButton: O.ExtraButtonComponent = fake.extraButton;
  // The components are assigned whole: they implement every member of Obsidian's.
  const components = [text, textArea, toggle, dropdown, button, extraButton];
  return [events, file, folder, vault, adapter, metadataCache, fileManager, workspace, leaf, editor, markdownView, plugin, modal, fuzzySuggest, suggestModal, renderChild, notice, settingTab, setting, components];
}

export const fakeFunctionsMatchObsidian: {
  normalizePath: typeof O.normalizePath;
  requestUrl: typeof O.requestUrl;
  debounce: typeof O.debounce;
  setIcon: typeof O.setIcon;
  requireApiVersion: typeof O.requireApiVersion;
  isModEvent: typeof O.Keymap.isModEvent;
  Platform: typeof O.Platform;
  getAllTags: typeof O.getAllTags;
  prepareFuzzySearch: typeof O.prepareFuzzySearch;
  editorInfoField: typeof O.editorInfoField;
  editorLivePreviewField: typeof O.editorLivePreviewField;
} = {} as {
  normalizePath: typeof F.normalizePath;
  requestUrl: typeof F.requestUrl;
  debounce: typeof F.debounce;
  setIcon: typeof F.setIcon;
  requireApiVersion: typeof F.requireApiVersion;
  isModEvent: typeof F.Keymap.isModEvent;
  Platform: typeof F.Platform;
  getAllTags: typeof F.getAllTags;
  prepareFuzzySearch: typeof F.prepareFuzzySearch;
  editorInfoField: typeof F.editorInfoField;
  editorLivePreviewField: typeof F.editorLivePreviewField;
};
