import type { TooltipOptions } from 'obsidian';
import {
  type BaseComponent,
  ButtonComponent,
  DropdownComponent,
  ExtraButtonComponent,
  TextAreaComponent,
  TextComponent,
  ToggleComponent,
} from './obsidian-components';
import { requireDom } from './obsidian-dom';

const settingsByElement = new WeakMap<HTMLElement, Setting>();

/** Obsidian's `Setting` row, built from real elements with Obsidian's class names. */
export class Setting {
  settingEl: HTMLElement;
  infoEl: HTMLElement;
  nameEl: HTMLElement;
  descEl: HTMLElement;
  controlEl: HTMLElement;
  components: BaseComponent[] = [];

  constructor(containerEl: HTMLElement) {
    requireDom('Setting');
    this.settingEl = containerEl.createDiv({ cls: 'setting-item' });
    this.infoEl = this.settingEl.createDiv({ cls: 'setting-item-info' });
    this.nameEl = this.infoEl.createDiv({ cls: 'setting-item-name' });
    this.descEl = this.infoEl.createDiv({ cls: 'setting-item-description' });
    this.controlEl = this.settingEl.createDiv({ cls: 'setting-item-control' });
    settingsByElement.set(this.settingEl, this);
  }

  setName(name: string | DocumentFragment): this {
    this.nameEl.setText(name);
    return this;
  }

  setDesc(desc: string | DocumentFragment): this {
    this.descEl.setText(desc);
    return this;
  }

  setClass(cls: string): this {
    this.settingEl.addClass(cls);
    return this;
  }

  setTooltip(tooltip: string, _options?: TooltipOptions): this {
    this.nameEl.setAttr('aria-label', tooltip);
    return this;
  }

  setHeading(): this {
    this.settingEl.addClass('setting-item-heading');
    return this;
  }

  setDisabled(disabled: boolean): this {
    this.settingEl.toggleClass('is-disabled', disabled);
    for (const component of this.components) component.setDisabled(disabled);
    return this;
  }

  addButton(cb: (component: ButtonComponent) => unknown): this {
    return this.add(new ButtonComponent(this.controlEl), cb);
  }

  addExtraButton(cb: (component: ExtraButtonComponent) => unknown): this {
    return this.add(new ExtraButtonComponent(this.controlEl), cb);
  }

  addToggle(cb: (component: ToggleComponent) => unknown): this {
    return this.add(new ToggleComponent(this.controlEl), cb);
  }

  addText(cb: (component: TextComponent) => unknown): this {
    return this.add(new TextComponent(this.controlEl), cb);
  }

  addTextArea(cb: (component: TextAreaComponent) => unknown): this {
    return this.add(new TextAreaComponent(this.controlEl), cb);
  }

  addDropdown(cb: (component: DropdownComponent) => unknown): this {
    return this.add(new DropdownComponent(this.controlEl), cb);
  }

  then(cb: (setting: this) => unknown): this {
    cb(this);
    return this;
  }

  clear(): this {
    this.controlEl.empty();
    this.components = [];
    return this;
  }

  private add<C extends BaseComponent>(component: C, cb: (component: C) => unknown): this {
    this.components.push(component);
    cb(component);
    return this;
  }
}

/** TEST HELPER, not in Obsidian's API: the Setting rows under an element, e.g. a settings tab. */
export function settingsIn(containerEl: HTMLElement): Setting[] {
  return [...containerEl.querySelectorAll<HTMLElement>('.setting-item')].flatMap((el) => {
    const setting = settingsByElement.get(el);
    return setting ? [setting] : [];
  });
}

/** TEST HELPER: the Setting row whose name reads `name`; throws (listing the names) when absent. */
export function settingNamed(containerEl: HTMLElement, name: string): Setting {
  const all = settingsIn(containerEl);
  const found = all.find((s) => s.nameEl.textContent === name);
  if (!found) throw new Error(`No setting named "${name}"; found: ${all.map((s) => `"${s.nameEl.textContent ?? ''}"`).join(', ')}.`);
  return found;
}
