import { runCli } from '../../src/cli/run';

/** What one in-process run of the CLI printed, and its exit code. */
export interface CliRun {
  code: number;
  out: string[];
  err: string[];
}

/** Runs `paper-distill ...argv` in process, with empty stdin. */
export function cli(...argv: string[]): Promise<CliRun> {
  return cliWithStdin('', ...argv);
}

/** Runs `paper-distill ...argv` in process, with `stdin` as its standard input. */
export async function cliWithStdin(stdin: string, ...argv: string[]): Promise<CliRun> {
  const run: CliRun = { code: 0, out: [], err: [] };
  run.code = await runCli(argv, { out: (l) => run.out.push(l), err: (l) => run.err.push(l), readStdin: () => Promise.resolve(stdin) });
  return run;
}
