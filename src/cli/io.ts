/** The CLI's view of the outside world, so tests can run commands in-process. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  readStdin(): Promise<string>;
}

export const EXIT_OK = 0;
/** Something the user asked for did not work out (a paper not found, an incomplete note). */
export const EXIT_PROBLEMS = 1;
/** The command line itself was wrong. */
export const EXIT_USAGE = 2;
