/** Parsed command line: positionals in order, `--flag value` options, and bare `--switch`es. */
export interface ParsedArgs {
  readonly command: string | null;
  readonly positionals: readonly string[];
  readonly options: ReadonlyMap<string, string>;
  readonly switches: ReadonlySet<string>;
}

const VALUE_OPTIONS = new Set(['vault', 'api', 'hf-api', 'min-interval', 'format', 'filter', 'timeout', 'out', 'openalex-api', 'pdf-base']);

export function parseArgs(argv: readonly string[]): ParsedArgs | { error: string } {
  const positionals: string[] = [];
  const options = new Map<string, string>();
  const switches = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (VALUE_OPTIONS.has(name)) {
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || value === '') return { error: `Option --${name} needs a value.` };
      options.set(name, value);
    } else {
      switches.add(name);
    }
  }
  const [command = null, ...rest] = positionals;
  return { command, positionals: rest, options, switches };
}
