import { stat } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { resolvePaperRef } from '../../app/paper-ref';
import { ReadingActions, type ActionDone } from '../../app/reading-actions';
import { validateTag } from '../../core/reading/tags';
import type { Result } from '../../core/result';
import type { ParsedArgs } from '../args';
import type { CliCommand } from '../command';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, type CliIo } from '../io';
import { nodeClock } from '../node-clock';
import { openVault } from '../vault-context';

/**
 * `rate`, `tag` and `status`: the reader's properties from a script, through the same
 * ReadingActions as the plugin, so the rules, the read gate and the messages are the same.
 * Exit status: 0 done (or nothing to change), 1 refused or not found, 2 a wrong command line.
 */
type Act = (actions: ReadingActions, path: string, values: readonly string[]) => Promise<Result<ActionDone>[]>;

function readingCommand(name: string, usage: string, summary: string, minValues: number, act: Act): CliCommand {
  const command: CliCommand = {
    name,
    usage,
    summary,
    async run(args: ParsedArgs, io: CliIo): Promise<number> {
      const [ref, ...values] = args.positionals;
      if (ref === undefined || values.length < minValues) {
        io.err(`Usage: paper-distill ${usage}`);
        return EXIT_USAGE;
      }
      const vault = await openVault(args);
      if (!vault.ok) {
        io.err(vault.error.message);
        return EXIT_USAGE;
      }
      const { root, store, settings } = vault.value;
      const path = await resolvePaperRef(store, await vaultRelative(root, ref));
      if (!path.ok) {
        io.err(path.error.message);
        return EXIT_PROBLEMS;
      }
      const actions = new ReadingActions({ store, clock: nodeClock, settings: () => settings });
      let code = EXIT_OK;
      for (const result of await act(actions, path.value, values)) {
        if (result.ok) {
          io.out(result.value.message);
        } else {
          io.err(result.error.message);
          code = EXIT_PROBLEMS;
        }
      }
      return code;
    },
  };
  return command;
}

/** A path given from the shell (`MyVault/Papers/X.md`) as a path inside the vault, when it is one. */
export async function vaultRelative(root: string, ref: string): Promise<string> {
  const absolute = resolve(ref);
  if (!absolute.startsWith(root + sep)) return ref;
  const info = await stat(absolute).catch(() => null);
  return info?.isFile() ? relative(root, absolute).split(sep).join('/') : ref;
}

export const rateCommand = readingCommand(
  'rate',
  'rate <id|path> <1-5|0> --vault DIR',
  'Rate a paper note 1 to 5 stars; 0 clears the rating.',
  1,
  async (actions, path, [rating = '']) => [await actions.setRating(path, rating)],
);

export const statusCommand = readingCommand(
  'status',
  'status <id|path> <to-read|reading|read> --vault DIR',
  'Set the reading status; "read" is refused while required sections are empty (setting).',
  1,
  async (actions, path, [status = '']) => [await actions.setStatus(path, status)],
);

/**
 * `+tag` (or a bare `tag`) adds, `-tag` removes, in order. Every tag to add is checked first, so
 * one invalid tag changes nothing at all.
 */
export const tagCommand = readingCommand(
  'tag',
  'tag <id|path> +tag -tag ... --vault DIR',
  'Add (+tag) and remove (-tag) tags; matching ignores case and keeps the spelling in the note.',
  1,
  async (actions, path, values) => {
    const edits = values.map((v) => (v.startsWith('-') ? { add: false, tag: v.slice(1) } : { add: true, tag: v.replace(/^\+/, '') }));
    const invalid = edits.filter((e) => e.add).map((e) => validateTag(e.tag)).filter((r) => !r.ok);
    if (invalid.length > 0) return invalid;
    const results: Result<ActionDone>[] = [];
    for (const e of edits) results.push(e.add ? await actions.addTag(path, e.tag) : await actions.removeTag(path, e.tag));
    return results;
  },
);
