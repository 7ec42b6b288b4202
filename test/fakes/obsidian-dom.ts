/**
 * Obsidian's DOM helpers (`createEl`, `setText`, `addClass`, …), installed on the prototypes when
 * a DOM exists, which in jest means a test file starting with `/** @jest-environment jsdom *\/`.
 * They build nodes with createElement/textContent only, never innerHTML, like the review rules ask.
 *
 * Without a DOM the UI classes of the fake (Modal, Setting, setting tabs, ribbon and status bar
 * items, Notice elements) throw a message saying so the moment an element is needed; everything
 * else (vault, metadata cache, commands, notices' text) works in the plain node environment.
 */

type ElementInfo = DomElementInfo | string | undefined;
type Attrs = Record<string, string | number | boolean | null>;

export function requireDom(what: string): Document {
  if (typeof document === 'undefined') {
    throw new Error(`${what} needs a DOM in the Obsidian fake: start the test file with /** @jest-environment jsdom */.`);
  }
  installDomHelpers();
  return document;
}

let installed = false;

export function installDomHelpers(): void {
  if (installed || typeof document === 'undefined') return;
  installed = true;
  const define = (target: object, name: string, value: unknown): void => {
    Object.defineProperty(target, name, { value, configurable: true, writable: true, enumerable: false });
  };

  define(Node.prototype, 'createEl', function (this: Node, tag: string, o?: ElementInfo, cb?: (el: HTMLElement) => void) {
    const doc = this instanceof Document ? this : (this.ownerDocument ?? document);
    return buildElement(doc, tag, o, this, cb);
  });
  define(Node.prototype, 'createDiv', function (this: Node, o?: ElementInfo, cb?: (el: HTMLElement) => void) {
    return this.createEl('div', o, cb);
  });
  define(Node.prototype, 'createSpan', function (this: Node, o?: ElementInfo, cb?: (el: HTMLElement) => void) {
    return this.createEl('span', o, cb);
  });
  define(Node.prototype, 'empty', function (this: Node) {
    while (this.firstChild) this.removeChild(this.firstChild);
  });
  define(Node.prototype, 'detach', function (this: Node) {
    this.parentNode?.removeChild(this);
  });
  // Obsidian's `el.doc` / `el.win`: the element's own document and window (a popout has its own).
  Object.defineProperty(Node.prototype, 'doc', {
    configurable: true,
    get(this: Node) {
      return this instanceof Document ? this : (this.ownerDocument ?? document);
    },
  });
  Object.defineProperty(Node.prototype, 'win', {
    configurable: true,
    get(this: Node) {
      return (this instanceof Document ? this : (this.ownerDocument ?? document)).defaultView ?? window;
    },
  });
  define(Node.prototype, 'appendText', function (this: Node, val: string) {
    this.appendChild((this.ownerDocument ?? document).createTextNode(val));
  });

  define(Element.prototype, 'getText', function (this: Element) {
    return this.textContent ?? '';
  });
  define(Element.prototype, 'setText', function (this: Element, val: string | DocumentFragment) {
    if (typeof val === 'string') {
      this.textContent = val;
    } else {
      this.empty();
      this.appendChild(val);
    }
  });
  define(Element.prototype, 'addClass', function (this: Element, ...classes: string[]) {
    this.classList.add(...splitClasses(classes));
  });
  define(Element.prototype, 'addClasses', function (this: Element, classes: string[]) {
    this.classList.add(...splitClasses(classes));
  });
  define(Element.prototype, 'removeClass', function (this: Element, ...classes: string[]) {
    this.classList.remove(...splitClasses(classes));
  });
  define(Element.prototype, 'removeClasses', function (this: Element, classes: string[]) {
    this.classList.remove(...splitClasses(classes));
  });
  define(Element.prototype, 'toggleClass', function (this: Element, classes: string | string[], value: boolean) {
    for (const cls of splitClasses(Array.isArray(classes) ? classes : [classes])) this.classList.toggle(cls, value);
  });
  define(Element.prototype, 'hasClass', function (this: Element, cls: string) {
    return this.classList.contains(cls);
  });
  define(Element.prototype, 'setAttr', function (this: Element, name: string, value: string | number | boolean | null) {
    if (value === null) this.removeAttribute(name);
    else this.setAttribute(name, String(value));
  });
  define(Element.prototype, 'setAttrs', function (this: Element, attrs: Attrs) {
    for (const [name, value] of Object.entries(attrs)) this.setAttr(name, value);
  });
  define(Element.prototype, 'getAttr', function (this: Element, name: string) {
    return this.getAttribute(name);
  });
  define(Element.prototype, 'find', function (this: Element, selector: string) {
    return this.querySelector(selector);
  });
  define(Element.prototype, 'findAll', function (this: Element, selector: string) {
    return [...this.querySelectorAll(selector)];
  });

  define(HTMLElement.prototype, 'show', function (this: HTMLElement) {
    this.style.removeProperty('display');
  });
  define(HTMLElement.prototype, 'hide', function (this: HTMLElement) {
    this.setCssProps({ display: 'none' });
  });
  define(HTMLElement.prototype, 'toggle', function (this: HTMLElement, show: boolean) {
    if (show) this.show();
    else this.hide();
  });
  define(HTMLElement.prototype, 'isShown', function (this: HTMLElement) {
    return this.style.display !== 'none';
  });
  define(HTMLElement.prototype, 'setCssStyles', function (this: HTMLElement, styles: Partial<CSSStyleDeclaration>) {
    Object.assign(this.style, styles);
  });
  define(HTMLElement.prototype, 'setCssProps', function (this: HTMLElement, props: Record<string, string>) {
    for (const [name, value] of Object.entries(props)) this.style.setProperty(name, value);
  });

  // Obsidian's globals for detached elements.
  const global = globalThis as Record<string, unknown>;
  global.createEl = (tag: string, o?: ElementInfo, cb?: (el: HTMLElement) => void) => buildElement(document, tag, o, null, cb);
  global.createDiv = (o?: ElementInfo, cb?: (el: HTMLElement) => void) => buildElement(document, 'div', o, null, cb);
  global.createSpan = (o?: ElementInfo, cb?: (el: HTMLElement) => void) => buildElement(document, 'span', o, null, cb);
  global.createFragment = (cb?: (el: DocumentFragment) => void) => {
    const fragment = document.createDocumentFragment();
    cb?.(fragment);
    return fragment;
  };
  global.activeDocument ??= document;
  global.activeWindow ??= window;
}

function buildElement(doc: Document, tag: string, o: ElementInfo, parent: Node | null, cb?: (el: HTMLElement) => void): HTMLElement {
  const info: DomElementInfo = typeof o === 'string' ? { cls: o } : (o ?? {});
  const el = doc.createElement(tag);
  if (info.cls !== undefined) el.addClasses(Array.isArray(info.cls) ? info.cls : [info.cls]);
  if (info.text !== undefined) el.setText(info.text);
  if (info.attr) el.setAttrs(info.attr);
  if (info.title !== undefined) el.title = info.title;
  if (info.type !== undefined) el.setAttribute('type', info.type);
  if (info.placeholder !== undefined) el.setAttribute('placeholder', info.placeholder);
  if (info.href !== undefined) el.setAttribute('href', info.href);
  if (info.value !== undefined && 'value' in el) (el as HTMLInputElement).value = info.value;
  const target = info.parent ?? parent;
  if (target) {
    if (info.prepend) target.insertBefore(el, target.firstChild);
    else target.appendChild(el);
  }
  cb?.(el);
  return el;
}

function splitClasses(classes: readonly string[]): string[] {
  return classes.flatMap((cls) => cls.split(/\s+/)).filter((cls) => cls !== '');
}
