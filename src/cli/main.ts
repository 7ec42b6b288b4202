import { runCli } from './run';

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

// `paper-distill list | head` closes the pipe early; that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: Error & { code?: string }) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

/**
 * Standard output in chunks: `list` prints a line per paper, and 10,000 writes cost more than
 * reading the 10,000 notes. What one synchronous stretch of work printed goes out together as
 * soon as it yields (so progress lines of a long import still show at once), before anything
 * goes to standard error (so a terminal shows both in the order they were written), and at the end.
 */
let pending: string[] = [];
let pendingLength = 0;
let scheduled = false;
const flush = () => {
  scheduled = false;
  if (pending.length === 0) return;
  process.stdout.write(pending.join(''));
  pending = [];
  pendingLength = 0;
};

runCli(process.argv.slice(2), {
  out: (line) => {
    pending.push(`${line}\n`);
    pendingLength += line.length + 1;
    if (pendingLength >= 1 << 16) flush();
    else if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  },
  err: (line) => {
    flush();
    process.stderr.write(`${line}\n`);
  },
  readStdin: () => {
    flush();
    return readStdin();
  },
}).then(
  (code) => {
    flush();
    process.exitCode = code;
  },
  (e: unknown) => {
    flush();
    process.stderr.write(`paper-distill: unexpected error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exitCode = 70;
  },
);
