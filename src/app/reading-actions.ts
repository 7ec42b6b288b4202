import { checkReadGate } from '../core/note/read-gate';
import { readFrontmatter, unreadablePropertiesLine } from '../core/note/frontmatter';
import { isPaperNote } from '../core/note/paper-note';
import { readRating, starsText, validateRating } from '../core/reading/rating';
import { applyStatus, readStatus, STATUS_LABELS, validateStatus } from '../core/reading/status';
import { addTagTo, readTags, removeTagFrom, validateTag, type TagEdit } from '../core/reading/tags';
import { localIsoDate } from '../core/dates';
import { err, ok, type Result } from '../core/result';
import type { Settings } from '../core/settings';
import type { Clock, NoteStore } from './ports';

export interface ReadingDeps {
  readonly store: NoteStore;
  readonly clock: Pick<Clock, 'now'>;
  /** Read on every call, so a changed setting applies at once. */
  readonly settings: () => Settings;
}

/** What an action did; `message` is the sentence for a notice or a CLI line. */
export interface ActionDone {
  readonly changed: boolean;
  readonly message: string;
}

type Props = Record<string, unknown>;

/**
 * The reader's own properties of a paper note (rating, status, tags), changed the same way from
 * every place: commands, the header card, the dashboard and the CLI. Each action reads the note,
 * refuses with a Result error when the note is not a paper note or the input breaks a rule,
 * skips the write when nothing would change, and otherwise writes through
 * NoteStore.updateFrontmatter (processFrontMatter in Obsidian), so the body is never touched.
 */
export class ReadingActions {
  constructor(private readonly deps: ReadingDeps) {}

  /** 1–5 sets, 0 or null clears; text is accepted as typed ("4"). */
  async setRating(path: string, input: number | string | null): Promise<Result<ActionDone>> {
    const rating = validateRating(input);
    if (!rating.ok) return rating;
    const value = rating.value;
    return this.edit(path, (props, name) => {
      const current = readRating(props.rating);
      if (value === null) {
        if (props.rating === undefined) return unchanged(`${name} has no rating to clear.`);
        delete props.rating;
        return done(`Cleared the rating of ${name}.`);
      }
      if (current === value && props.rating === value) return unchanged(`${name} is already rated ${starsText(value)}.`);
      props.rating = value;
      return done(`Rated ${name} ${starsText(value)}.`);
    });
  }

  clearRating(path: string): Promise<Result<ActionDone>> {
    return this.setRating(path, null);
  }

  /**
   * Moves the paper along to-read → reading → read (any step, back too). Marking read asks the
   * read gate first (when the setting is on) and records `read_version`; with reading dates on,
   * `started` / `finished` are set (see applyStatus).
   */
  async setStatus(path: string, input: string): Promise<Result<ActionDone>> {
    const status = validateStatus(input);
    if (!status.ok) return status;
    const next = status.value;
    const settings = this.deps.settings();
    const today = localIsoDate(this.deps.clock.now());
    return this.edit(
      path,
      (props, name) => {
        if (readStatus(props.status) === next && (next !== 'read' || props.arxiv_version === undefined || props.read_version === props.arxiv_version)) {
          return unchanged(`${name} is already marked ${STATUS_LABELS[next].toLowerCase()}.`);
        }
        applyStatus(props, next, { today, trackDates: settings.trackReadingDates });
        const version = next === 'read' && typeof props.read_version === 'number' ? ` (version ${props.read_version})` : '';
        return done(`Marked ${name} ${STATUS_LABELS[next].toLowerCase()}${version}.`);
      },
      (markdown) => (next === 'read' && settings.gateReadOnTemplate ? checkReadGate(markdown, settings.requiredSections) : ok(undefined)),
    );
  }

  markRead(path: string): Promise<Result<ActionDone>> {
    return this.setStatus(path, 'read');
  }

  /** Adds a tag unless the note has it in any case; the reader's spelling is kept. */
  async addTag(path: string, input: string): Promise<Result<ActionDone>> {
    const tag = validateTag(input);
    if (!tag.ok) return tag;
    return this.edit(path, (props, name) =>
      writeTags(props, addTagTo(readTags(props.tags), tag.value), (e) =>
        e.changed ? `Tagged ${name} #${e.tag}.` : `${name} already has #${e.tag}.`,
      ),
    );
  }

  /** Removes a tag whatever its case in the note. */
  async removeTag(path: string, input: string): Promise<Result<ActionDone>> {
    const tag = input.trim().replace(/^#/, '');
    if (tag === '') return err('REFUSED', 'Name the tag to remove.');
    return this.edit(path, (props, name) =>
      writeTags(props, removeTagFrom(readTags(props.tags), tag), (e) =>
        e.changed ? `Removed #${e.tag} from ${name}.` : `${name} has no tag #${tag}.`,
      ),
    );
  }

  /**
   * Reads the note, checks it is a paper note and passes `precheck` (the read gate), tries the
   * change on a copy of its properties, and writes only when that copy changed. The change runs
   * again inside updateFrontmatter on the properties as they are at write time.
   */
  private async edit(
    path: string,
    change: (props: Props, name: string) => ActionDone,
    precheck: (markdown: string) => Result<void> = () => ok(undefined),
  ): Promise<Result<ActionDone>> {
    const markdown = await this.deps.store.read(path);
    if (markdown === null) return err('NOT_FOUND', `There is no note at ${path}.`);
    const name = noteName(path);
    const settings = this.deps.settings();
    const frontmatter = readFrontmatter(markdown);
    const broken = unreadablePropertiesLine(markdown);
    if (broken !== null) {
      return err('PARSE', `${name}'s properties cannot be read (line ${broken}): fix the YAML there, then try again. Nothing was changed.`);
    }
    if (!isPaperNote(frontmatter, settings.paperTag)) {
      return err('REFUSED', `${name} is not a paper note: it has no arxiv property and no #${settings.paperTag} tag.`);
    }
    const gate = precheck(markdown);
    if (!gate.ok) return gate;
    // A second parse gives a private copy to try the change on.
    const trial = change(readFrontmatter(markdown) ?? {}, name);
    if (!trial.changed) return ok(trial);
    let outcome = trial;
    const written = await this.deps.store.updateFrontmatter(path, (props) => {
      outcome = change(props, name);
    });
    return written.ok ? ok(outcome) : written;
  }
}

function writeTags(props: Props, edit: TagEdit, message: (e: TagEdit) => string): ActionDone {
  if (!edit.changed) return unchanged(message(edit));
  if (edit.tags.length === 0) delete props.tags;
  else props.tags = edit.tags;
  return done(message(edit));
}

const done = (message: string): ActionDone => ({ changed: true, message });
const unchanged = (message: string): ActionDone => ({ changed: false, message });

/** The note's file name without folder and `.md`, as Obsidian shows it in a tab. */
export function noteName(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.md$/i, '');
}
