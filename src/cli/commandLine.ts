import { parseArgs } from 'node:util';

/** One `--name` option of a command. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  /** The value's name in the usage (`<file>`); the choices, joined by `|`, when there are choices. */
  value?: string;
  /** One line: what the option does. */
  description: string;
  /** The value when the option is not given (shown in the help as "default ..."). */
  default?: string;
  /** The only values allowed (checked here, so every command words the refusal alike). */
  choices?: readonly string[];
  required?: boolean;
}

/** A word given without `--`, such as import's `<file>` or db's `start`. */
export interface PositionalSpec {
  name: string;
  description: string;
  optional?: boolean;
  choices?: readonly string[];
}

/** What a command accepts: the one source of its parsing, its `--help` and its section of docs/cli.md. */
export interface CommandSpec<O extends Record<string, OptionSpec> = Record<string, OptionSpec>> {
  /** How a user runs it, up to the arguments: `npm run import`, `npx tsx bench/profile.ts`. */
  invocation: string;
  /** One line: what the command does. */
  summary: string;
  /** More lines of explanation, printed after the summary. */
  details?: readonly string[];
  positionals?: readonly PositionalSpec[];
  options: O;
  /** Usage lines that replace the generated one, when the command has several forms (without the invocation). */
  forms?: readonly string[];
}

/** An option's text: one of its choices when it has them. */
type OptionText<S extends OptionSpec> = S extends { choices: readonly (infer C extends string)[] } ? C : string;

type OptionValue<S extends OptionSpec> = S['type'] extends 'boolean'
  ? boolean | undefined
  : S extends { default: string } | { required: true }
    ? OptionText<S>
    : OptionText<S> | undefined;

/** A parsed command line: each option's value (undefined when absent and without default) and the positionals. */
export interface CommandLine<O extends Record<string, OptionSpec>> {
  values: { [K in keyof O]: OptionValue<O[K]> };
  positionals: string[];
}

/** A command line that cannot run: one line saying what was wrong (the usage is printed after it). */
export class UsageError extends Error {
  constructor(problem: string) {
    super(problem);
    this.name = 'UsageError';
  }
}

/** `--help` or `-h` was given: the caller prints the help and exits 0, before anything else starts. */
export class HelpRequested extends Error {
  constructor() {
    super('help requested');
    this.name = 'HelpRequested';
  }
}

/** Identity with inference: `defineCommand({...})` keeps each option's literal type for typed values. */
export function defineCommand<const O extends Record<string, OptionSpec>>(spec: CommandSpec<O>): CommandSpec<O> {
  return spec;
}

/**
 * Parses `argv` by `spec` with node's parseArgs, then checks it here so that every problem is one line in this
 * project's words: unknown options, missing or extra values, missing or extra positionals, required options and
 * choices. `--help`/`-h` anywhere wins over every problem (throws HelpRequested); problems throw UsageError.
 */
export function parseCommandLine<O extends Record<string, OptionSpec>>(
  spec: CommandSpec<O>,
  argv: readonly string[],
): CommandLine<O> {
  const { tokens } = parseArgs({
    args: [...argv],
    options: { ...typesOf(spec.options), help: { type: 'boolean', short: 'h' } },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  if (tokens.some((token) => token.kind === 'option' && token.name === 'help')) throw new HelpRequested();
  const values: Record<string, string | boolean | undefined> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const option = Object.hasOwn(spec.options, token.name) ? spec.options[token.name] : undefined;
    if (!option) throw new UsageError(`unknown option ${token.rawName}`);
    values[token.name] = optionValue(token.name, option, token.value, token.inlineValue);
  }
  for (const [name, option] of Object.entries(spec.options)) {
    values[name] ??= option.default;
    if (option.required && values[name] === undefined) throw new UsageError(`--${name} is required`);
  }
  checkPositionals(spec.positionals ?? [], positionals);
  return { values: values as CommandLine<O>['values'], positionals };
}

function typesOf(options: Record<string, OptionSpec>) {
  return Object.fromEntries(Object.entries(options).map(([name, option]) => [name, { type: option.type }]));
}

function optionValue(
  name: string,
  option: OptionSpec,
  value: string | undefined,
  inline: boolean | undefined,
): string | boolean {
  if (option.type === 'boolean') {
    if (value !== undefined) throw new UsageError(`--${name} takes no value (got ${value})`);
    return true;
  }
  // parseArgs takes the next word even when it is the next option (`--format --out x`): that is a missing value.
  if (value === undefined || (!inline && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
  if (option.choices && !option.choices.includes(value)) {
    throw new UsageError(`--${name} must be one of ${option.choices.join(', ')}, got ${value}`);
  }
  return value;
}

function checkPositionals(specs: readonly PositionalSpec[], given: readonly string[]): void {
  if (given.length > specs.length) throw new UsageError(`unexpected argument ${given[specs.length]}`);
  specs.forEach((positional, index) => {
    const value = given[index];
    const allowed = positional.choices ? `one of ${positional.choices.join(', ')}` : '';
    if (value === undefined && !positional.optional) {
      throw new UsageError(`<${positional.name}> is missing${allowed ? `: give ${allowed}` : ''}`);
    }
    if (value !== undefined && positional.choices && !positional.choices.includes(value)) {
      throw new UsageError(`<${positional.name}> must be ${allowed}, got ${value}`);
    }
  });
}

/** The whole number an option's text spells, within the range; otherwise a UsageError naming the option. */
export function wholeNumberOption(name: string, text: string, range: { min?: number; max?: number } = {}): number {
  const value = /^-?\d+$/.test(text.trim()) ? Number(text) : Number.NaN;
  const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = range;
  if (Number.isSafeInteger(value) && value >= min && value <= max) return value;
  const bounds =
    range.min !== undefined && range.max !== undefined
      ? ` from ${min} to ${max}`
      : range.min !== undefined
        ? ` of at least ${min}`
        : range.max !== undefined
          ? ` of at most ${max}`
          : '';
  throw new UsageError(`--${name} must be a whole number${bounds}, got ${text}`);
}
