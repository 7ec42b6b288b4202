import { isPaperNote } from '../core/note/paper-note';
import type { RequiredSection } from '../core/note/template-settings';
import { validateNote, type TemplateReport } from '../core/note/validate';
import type { NoteStore } from './ports';

export interface TemplateCheckSettings {
  readonly paperTag: string;
  readonly requiredSections: readonly RequiredSection[];
}

export interface NoteCheck {
  readonly path: string;
  readonly report: TemplateReport;
}

export interface TemplateCheck {
  /** Paper notes looked at. */
  readonly checked: number;
  /** The incomplete ones, by path. */
  readonly incomplete: readonly NoteCheck[];
}

/**
 * Validates every paper note of the store (or only `paths`, when given: a pre-commit hook passes
 * the staged files) against the required sections. Notes that vanish mid-scan are skipped.
 */
export async function checkPaperNotes(
  store: NoteStore,
  settings: TemplateCheckSettings,
  paths?: readonly string[],
): Promise<TemplateCheck> {
  const wanted = paths === undefined ? null : new Set(paths.map(cleanPath));
  const notes = (await store.listNotes()).filter(
    (n) => (wanted === null || wanted.has(n.path)) && isPaperNote(n.frontmatter, settings.paperTag),
  );
  const incomplete: NoteCheck[] = [];
  let checked = 0;
  for (const note of notes) {
    const text = note.text ?? (await store.read(note.path));
    if (text === null) continue;
    checked++;
    const report = validateNote(text, settings.requiredSections);
    if (!report.complete) incomplete.push({ path: note.path, report });
  }
  incomplete.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { checked, incomplete };
}

/** `./Papers\\x.md` and `Papers/x.md` name the same note. */
function cleanPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '').replace(/\/+/g, '/');
}
