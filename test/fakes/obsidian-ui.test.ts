/** @jest-environment jsdom */
/**
 * The DOM side of the Obsidian fake: element helpers, Modal, Setting and its components, Plugin
 * registrations. UI tests drive these as a user would (typing, clicking) through jsdom.
 */
import {
  asObsidianApp,
  createFakeApp,
  fakeApp,
  fakePlugin,
  loadPlugin,
  Modal,
  openModals,
  Plugin,
  PluginSettingTab,
  Setting,
  settingNamed,
  settingsIn,
} from './obsidian';

const manifest = { id: 'paper-distill', name: 'Paper Distill', version: '0.0.0', minAppVersion: '1.5.0', author: 'Tests', description: '' };

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

describe('DOM helpers', () => {
  it('builds elements with classes, text and attributes, without innerHTML', () => {
    const parent = createDiv();
    const el = parent.createEl('a', { cls: 'paper-distill-link is-new', text: '<b>not markup</b>', attr: { 'data-id': 7, hidden: null }, href: 'https://arxiv.org' });
    expect(el.parentElement).toBe(parent);
    expect(el.className).toBe('paper-distill-link is-new');
    expect(el.textContent).toBe('<b>not markup</b>');
    expect(el.children).toHaveLength(0);
    expect(el.getAttribute('data-id')).toBe('7');
    expect(el.getAttribute('href')).toBe('https://arxiv.org');
  });

  it('toggles classes, sets and clears attributes, and empties', () => {
    const el = createSpan({ cls: 'a' });
    el.addClass('b', 'c');
    el.removeClass('a');
    el.toggleClass('d', true);
    el.toggleClass('b', false);
    el.setAttr('aria-label', 'Rate');
    el.setText('text');
    expect([el.className, el.getAttr('aria-label'), el.getText()]).toEqual(['c d', 'Rate', 'text']);
    el.setAttr('aria-label', null);
    el.createDiv();
    el.empty();
    expect([el.hasAttribute('aria-label'), el.childNodes.length]).toEqual([false, 0]);
  });

  it('prepends when asked and calls the callback with the new element', () => {
    const parent = createDiv();
    parent.createSpan({ text: 'second' });
    const seen: HTMLElement[] = [];
    parent.createSpan({ text: 'first', prepend: true }, (el) => seen.push(el));
    expect(parent.textContent).toBe('firstsecond');
    expect(seen).toEqual([parent.firstElementChild]);
  });
});

describe('Modal', () => {
  class NameModal extends Modal {
    closed = 0;
    onOpen(): void {
      this.setTitle('Name');
      this.contentEl.createEl('input', { cls: 'name-input' });
    }
    onClose(): void {
      this.closed++;
      this.contentEl.empty();
    }
  }

  it('attaches on open, calling onOpen, and detaches on close, calling onClose once', () => {
    const modal = new NameModal(createFakeApp());
    modal.open();
    expect(openModals()).toEqual([modal]);
    expect(document.querySelector('.modal-title')?.textContent).toBe('Name');
    expect(document.querySelector('.modal-content .name-input')).not.toBeNull();
    modal.close();
    modal.close();
    expect(modal.closed).toBe(1);
    expect(openModals()).toEqual([]);
    expect(document.querySelector('.modal')).toBeNull();
  });
});

describe('Setting', () => {
  it('records name, description and the typed value through onChange', () => {
    const container = createDiv();
    const changes: string[] = [];
    new Setting(container)
      .setName('Paper folder')
      .setDesc('Where notes go.')
      .addText((t) => t.setPlaceholder('Papers').setValue('Inbox').onChange((v) => changes.push(v)));
    const setting = settingNamed(container, 'Paper folder');
    const input = setting.controlEl.querySelector('input') as HTMLInputElement;
    expect([setting.descEl.textContent, input.value, input.placeholder]).toEqual(['Where notes go.', 'Inbox', 'Papers']);
    type(input, 'Reading/Papers');
    expect(changes).toEqual(['Reading/Papers']);
  });

  it('reports a toggle click, a dropdown change and a button click, but not values set by code', () => {
    const container = createDiv();
    const seen: unknown[] = [];
    new Setting(container).setName('Toggle').addToggle((t) => t.setValue(true).onChange((v) => seen.push(v)));
    new Setting(container)
      .setName('Style')
      .addDropdown((d) => d.addOptions({ apa: 'APA 7', scholar: 'Google Scholar' }).setValue('scholar').onChange((v) => seen.push(v)));
    new Setting(container).setName('Go').addButton((b) => b.setButtonText('Create notes').setCta().onClick(() => seen.push('clicked')));
    expect(seen).toEqual([]);

    (container.querySelector('.checkbox-container') as HTMLElement).click();
    const select = container.querySelector('select') as HTMLSelectElement;
    select.value = 'apa';
    select.dispatchEvent(new Event('change'));
    const button = container.querySelector('button.mod-cta') as HTMLButtonElement;
    button.click();
    expect(seen).toEqual([false, 'apa', 'clicked']);
    expect(button.textContent).toBe('Create notes');
    expect(settingsIn(container).map((s) => s.components.length)).toEqual([1, 1, 1]);
  });

  it('names the settings it has when a test asks for a missing one', () => {
    const container = createDiv();
    new Setting(container).setName('Paper tag');
    expect(() => settingNamed(container, 'Paper folder')).toThrow('found: "Paper tag"');
  });
});

describe('Plugin', () => {
  class TestPlugin extends Plugin {
    opened = 0;
    async onload(): Promise<void> {
      const settings = (await this.loadData()) as { folder?: string } | null;
      this.addCommand({ id: 'open-thing', name: 'Open thing', callback: () => this.opened++ });
      this.addSettingTab(new TestTab(this.app, this, settings?.folder ?? 'Papers'));
      this.registerEvent(fakeApp(this.app).vault.on('create', () => this.opened++));
    }
  }

  class TestTab extends PluginSettingTab {
    constructor(
      app: Plugin['app'],
      plugin: Plugin,
      private readonly folder: string,
    ) {
      super(app, plugin);
    }
    display(): void {
      this.containerEl.empty();
      new Setting(this.containerEl).setName('Folder').addText((t) => t.setValue(this.folder));
    }
  }

  it('loads with saved data, records commands and setting tabs, and cleans up on unload', async () => {
    const app = createFakeApp();
    const plugin = new TestPlugin(asObsidianApp(app), manifest);
    fakePlugin(plugin).storedData = { folder: 'Reading' };
    await loadPlugin(plugin);

    plugin.commands.get('open-thing')?.callback?.();
    const tab = plugin.settingTabs[0] as TestTab;
    tab.display();
    expect((settingNamed(tab.containerEl, 'Folder').controlEl.querySelector('input') as HTMLInputElement).value).toBe('Reading');

    await app.vault.create('a.md', '');
    expect(plugin.opened).toBe(2);
    plugin.unload();
    await app.vault.create('b.md', '');
    expect(plugin.opened).toBe(2);
  });

  it('keeps saved data as a JSON copy, like data.json', async () => {
    const plugin = new TestPlugin(createFakeApp(), manifest);
    const settings = { folder: 'Papers', nested: { n: 1 } };
    await plugin.saveData(settings);
    settings.nested.n = 2;
    expect(await plugin.loadData()).toEqual({ folder: 'Papers', nested: { n: 1 } });
  });

  it('adds ribbon icons and status bar items as elements', () => {
    const plugin = new TestPlugin(createFakeApp(), manifest);
    const clicked = jest.fn();
    plugin.addRibbonIcon('book-open', 'Open papers', clicked).click();
    plugin.addStatusBarItem().setText('3 papers');
    expect(clicked).toHaveBeenCalledTimes(1);
    expect(plugin.statusBarItems.map((el) => el.textContent)).toEqual(['3 papers']);
  });
});
