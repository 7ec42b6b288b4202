import type { App as ObsidianApp, IconName, ViewStateResult, WorkspaceLeaf as ObsidianLeaf } from 'obsidian';
import { requireDom } from './obsidian-dom';
import { Component } from './obsidian-plugin';

/** Obsidian's `View`: a component that owns a leaf's container element. */
export abstract class View extends Component {
  app: ObsidianApp;
  icon: IconName = '';
  navigation = false;
  leaf: ObsidianLeaf;
  containerEl: HTMLElement;

  constructor(leaf: ObsidianLeaf) {
    super();
    this.leaf = leaf;
    this.app = (leaf as unknown as { app: ObsidianApp }).app;
    this.containerEl = requireDom('View').createElement('div');
    this.containerEl.addClass('workspace-leaf-content');
  }

  abstract getViewType(): string;
  abstract getDisplayText(): string;

  getIcon(): IconName {
    return this.icon;
  }

  getState(): Record<string, unknown> {
    return {};
  }

  async setState(_state: unknown, _result: ViewStateResult): Promise<void> {}

  async onOpen(): Promise<void> {}

  async onClose(): Promise<void> {}
}

/** Obsidian's `ItemView`: a view with a header and a content element. */
export abstract class ItemView extends View {
  contentEl: HTMLElement;

  constructor(leaf: ObsidianLeaf) {
    super(leaf);
    this.containerEl.createDiv({ cls: 'view-header' });
    this.contentEl = this.containerEl.createDiv({ cls: 'view-content' });
  }

  addAction(icon: IconName, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const el = this.containerEl.createEl('a', { cls: 'view-action', attr: { 'aria-label': title, 'data-icon': icon } });
    el.addEventListener('click', callback);
    return el;
  }
}

/** Obsidian's `MarkdownRenderChild`: a component tied to a rendered block's element. */
export class MarkdownRenderChild extends Component {
  containerEl: HTMLElement;

  constructor(containerEl: HTMLElement) {
    super();
    this.containerEl = containerEl;
  }
}
