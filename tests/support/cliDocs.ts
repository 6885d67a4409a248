import path from 'node:path';
import {
  BENCH_COMMAND,
  EXECUTOR_PROFILE_COMMAND,
  GRAPH_QUESTIONS_COMMAND,
  INDEXED_READS_COMMAND,
  PROFILE_COMMAND,
  WARM_UP_COMMAND,
} from '../../bench/benchCommands';
import type { CommandSpec } from '../../src/cli/commandLine';
import {
  DB_COMMAND,
  EXPORT_COMMAND,
  GENERATE_COMMAND,
  IMPORT_COMMAND,
  SEED_COMMAND,
  START_COMMAND,
} from '../../src/cli/commands';
import { helpText } from '../../src/cli/usageText';

export const CLI_DOCS = path.resolve(__dirname, '../../docs/cli.md');

/** One line for every script of package.json (a unit test requires each to have one), in the order shown. */
export const NPM_SCRIPTS: Record<string, string> = {
  start: 'Serves GraphQL on http://localhost:4000/graphql; starts a local Neo4j when NEO4J_URI is unset.',
  prestart: 'Run by `npm start` first: compiles src/ to dist/ when a source is newer than the last build.',
  dev: 'Runs the server from src/ through tsx, restarting on every change.',
  'db:start': 'Starts the local Neo4j and returns once it answers.',
  'db:status': 'Says whether the local Neo4j is running (exit 0) or not (exit 3).',
  'db:stop': 'Stops the local Neo4j.',
  db: 'The three above as one command: `npm run db -- start` (or `stop`, `status`).',
  seed: 'Writes the seed documents (seeds/) into the graph.',
  import: 'Imports organisations and memberships from a generic CSV, JSON or CORDIS file.',
  export: 'Writes the organisation network as GraphML, GEXF, Cytoscape, D3, graphology or CSV.',
  generate: 'Writes a synthetic CORDIS-like graph as CSV, to import or benchmark.',
  bench: 'Benchmarks the API against Cypher and @neo4j/graphql on a generated graph.',
  build: 'Compiles src/ to dist/ (and copies the /viz files).',
  'start:compiled': 'Runs the compiled server (dist/main.js), as production and Docker do.',
  test: 'Runs every test; starts its own Neo4j.',
  'test:unit': 'Runs the unit tests only: no Java, no Neo4j, seconds.',
  typecheck: 'Type-checks everything with tsc.',
  lint: 'Runs eslint and prettier --check.',
  format: 'Rewrites the files with prettier and eslint --fix.',
  codegen: 'Regenerates the resolver types from `schema/*.graphql`.',
  'codegen:check': 'Fails when the generated resolver types are out of date.',
  'docs:answers': "Rewrites the README's answers table from the tests' computation.",
  'docs:cli': "Rewrites docs/cli.md and the README's scripts table from the commands' usage definitions.",
};

/** The commands whose `--help` docs/cli.md shows, each once (db:start, db:stop and db:status are `db`). */
const COMMANDS: readonly CommandSpec[] = [
  START_COMMAND,
  SEED_COMMAND,
  IMPORT_COMMAND,
  EXPORT_COMMAND,
  GENERATE_COMMAND,
  DB_COMMAND,
];
const BENCH_TOOLS: readonly CommandSpec[] = [
  BENCH_COMMAND,
  PROFILE_COMMAND,
  INDEXED_READS_COMMAND,
  WARM_UP_COMMAND,
  GRAPH_QUESTIONS_COMMAND,
  EXECUTOR_PROFILE_COMMAND,
];

function scriptCommand(script: string): string {
  return script === 'start' || script === 'test' ? `npm ${script}` : `npm run ${script}`;
}

function section(level: string, spec: CommandSpec): string {
  return `${level} \`${spec.invocation}\`\n\n\`\`\`text\n${helpText(spec)}\`\`\`\n`;
}

/** A Markdown table with its columns padded, as prettier (`npm run lint`) writes it. */
function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)];
}

/** The table of npm scripts and what each does, as docs/cli.md and the README's scripts block show it. */
export function npmScriptsTable(): string[] {
  const scripts = Object.entries(NPM_SCRIPTS).map(([script, line]) => [`\`${scriptCommand(script)}\``, line]);
  return markdownTable(['script', 'what it does'], scripts);
}

export const README = path.resolve(__dirname, '../../README.md');
export const SCRIPTS_START = '<!-- scripts:start (written by `npm run docs:cli`) -->';
export const SCRIPTS_END = '<!-- scripts:end -->';

/** The README with its scripts block (between SCRIPTS_START and SCRIPTS_END) as `npm run docs:cli` writes it. */
export function readmeWithScripts(readme: string): string {
  const start = readme.indexOf(SCRIPTS_START);
  const end = readme.indexOf(SCRIPTS_END);
  if (start < 0 || end < start) throw new Error(`README.md has no scripts block (${SCRIPTS_START} … ${SCRIPTS_END})`);
  const table = ['', ...npmScriptsTable(), ''].join('\n');
  return `${readme.slice(0, start + SCRIPTS_START.length)}\n${table}\n${readme.slice(end)}`;
}

/** docs/cli.md as it should read: the scripts table, then each command's `--help`, verbatim. */
export function cliDocs(): string {
  return [
    '# Command line',
    '',
    '<!-- Generated by `npm run docs:cli` from src/cli/commands.ts, bench/benchCommands.ts and',
    '     tests/support/cliDocs.ts: edit those, then run it (tests/unit/cliDocs.test.ts fails until you do). -->',
    '',
    'Every command answers `--help` (or `-h`) with its usage and exits 0, before it reads the configuration or',
    'touches a database. A wrong command line (an unknown option, a missing or wrong value) prints one line saying',
    'what was wrong and the usage, and exits 2. Any other failure prints one line starting `error:` and exits 1;',
    'an interrupted `npm run import` exits 130. With npm, options follow `--`: `npm run import -- --help`.',
    '',
    '## npm scripts',
    '',
    ...npmScriptsTable(),
    '',
    '## Commands',
    '',
    ...COMMANDS.map((spec) => section('###', spec)),
    '## The benchmark and its tools',
    '',
    'All of them run Neo4j on 127.0.0.1 only; see [bench/NOTES.md](../bench/NOTES.md) and',
    '[bench/RESULTS.md](../bench/RESULTS.md).',
    '',
    ...BENCH_TOOLS.map((spec) => section('###', spec)),
  ].join('\n');
}
