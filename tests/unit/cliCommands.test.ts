import fs from 'node:fs';
import {
  COMMAND_TIMEOUT_MS,
  linesOf,
  listens,
  localNeo4jEnv,
  runCommand,
  type CommandRun,
} from '../support/cliProcess';

/**
 * Every command of package.json, run as a real process: `--help` and `-h` print the usage and exit 0 without
 * reading the configuration or starting Neo4j; a wrong command line prints one line and the usage and exits 2.
 * The options each command takes are listed here by hand, not read from the usage definitions.
 */
interface Command {
  script: string;
  /** What `npm run <script>` runs, for the runs without npm. */
  entry: readonly string[];
  /** Every option and argument its help must name. */
  names: readonly string[];
  /** A command line with a wrong value, and the one line that must say so. */
  wrong: readonly string[];
  problem: string;
}

const COMMANDS: readonly Command[] = [
  {
    script: 'seed',
    entry: ['src/cli/seed.ts'],
    names: ['<folder>'],
    wrong: ['seeds', 'more-seeds'],
    problem: 'unexpected argument more-seeds',
  },
  {
    script: 'import',
    entry: ['src/cli/import.ts'],
    names: ['<file>', '--format', '--projects', '--batch-size', '--timeout', '--commit', '--initial', '--online'],
    wrong: ['organisations.csv', '--format', 'xml'],
    problem: '--format must be one of generic-csv, json, cordis, got xml',
  },
  {
    script: 'export',
    entry: ['src/cli/export.ts'],
    names: [
      '--format',
      '--out',
      '--projection',
      '--consortia',
      '--kinds',
      '--sources',
      '--min-weight',
      '--include-affiliations',
      '--include-affiliates',
      '--active-only',
      '--as-of',
      '--label-language',
      '--measures',
    ],
    wrong: ['--format', 'graphml', '--out', '-', '--min-weight', '0'],
    problem: '--min-weight must be a whole number of at least 1, got 0',
  },
  {
    script: 'generate',
    entry: ['src/cli/generate.ts'],
    names: ['--scale', '--organizations', '--memberships', '--seed', '--out', '--affiliations'],
    wrong: ['--scale', 'XL'],
    problem: '--scale must be one of S, M, L, got XL',
  },
  {
    script: 'db',
    entry: ['src/cli/db.ts'],
    names: ['start', 'stop', 'status'],
    wrong: ['restart'],
    problem: '<command> must be one of start, stop, status, got restart',
  },
  {
    script: 'db:start',
    entry: ['src/cli/db.ts', 'start'],
    names: ['start', 'stop', 'status'],
    wrong: ['now'],
    problem: 'unexpected argument now',
  },
  {
    script: 'bench',
    entry: ['--expose-gc', 'bench/run.ts'],
    names: [
      '--scale',
      '--port',
      '--seed',
      '--export',
      '--keep',
      '--smoke',
      '--import-commit',
      '--import-mode',
      '--import-only',
      '--viz',
      '--viz-only',
    ],
    wrong: ['--import-mode', 'offline'],
    problem: '--import-mode must be one of online, initial, got offline',
  },
];

/** Runs the command as `npm run <script> -- ...` (npm's own lines silenced), or as node would run its file. */
async function run(
  command: Pick<Command, 'script' | 'entry'>,
  args: readonly string[],
  via: 'npm' | 'node',
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<CommandRun & { neo4j: boolean }> {
  const local = await localNeo4jEnv();
  const env = { ...local.env, ...extraEnv };
  const result =
    via === 'npm'
      ? await runCommand('npm', ['run', '--silent', command.script, '--', ...args], env)
      : await runCommand(process.execPath, ['--import', 'tsx', ...command.entry, ...args], env);
  // A Neo4j started by the command would have made its data folder, and might still listen.
  const neo4j = fs.existsSync(local.dataDir) || (await listens(local.port));
  return { ...result, neo4j };
}

/** `prefix` is how the usage starts: `npm run db --`, `npx tsx bench/profile.ts`. */
function expectUsageRefusal(result: CommandRun, prefix: string, problem: string): void {
  const lines = linesOf(result.stderr);
  expect({ code: result.code, first: lines[0], stdout: result.stdout }).toEqual({
    code: 2,
    first: `error: ${problem}`,
    stdout: '',
  });
  expect(lines[1]!.startsWith(`usage: ${prefix} `)).toBe(true);
  expect(lines.at(-1)).toBe(`Run \`${prefix} --help\` for every option.`);
  expect(result.stderr).not.toMatch(/^\s+at /m);
}

/**
 * A test runs its two or three commands at once, each within COMMAND_TIMEOUT_MS; the tests run one after another,
 * so that a machine busy with other work is not given twenty processes more at a time.
 */
const TEST_TIMEOUT_MS = 2 * COMMAND_TIMEOUT_MS + 10_000;

/** A configuration every command that reads it refuses (exit 1), as the first test shows. */
const BAD_CONFIGURATION = { NEO4J_LOCAL_PORT: 'not-a-port' };

it(
  'refuses the bad configuration when it is read',
  async () => {
    const result = await run(
      { script: 'db:status', entry: ['src/cli/db.ts', 'status'] },
      [],
      'node',
      BAD_CONFIGURATION,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: /);
    expect(result.stderr).toContain('NEO4J_LOCAL_PORT');
  },
  TEST_TIMEOUT_MS,
);

describe.each(COMMANDS)('npm run $script', (command) => {
  const [invocation] = command.script.split(':');

  it(
    'answers -- --help and -h with a usage naming every option, exits 0, reads no configuration, starts no Neo4j',
    async () => {
      const [help, short] = await Promise.all([
        run(command, ['--help'], 'npm'),
        // -h wins over the rest of the line, and comes before the configuration is read.
        run(command, ['--no-such-option', '-h'], 'node', BAD_CONFIGURATION),
      ]);
      expect({ code: help.code, stderr: help.stderr, neo4j: help.neo4j }).toEqual({
        code: 0,
        stderr: '',
        neo4j: false,
      });
      expect(short).toEqual(help);
      expect(linesOf(help.stdout)[0]).toMatch(new RegExp(`^usage: npm run ${invocation} -- `));
      for (const name of [...command.names, '-h, --help']) expect(help.stdout).toContain(name);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'refuses an unknown option, and a wrong value, with one line saying what was wrong and the usage, exit 2',
    async () => {
      const [unknown, wrong] = await Promise.all([
        run(command, ['--no-such-option'], 'node'),
        run(command, command.wrong, 'node'),
      ]);
      expectUsageRefusal(unknown, `npm run ${invocation} --`, 'unknown option --no-such-option');
      expectUsageRefusal(wrong, `npm run ${invocation} --`, command.problem);
      expect([unknown.neo4j, wrong.neo4j]).toEqual([false, false]);
    },
    TEST_TIMEOUT_MS,
  );
});

/** The benchmark's tools, run as bench/NOTES.md runs them (`npx tsx bench/<tool>.ts`). */
const TOOLS = [
  {
    file: 'bench/profile.ts',
    names: ['--uri', '--hub', '--consortia'],
    wrong: ['--hub', 'org-1'],
    problem: '--consortia is required',
  },
  {
    file: 'bench/indexedReads.ts',
    names: ['--uri'],
    wrong: ['--uri', 'bolt://127.0.0.1:bolt'],
    problem: '--uri must be a loopback Bolt address such as bolt://127.0.0.1:7751, got bolt://127.0.0.1:bolt',
  },
  {
    file: 'bench/warmUp.ts',
    names: ['--scale', '--port'],
    wrong: ['--port', '70000'],
    problem: '--port must be a whole number from 1 to 65535, got 70000',
  },
  {
    file: 'bench/graphQuestions.ts',
    names: ['--scale', '--port'],
    wrong: ['--scale', 'XL'],
    problem: '--scale must be one of S, M, L, got XL',
  },
] as const;

describe.each(TOOLS)('npx tsx $file', (tool) => {
  const command = { script: tool.file, entry: [tool.file] };

  it(
    'answers -h with a usage naming every option, and refuses unknown options and wrong values (exit 2)',
    async () => {
      const [help, unknown, wrong] = await Promise.all([
        run(command, ['-h'], 'node'),
        run(command, ['--no-such-option'], 'node'),
        run(command, tool.wrong, 'node'),
      ]);
      expect({ code: help.code, stderr: help.stderr }).toEqual({ code: 0, stderr: '' });
      expect(linesOf(help.stdout)[0]!.startsWith(`usage: npx tsx ${tool.file}`)).toBe(true);
      for (const name of [...tool.names, '-h, --help']) expect(help.stdout).toContain(name);
      expectUsageRefusal(unknown, `npx tsx ${tool.file}`, 'unknown option --no-such-option');
      expectUsageRefusal(wrong, `npx tsx ${tool.file}`, tool.problem);
    },
    TEST_TIMEOUT_MS,
  );
});
