import type { CommandSpec, OptionSpec, PositionalSpec } from './commandLine';

const HELP_OPTION = { label: '-h, --help', description: 'show this help and exit' };

/** `<a|b>` for choices, else the spec's value name, else `<value>`. */
function valueName(option: { choices?: readonly string[]; value?: string }): string {
  if (option.choices) return `<${option.choices.join('|')}>`;
  return `<${option.value ?? 'value'}>`;
}

function optionLabel(name: string, option: OptionSpec): string {
  return option.type === 'boolean' ? `--${name}` : `--${name} ${valueName(option)}`;
}

function positionalLabel(positional: PositionalSpec): string {
  const label = positional.choices ? positional.choices.join('|') : `<${positional.name}>`;
  return positional.optional ? `[${label}]` : label;
}

/** npm passes arguments on to a script only after `--`. */
function argumentPrefix(spec: CommandSpec): string {
  return /^npm (run \S+|start|test)$/.test(spec.invocation) ? `${spec.invocation} --` : spec.invocation;
}

/** The usage lines: the spec's forms, or one line of positionals, required options and `[options]`. */
export function usageLines(spec: CommandSpec): string[] {
  const prefix = argumentPrefix(spec);
  if (spec.forms) return spec.forms.map((form, index) => `${index === 0 ? 'usage: ' : '       '}${prefix} ${form}`);
  const options = Object.entries(spec.options);
  const words = [
    ...(spec.positionals ?? []).map(positionalLabel),
    ...options.filter(([, option]) => option.required).map(([name, option]) => optionLabel(name, option)),
    ...(options.some(([, option]) => !option.required) ? ['[options]'] : []),
  ];
  return [`usage: ${[prefix, ...words].join(' ')}`];
}

function optionNote(option: OptionSpec): string {
  if (option.required) return ' (required)';
  return option.default === undefined ? '' : ` (default ${option.default})`;
}

/** Help lines are wrapped to this width, as a terminal of 120 columns shows them whole. */
const LINE_WIDTH = 118;

/** Words joined into lines of at most `width` characters (a longer word keeps a line of its own). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + 1 + word.length <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Two aligned columns, indented by two spaces; long texts wrap under their column. */
function table(rows: readonly (readonly [string, string])[]): string[][] {
  const width = Math.max(...rows.map(([label]) => label.length));
  const indent = ' '.repeat(2 + width + 3);
  return rows.map(([label, text]) =>
    wrap(text, Math.max(40, LINE_WIDTH - indent.length)).map((line, index) =>
      index === 0 ? `  ${label.padEnd(width)}   ${line}` : `${indent}${line}`,
    ),
  );
}

/** What `--help` prints: usage, summary, details, arguments and options. */
export function helpText(spec: CommandSpec): string {
  const positionals = (spec.positionals ?? []).map((p) => [positionalLabel(p), p.description] as const);
  const options = [
    ...Object.entries(spec.options).map(
      ([name, option]) => [optionLabel(name, option), `${option.description}${optionNote(option)}`] as const,
    ),
    [HELP_OPTION.label, HELP_OPTION.description] as const,
  ];
  const labels = table([...positionals, ...options]);
  const sections = [
    usageLines(spec).join('\n'),
    [spec.summary, ...(spec.details ?? [])].join('\n'),
    ...(positionals.length > 0 ? [['Arguments:', ...labels.slice(0, positionals.length).flat()].join('\n')] : []),
    ['Options:', ...labels.slice(positionals.length).flat()].join('\n'),
  ];
  return `${sections.join('\n\n')}\n`;
}

/** What a wrong command line prints: the problem on one line, the usage, and where the options are listed. */
export function usageErrorText(spec: CommandSpec, problem: string): string {
  return [`error: ${problem}`, ...usageLines(spec), `Run \`${argumentPrefix(spec)} --help\` for every option.`]
    .join('\n')
    .concat('\n');
}
