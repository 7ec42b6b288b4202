/**
 * A typed, in-memory fake of the Obsidian API surface Paper Distill uses. jest maps the module
 * name `obsidian` here (jest.config.cjs), so plugin code runs on it in tests, while `tsc` still
 * type-checks that code against the real obsidian.d.ts.
 *
 * - Tests import the fake by path (`../fakes/obsidian`) to reach its TEST HELPERS; jest resolves
 *   both names to this one module, so `instanceof TFile` and shared state agree.
 * - Signatures follow obsidian.d.ts 1.8.7; obsidian-conformance.ts makes `tsc` fail when they drift.
 * - Members marked TEST HELPER are not in Obsidian's API. Behaviour the plugin relies on
 *   (create refuses taken paths and missing folders, the metadata cache lags, processFrontMatter
 *   keeps the body) is pinned down by obsidian.test.ts.
 * - UI classes need jsdom (`/** @jest-environment jsdom *\/`): see obsidian-dom.ts.
 */
import type { RequestUrlParam, RequestUrlResponsePromise } from 'obsidian';
import { installDomHelpers } from './obsidian-dom';
import { fakeRequestUrl } from './obsidian-misc';

installDomHelpers();

export { Events } from './obsidian-events';
export { normalizePath, TAbstractFile, TFile, TFolder } from './obsidian-files';
export { FakeDataAdapter, Vault } from './obsidian-vault';
export { FileManager, MetadataCache, parseCachedMetadata } from './obsidian-metadata';
export { App, asObsidianApp, createFakeApp, createStartingApp, fakeApp, Workspace, WorkspaceLeaf } from './obsidian-app';
export { Editor, MarkdownView } from './obsidian-editor';
export { Component, fakePlugin, loadPlugin, Plugin, type RibbonIcon, syncDataFromAnotherDevice } from './obsidian-plugin';
export {
  clearNotices,
  Modal,
  Notice,
  noticeMessages,
  type NoticeRecord,
  openModals,
  PluginSettingTab,
  SettingTab,
  shownNotices,
} from './obsidian-ui';
export {
  AbstractTextComponent,
  BaseComponent,
  ButtonComponent,
  DropdownComponent,
  ExtraButtonComponent,
  TextAreaComponent,
  TextComponent,
  ToggleComponent,
  ValueComponent,
} from './obsidian-components';
export { Setting, settingNamed, settingsIn } from './obsidian-setting';
export { chooseSuggestion, fakeSuggestModal, FuzzySuggestModal, prepareFuzzySearch, SuggestModal, suggestionTexts } from './obsidian-suggest';
export { ItemView, MarkdownRenderChild, View } from './obsidian-views';
export { editorInfoField, editorLivePreviewField, getAllTags, handleRenderedLinks } from './obsidian-render';
export {
  addIcon,
  debounce,
  Keymap,
  type FakeResponse,
  parseYaml,
  Platform,
  requireApiVersion,
  type RequestUrlHandler,
  resetRequestUrlHandler,
  setApiVersion,
  setIcon,
  setRequestUrlHandler,
  stringifyYaml,
} from './obsidian-misc';

/**
 * Defined here rather than re-exported so that it stays a plain, writable export: besides
 * `setRequestUrlHandler`, `jest.spyOn(fakeObsidian, 'requestUrl')` works too.
 */
export function requestUrl(request: RequestUrlParam | string): RequestUrlResponsePromise {
  return fakeRequestUrl(request);
}
