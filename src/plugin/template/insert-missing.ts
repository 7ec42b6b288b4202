import type { TFile } from 'obsidian';
import { insertMissingSections, planMissingSections, type SectionInsertion } from '../../core/note/insert-sections';
import type { PluginHost } from '../host';
import { openEditorFor } from './active-note';

type Host = Pick<PluginHost, 'app' | 'settings' | 'services'>;

/**
 * Adds the note's missing required sections and reports what it did in a notice. In the open
 * editor the headings go in as one editor transaction at the planned offsets, so the cursor stays
 * where it was and one undo removes them; otherwise the file is rewritten through `vault.process`.
 * Either way no byte the reader wrote changes.
 */
export async function insertMissingSectionsIn(host: Host, file: TFile): Promise<readonly string[]> {
  const required = host.settings.requiredSections;
  const notifier = host.services().notifier;
  const view = openEditorFor(host.app, file.path);
  let added: readonly string[] = [];
  if (view !== null) {
    const { editor } = view;
    const plan = planMissingSections(editor.getValue(), required);
    if (plan.length > 0) {
      // Last first: correct whether the editor reads the positions together or one by one.
      const changes = [...plan].reverse().map((i) => ({ from: editor.offsetToPos(i.offset), text: i.text }));
      editor.transaction({ changes });
    }
    added = namesOf(plan);
  } else {
    const result = await host.services().store.update(file.path, (text) => {
      added = namesOf(planMissingSections(text, required));
      return insertMissingSections(text, required);
    });
    if (!result.ok) {
      notifier.error(`Paper Distill: ${result.error.message}`);
      return [];
    }
  }
  notifier.info(
    added.length > 0
      ? `Paper Distill: added ${listing(added)} to ${file.basename}.`
      : `Paper Distill: ${file.basename} already has every required section.`,
  );
  return added;
}

function namesOf(plan: readonly SectionInsertion[]): string[] {
  return plan.flatMap((i) => i.names);
}

/** "A", "A and B", "A, B and C". */
export function listing(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
