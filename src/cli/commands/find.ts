import type { TitleMatch } from '../../app/title-search';
import type { PaperMetadata } from '../../core/arxiv/types';
import type { ParsedArgs } from '../args';
import type { CliCommand } from '../command';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, type CliIo } from '../io';
import { openTitleSearch } from '../vault-context';

/** Tabs and line breaks inside a title would break the one-line, tab-separated format. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The line `find` prints for a title (other tools parse it): `<id>\t<arXiv title>`,
 * `?\t<title>\t<candidate ids, space-separated>`, `-\t<title>`, or `!\t<title>` when arXiv
 * could not be asked.
 */
export function findLine(match: TitleMatch): string {
  switch (match.kind) {
    case 'matched':
      return `${match.id}\t${oneLine(match.entry.title)}`;
    case 'ambiguous':
      return `?\t${oneLine(match.query)}\t${match.candidates.map((c) => c.arxiv).join(' ')}`;
    case 'none':
      return `-\t${oneLine(match.query)}`;
    case 'unreachable':
      return `!\t${oneLine(match.query)}`;
  }
}

/** A candidate as a reader picks it: id, title, first authors, year. */
export function candidateLine(paper: PaperMetadata): string {
  const authors = paper.authors.length > 3 ? `${paper.authors.slice(0, 3).join(', ')} et al.` : paper.authors.join(', ');
  return `  ${paper.arxiv}  ${oneLine(paper.title)} (${authors}, ${paper.published.slice(0, 4)})`;
}

/** What `find` and `add --title` say on stderr about a title that is not a confident match. */
export function explainMatch(match: TitleMatch, io: CliIo): void {
  if (match.kind === 'ambiguous') {
    io.err(`"${oneLine(match.query)}" has no exact match on arXiv; close titles (add one by id):`);
    for (const c of match.candidates) io.err(candidateLine(c));
  } else if (match.kind === 'none') {
    io.err(`No arXiv paper has a title like "${oneLine(match.query)}".`);
  } else if (match.kind === 'unreachable') {
    io.err(`"${oneLine(match.query)}" was not searched: ${match.error.message}`);
  }
}

async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  const titles = args.positionals.filter((t) => t.trim() !== '');
  if (titles.length === 0) {
    io.err(`Usage: paper-distill ${findCommand.usage}`);
    return EXIT_USAGE;
  }
  const search = openTitleSearch(args);
  if (!search.ok) {
    io.err(search.error.message);
    return EXIT_USAGE;
  }
  const matches = await search.value.findTitles(titles);
  for (const match of matches) {
    io.out(findLine(match));
    explainMatch(match, io);
  }
  return matches.every((m) => m.kind === 'matched') ? EXIT_OK : EXIT_PROBLEMS;
}

export const findCommand: CliCommand = {
  name: 'find',
  usage: 'find TITLE... [--api URL [--min-interval MS]] [--timeout SECONDS]',
  summary:
    'Search arXiv for papers by title: prints `<id>\\t<title>` per confident match, `?\\t<title>\\t<ids>` when close titles need a choice, `-\\t<title>` when nothing matches (`!` when arXiv could not be reached); exit 0 only when every title matched.',
  run,
};
