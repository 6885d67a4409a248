import {
  defineCommand,
  HelpRequested,
  parseCommandLine,
  UsageError,
  wholeNumberOption,
} from '../../src/cli/commandLine';
import { helpText, usageErrorText } from '../../src/cli/usageText';

const SPEC = defineCommand({
  invocation: 'npm run thing',
  summary: 'Does a thing.',
  positionals: [{ name: 'file', description: 'the file' }],
  options: {
    format: { type: 'string', choices: ['csv', 'json'] as const, required: true, description: 'the format' },
    size: { type: 'string', value: 'n', default: '10', description: 'how many' },
    name: { type: 'string', description: 'a name' },
    quiet: { type: 'boolean', description: 'say less' },
  },
});

const parse = (...argv: string[]) => parseCommandLine(SPEC, argv);

/** The one line a command line is refused with. */
function problemOf(...argv: string[]): string {
  try {
    parse(...argv);
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error(`accepted: ${argv.join(' ')}`);
}

describe('parseCommandLine', () => {
  it('gives the values, the defaults and the positionals', () => {
    expect(parse('a.csv', '--format', 'csv', '--quiet')).toEqual({
      values: { format: 'csv', size: '10', name: undefined, quiet: true },
      positionals: ['a.csv'],
    });
    expect(parse('--format=json', '--size=3', 'b').values).toMatchObject({ format: 'json', size: '3' });
  });

  it.each([
    [['a', '--format', 'csv', '--colour'], 'unknown option --colour'],
    [['a', '--format', 'csv', '-x'], 'unknown option -x'],
    [['a', '--format', 'xml'], '--format must be one of csv, json, got xml'],
    [['a'], '--format is required'],
    [['a', '--format'], '--format needs a value'],
    [['a', '--format', '--quiet'], '--format needs a value'],
    [['a', '--format', 'csv', '--quiet=yes'], '--quiet takes no value (got yes)'],
    [['--format', 'csv'], '<file> is missing'],
    [['a', 'b', '--format', 'csv'], 'unexpected argument b'],
  ])('refuses %j: %s', (argv, problem) => {
    expect(problemOf(...argv)).toBe(problem);
  });

  it('answers --help and -h wherever they are, before any problem', () => {
    for (const argv of [['--help'], ['-h'], ['--colour', '-h'], ['a', '--format', 'xml', '--help']]) {
      expect(() => parse(...argv)).toThrow(HelpRequested);
    }
  });
});

describe('the usage texts', () => {
  it('print the usage line, the summary, the arguments and every option with its default', () => {
    expect(helpText(SPEC)).toBe(
      [
        'usage: npm run thing -- <file> --format <csv|json> [options]',
        '',
        'Does a thing.',
        '',
        'Arguments:',
        '  <file>                the file',
        '',
        'Options:',
        '  --format <csv|json>   the format (required)',
        '  --size <n>            how many (default 10)',
        '  --name <value>        a name',
        '  --quiet               say less',
        '  -h, --help            show this help and exit',
        '',
      ].join('\n'),
    );
  });

  it('refuse with the problem on one line, then the usage and where the options are', () => {
    expect(usageErrorText(SPEC, 'unknown option --colour')).toBe(
      [
        'error: unknown option --colour',
        'usage: npm run thing -- <file> --format <csv|json> [options]',
        'Run `npm run thing -- --help` for every option.',
        '',
      ].join('\n'),
    );
  });
});

describe('wholeNumberOption', () => {
  it('reads whole numbers within the range and names the option otherwise', () => {
    expect(wholeNumberOption('port', '7687', { min: 1, max: 65_535 })).toBe(7687);
    expect(wholeNumberOption('seed', '-3')).toBe(-3);
    expect(() => wholeNumberOption('port', '0', { min: 1, max: 65_535 })).toThrow(
      new UsageError('--port must be a whole number from 1 to 65535, got 0'),
    );
    expect(() => wholeNumberOption('seed', '4.5')).toThrow(new UsageError('--seed must be a whole number, got 4.5'));
    expect(() => wholeNumberOption('rows', '', { min: 1 })).toThrow(
      new UsageError('--rows must be a whole number of at least 1, got '),
    );
  });
});
