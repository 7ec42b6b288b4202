import type { ParsedArgs } from './args';
import type { CliIo } from './io';

/** One `paper-distill <name>` subcommand; run.ts lists them and builds --help from them. */
export interface CliCommand {
  readonly name: string;
  /** Usage line(s) after `paper-distill `, e.g. `add <id|url>... --vault DIR [--api URL]`. */
  readonly usage: string;
  /** One sentence for --help. */
  readonly summary: string;
  /** How many arguments besides options it takes, when limited; options are declared in options.ts. */
  readonly maxPositionals?: number;
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}
