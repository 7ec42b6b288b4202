import { type App, prepareFuzzySearch, SuggestModal } from 'obsidian';
import { sameTag, validateTag } from '../../core/reading/tags';

/** One row of the add-tag suggester: a tag the vault already uses, or a new one to create. */
export type TagChoice =
  | { readonly kind: 'existing'; readonly tag: string }
  | { readonly kind: 'create'; readonly tag: string }
  | { readonly kind: 'invalid'; readonly tag: string; readonly reason: string };

/**
 * The add-tag suggester's rows for `query`: vault tags that fuzzy-match it (best first, tags the
 * note already has left out), then, when no vault tag is the query itself in any case, a row to
 * create it, or a row that says why it cannot be a tag. Pure, so it is tested without a modal.
 */
export function tagChoices(query: string, vaultTags: readonly string[], noteTags: readonly string[], limit = 50): TagChoice[] {
  const q = query.trim().replace(/^#/, '');
  const available = vaultTags.filter((t) => !noteTags.some((n) => sameTag(n, t)));
  let matches: string[];
  if (q === '') {
    matches = available.slice(0, limit);
  } else {
    const search = prepareFuzzySearch(q);
    matches = available
      .map((tag) => ({ tag, result: search(tag) }))
      .filter((m) => m.result !== null)
      .sort((a, b) => (b.result?.score ?? 0) - (a.result?.score ?? 0))
      .slice(0, limit)
      .map((m) => m.tag);
  }
  const choices: TagChoice[] = matches.map((tag) => ({ kind: 'existing', tag }));
  if (q !== '' && !vaultTags.some((t) => sameTag(t, q))) {
    const valid = validateTag(q);
    choices.push(valid.ok ? { kind: 'create', tag: valid.value } : { kind: 'invalid', tag: q, reason: valid.error.message });
  }
  return choices;
}

/** "Add tag…": fuzzy search over the vault's tags, nested ones included; can create a new tag. */
export class AddTagModal extends SuggestModal<TagChoice> {
  constructor(
    app: App,
    private readonly vaultTags: readonly string[],
    private readonly noteTags: readonly string[],
    private readonly onChoose: (choice: TagChoice) => void,
  ) {
    super(app);
    this.setPlaceholder('Tag to add, such as robotics/humanoid');
    this.emptyStateText = 'Type a tag to create it.';
    this.setInstructions([
      { command: '↑↓', purpose: 'to navigate' },
      { command: '↵', purpose: 'to add the tag' },
    ]);
  }

  getSuggestions(query: string): TagChoice[] {
    return tagChoices(query, this.vaultTags, this.noteTags, this.limit);
  }

  renderSuggestion(choice: TagChoice, el: HTMLElement): void {
    el.addClass('paper-distill-tag-choice');
    el.setAttr('data-kind', choice.kind);
    if (choice.kind === 'existing') {
      el.createSpan({ text: `#${choice.tag}` });
    } else if (choice.kind === 'create') {
      el.createSpan({ text: `Create #${choice.tag}` });
    } else {
      el.createDiv({ text: `#${choice.tag} cannot be a tag` });
      el.createDiv({ cls: 'paper-distill-muted', text: choice.reason });
    }
  }

  onChooseSuggestion(choice: TagChoice): void {
    this.onChoose(choice);
  }
}

/** "Remove tag…": the note's own tags. */
export class RemoveTagModal extends SuggestModal<string> {
  constructor(
    app: App,
    private readonly noteTags: readonly string[],
    private readonly onChoose: (tag: string) => void,
  ) {
    super(app);
    this.setPlaceholder('Tag to remove');
    this.emptyStateText = 'This note has no tag like that.';
  }

  getSuggestions(query: string): string[] {
    const q = query.trim().replace(/^#/, '');
    if (q === '') return [...this.noteTags];
    const search = prepareFuzzySearch(q);
    return this.noteTags.filter((t) => search(t) !== null);
  }

  renderSuggestion(tag: string, el: HTMLElement): void {
    el.setText(`#${tag}`);
  }

  onChooseSuggestion(tag: string): void {
    this.onChoose(tag);
  }
}
