import type { KeymapEventHandler, KeymapEventListener, Modifier, App as ObsidianApp, Plugin as ObsidianPlugin } from 'obsidian';
import type { App } from './obsidian-app';
import { requireDom } from './obsidian-dom';
import type { Plugin } from './obsidian-plugin';

/** Keyboard scopes: handlers are kept but the fake has no keymap that would call them. */
export class Scope {
  private readonly handlers: KeymapEventHandler[] = [];

  constructor(_parent?: Scope) {}

  register(modifiers: Modifier[] | null, key: string | null, func: KeymapEventListener): KeymapEventHandler {
    const handler = { scope: this, modifiers: modifiers?.join(',') ?? null, key, func };
    this.handlers.push(handler);
    return handler;
  }

  unregister(handler: KeymapEventHandler): void {
    this.handlers.splice(this.handlers.indexOf(handler), 1);
  }
}

const openModalList: Modal[] = [];

/**
 * Obsidian's `Modal`. Its elements are made on first use, so a modal can be constructed in the
 * node environment; opening one needs jsdom. `open` attaches it to the document and calls
 * `onOpen`; `close` detaches it and calls `onClose`. The elements carry Obsidian's class names
 * (`.modal-container` > `.modal-bg` + `.modal` > `.modal-close-button`, `.modal-title`,
 * `.modal-content`), so the browser gallery can style them like Obsidian does; the close button
 * and a click on the backdrop close the modal.
 */
export class Modal {
  // Typed as Obsidian's App, as plugin code sees it; the constructor takes the fake too.
  app: ObsidianApp;
  scope = new Scope();
  shouldRestoreSelection = false;
  private elements: { containerEl: HTMLElement; modalEl: HTMLElement; titleEl: HTMLElement; contentEl: HTMLElement } | null = null;

  constructor(app: ObsidianApp | App) {
    this.app = app as ObsidianApp;
  }

  get containerEl(): HTMLElement {
    return this.dom().containerEl;
  }

  get modalEl(): HTMLElement {
    return this.dom().modalEl;
  }

  get titleEl(): HTMLElement {
    return this.dom().titleEl;
  }

  get contentEl(): HTMLElement {
    return this.dom().contentEl;
  }

  open(): void {
    requireDom('Modal.open').body.appendChild(this.containerEl);
    openModalList.push(this);
    this.onOpen();
  }

  close(): void {
    const index = openModalList.indexOf(this);
    if (index < 0) return;
    openModalList.splice(index, 1);
    this.containerEl.detach();
    this.onClose();
  }

  onOpen(): void {}

  onClose(): void {}

  setTitle(title: string): this {
    this.titleEl.setText(title);
    return this;
  }

  setContent(content: string | DocumentFragment): this {
    this.contentEl.setText(content);
    return this;
  }

  private dom() {
    if (this.elements) return this.elements;
    const doc = requireDom('Modal');
    const containerEl = doc.createElement('div');
    containerEl.addClass('modal-container', 'mod-dim');
    containerEl.createDiv({ cls: 'modal-bg' }).addEventListener('click', () => this.close());
    const modalEl = containerEl.createDiv({ cls: 'modal' });
    const closeEl = modalEl.createDiv({ cls: 'modal-close-button', attr: { 'aria-label': 'Close', role: 'button' } });
    closeEl.addEventListener('click', () => this.close());
    const titleEl = modalEl.createDiv({ cls: 'modal-title' });
    const contentEl = modalEl.createDiv({ cls: 'modal-content' });
    this.elements = { containerEl, modalEl, titleEl, contentEl };
    return this.elements;
  }
}

/** TEST HELPER, not in Obsidian's API: the modals open now, oldest first. */
export function openModals(): readonly Modal[] {
  return [...openModalList];
}

export interface NoticeRecord {
  message: string;
  readonly duration: number | undefined;
  hidden: boolean;
  /** The notice's element when its message was a fragment (buttons in it can be clicked); null otherwise. */
  element: HTMLElement | null;
}

const noticeLog: NoticeRecord[] = [];

/**
 * Obsidian's `Notice`, recording each message. Under a DOM (jsdom, a browser) it is also shown as
 * Obsidian does: a `.notice` inside the body's `.notice-container`, removed again by `hide()`.
 */
export class Notice {
  private readonly record: NoticeRecord;
  private element: HTMLElement | null = null;

  constructor(message: string | DocumentFragment, duration?: number) {
    this.record = { message: textOf(message), duration, hidden: false, element: null };
    noticeLog.push(this.record);
    // A fragment's nodes (a button, say) live on in the notice, as in Obsidian.
    if (typeof message !== 'string') {
      this.noticeEl.append(message);
      this.record.element = this.noticeEl;
    } else if (typeof document !== 'undefined') {
      this.noticeEl.setText(message);
    }
    if (typeof document !== 'undefined') noticeContainer(document).appendChild(this.noticeEl);
  }

  get noticeEl(): HTMLElement {
    if (!this.element) {
      this.element = requireDom('Notice elements').createElement('div');
      this.element.addClass('notice');
    }
    return this.element;
  }

  get containerEl(): HTMLElement {
    return this.noticeEl;
  }

  get messageEl(): HTMLElement {
    return this.noticeEl;
  }

  setMessage(message: string | DocumentFragment): this {
    this.record.message = textOf(message);
    if (this.element) {
      this.element.empty();
      if (typeof message === 'string') this.element.setText(message);
      else this.element.append(message);
    }
    return this;
  }

  hide(): void {
    this.record.hidden = true;
    this.element?.detach();
  }
}

function noticeContainer(doc: Document): HTMLElement {
  return doc.body.querySelector<HTMLElement>(':scope > .notice-container') ?? doc.body.createDiv({ cls: 'notice-container' });
}

function textOf(message: string | DocumentFragment): string {
  return typeof message === 'string' ? message : (message.textContent ?? '');
}

/** TEST HELPER: every notice shown since the last `clearNotices()`, oldest first. */
export function shownNotices(): readonly NoticeRecord[] {
  return [...noticeLog];
}

/** TEST HELPER: the messages of `shownNotices()`. */
export function noticeMessages(): string[] {
  return noticeLog.map((n) => n.message);
}

/** TEST HELPER */
export function clearNotices(): void {
  noticeLog.length = 0;
  if (typeof document !== 'undefined') document.body.querySelector(':scope > .notice-container')?.detach();
}

export abstract class SettingTab {
  app: ObsidianApp;
  private element: HTMLElement | null = null;

  constructor(app: ObsidianApp | App) {
    this.app = app as ObsidianApp;
  }

  /** Made on first use, so a tab can be constructed (e.g. in `onload`) without a DOM. */
  get containerEl(): HTMLElement {
    if (!this.element) {
      this.element = requireDom('SettingTab.containerEl').createElement('div');
      this.element.addClass('vertical-tab-content');
    }
    return this.element;
  }

  abstract display(): void;

  hide(): void {
    this.containerEl.empty();
  }
}

export abstract class PluginSettingTab extends SettingTab {
  // No `plugin` field: Obsidian has none public, and subclasses commonly declare their own.
  constructor(app: ObsidianApp | App, _plugin: ObsidianPlugin | Plugin) {
    super(app);
  }
}
