import { checkReadGate } from '../core/note/read-gate';
import { err, type Result } from '../core/result';
import type { ReadingStatus, Settings } from '../core/settings';
import type { NoteStore } from './ports';

/**
 * The dashboard's two edits, written through NoteStore.updateFrontmatter. Kept small and apart so
 * they can defer to the shared rating/status use cases once those exist.
 */
export interface PaperEdits {
  setRating(path: string, rating: number | null): Promise<Result<void>>;
  setStatus(path: string, status: ReadingStatus): Promise<Result<void>>;
}

export function paperEdits(store: NoteStore, settings: () => Settings): PaperEdits {
  return {
    async setRating(path, rating) {
      if (rating !== null && !(Number.isInteger(rating) && rating >= 1 && rating <= 5)) {
        return err('REFUSED', `A rating is a whole number from 1 to 5, not ${rating}.`);
      }
      return store.updateFrontmatter(path, (props) => {
        if (rating === null) delete props.rating;
        else props.rating = rating;
      });
    },
    async setStatus(path, status) {
      const s = settings();
      if (status === 'read' && s.gateReadOnTemplate) {
        const text = await store.read(path);
        if (text === null) return err('NOT_FOUND', `There is no note at ${path}; it may have been moved or deleted.`);
        const gate = checkReadGate(text, s.requiredSections);
        if (!gate.ok) return gate;
      }
      return store.updateFrontmatter(path, (props) => {
        props.status = status;
        if (status === 'read' && props.read_version === undefined && typeof props.arxiv_version === 'number') {
          props.read_version = props.arxiv_version;
        }
      });
    },
  };
}
