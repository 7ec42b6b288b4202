import { findArxivRefs, formatArxivRef } from '../../core/arxiv/ids';
import type { ParsedArgs } from '../args';
import { EXIT_OK, EXIT_PROBLEMS, type CliIo } from '../io';

/** `ids [TEXT|-]`: canonical ids in order of appearance, once each; stdin when no text or `-`. */
export async function idsCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const fromStdin = args.positionals.length === 0 || (args.positionals.length === 1 && args.positionals[0] === '-');
  const text = fromStdin ? await io.readStdin() : args.positionals.join(' ');
  const refs = findArxivRefs(text);
  for (const ref of refs) io.out(formatArxivRef(ref));
  return refs.length > 0 ? EXIT_OK : EXIT_PROBLEMS;
}
