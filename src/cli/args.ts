import { isOption, takesValue } from './options';

/** Parsed command line: positionals in order, `--flag value` options, and bare `--switch`es. */
export interface ParsedArgs {
  readonly command: string | null;
  readonly positionals: readonly string[];
  readonly options: ReadonlyMap<string, string>;
  readonly switches: ReadonlySet<string>;
}

/**
 * Splits the command line. Which options take a value comes from the option table (options.ts);
 * whether the command accepts them is checked there too, once the command is known.
 */
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
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (takesValue(name)) {
      const next = argv[i + 1];
      // `--vault --json` forgot the folder; taking "--json" as its name would hide the mistake.
      if (eq === -1 && (next === undefined || next.startsWith('--'))) return { error: `Option --${name} needs a value.` };
      const value = eq === -1 ? argv[++i] ?? '' : arg.slice(eq + 1);
      if (value === '') return { error: `Option --${name} needs a value.` };
      if (options.has(name) && options.get(name) !== value) return { error: `Option --${name} is given twice; give it once.` };
      options.set(name, value);
    } else if (name === '') {
      return { error: `"${arg}" is not an option.` };
    } else if (eq !== -1 && isOption(name)) {
      return { error: `Option --${name} takes no value (remove "=${arg.slice(eq + 1)}").` };
    } else {
      // An unknown name is kept as a switch so that the command can say what it probably meant.
      switches.add(name);
    }
  }
  const [command = null, ...rest] = positionals;
  return { command, positionals: rest, options, switches };
}
