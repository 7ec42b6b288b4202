import { findArxivRefs, formatArxivRef } from '../../core/arxiv/ids';
import type { ParsedArgs } from '../args';
import type { CliCommand } from '../command';
import { EXIT_OK, EXIT_PROBLEMS, type CliIo } from '../io';

/** `ids [TEXT|-]`: canonical ids in order of appearance, once each; stdin when no text or `-`. */
async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  const fromStdin = args.positionals.length === 0 || (args.positionals.length === 1 && args.positionals[0] === '-');
  const text = fromStdin ? await io.readStdin() : args.positionals.join(' ');
  const refs = findArxivRefs(text);
  for (const ref of refs) io.out(formatArxivRef(ref));
  return refs.length > 0 ? EXIT_OK : EXIT_PROBLEMS;
}

export const idsCommand: CliCommand = {
  name: 'ids',
  usage: 'ids [TEXT|-]',
  summary: 'Print the canonical arXiv ids found in TEXT (or stdin), one per line, in order, once each.',
  run,
};
