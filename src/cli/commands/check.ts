import { relative, resolve, sep } from 'node:path';
import { checkPaperNotes, type NoteCheck } from '../../app/template-check';
import type { ParsedArgs } from '../args';
import type { CliCommand } from '../command';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, type CliIo } from '../io';
import { openVault } from '../vault-context';

/**
 * `check --vault DIR [--json] [FILE...]`: one line per incomplete paper note on stdout (or one
 * JSON object), a summary on stderr, exit 1 when any note is incomplete. FILEs (relative to the
 * current folder, or absolute) limit the check to those notes, as a pre-commit hook wants;
 * files that are not paper notes are ignored.
 */
async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  const vault = await openVault(args);
  if (!vault.ok) {
    io.err(vault.error.message);
    return EXIT_USAGE;
  }
  const { root, store, settings } = vault.value;
  const paths = args.positionals.length > 0 ? args.positionals.map((p) => relative(root, resolve(p)).split(sep).join('/')) : undefined;
  const result = await checkPaperNotes(store, settings, paths);

  if (args.switches.has('json')) {
    io.out(
      JSON.stringify(
        {
          checked: result.checked,
          incomplete: result.incomplete.length,
          notes: result.incomplete.map(noteJson),
          ...(result.unreadable.length === 0 ? {} : { unreadable: result.unreadable }),
        },
        null,
        2,
      ),
    );
    for (const line of result.unreadable) io.err(line);
  } else {
    for (const line of result.unreadable) io.err(line);
    for (const note of result.incomplete) io.out(`${note.path}: ${note.report.problems.join('; ')}`);
    io.err(summaryLine(result.checked, result.incomplete.length));
  }
  return result.incomplete.length === 0 && result.unreadable.length === 0 ? EXIT_OK : EXIT_PROBLEMS;
}

function summaryLine(checked: number, incomplete: number): string {
  const notes = checked === 1 ? '1 paper note' : `${checked} paper notes`;
  if (incomplete === 0) return checked === 0 ? 'No paper notes to check.' : `Checked ${notes}: all distilled.`;
  return `Checked ${notes}: ${incomplete} not fully distilled.`;
}

function noteJson({ path, report }: NoteCheck) {
  return {
    path,
    filled: report.filledCount,
    required: report.requiredCount,
    problems: report.problems,
    sections: report.sections.map((s) => ({
      name: s.name,
      present: s.present,
      filled: s.filled,
      duplicated: s.duplicated,
      inOrder: s.inOrder,
      line: s.line ?? null,
    })),
  };
}

export const checkCommand: CliCommand = {
  name: 'check',
  usage: 'check --vault DIR [--json] [FILE...]',
  summary: 'List paper notes whose required sections are missing or empty; exit 1 when there are any.',
  run,
};
