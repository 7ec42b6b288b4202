/**
 * Import first in a browser harness entry: Obsidian's DOM helpers (createEl, setText, …) from the
 * test fake, installed on the real browser's prototypes, so plugin view code runs unchanged.
 */
import { installDomHelpers } from '../../fakes/obsidian-dom';

installDomHelpers();

/** The element harness pages render into. */
export function harnessRoot(): HTMLElement {
  const el = document.getElementById('harness');
  if (!el) throw new Error('The harness page has no #harness element.');
  return el;
}
