import { SCALES, type ScaleName } from '../generate/scales';
import { DEFAULT_BATCH_SIZE, DEFAULT_IMPORT_TIMEOUT_MS } from '../import/importFile';
import { IMPORT_COMMITS, IMPORT_FORMATS } from '../import/importTypes';
import { ORGANIZATION_KINDS } from '../model/kinds';
import { EXPORT_FORMATS } from '../network/formats';
import { defineCommand } from './commandLine';

/**
 * The project's commands, as `--help` and docs/cli.md show them; each entry point parses its command line by its
 * spec here (runCli). Kept apart from the entry points, which run when imported.
 */

/** The most rows `npm run import` writes in one transaction. */
export const MAX_IMPORT_BATCH_SIZE = 100_000;

/** Which database a command writes to or reads from, as every command that opens one explains it. */
const DATABASE_LINE =
  'Uses NEO4J_URI; when it is unset, the local Neo4j (NEO4J_LOCAL_DATA_DIR, NEO4J_LOCAL_PORT), started for the run if need be.';

export const START_COMMAND = defineCommand({
  invocation: 'npm start',
  summary:
    'Serves GraphQL (HOST:PORT, default http://localhost:4000/graphql): applies the schema, seeds an empty graph.',
  details: [
    DATABASE_LINE,
    'Runs the compiled dist/main.js, built first when src/ changed; npm run dev runs src/ and restarts on changes.',
  ],
  options: {},
});

export const SEED_COMMAND = defineCommand({
  invocation: 'npm run seed',
  summary: 'Validates the seed documents and writes them into the graph (idempotent: a second run changes nothing).',
  details: [DATABASE_LINE],
  positionals: [{ name: 'folder', description: 'the folder of seed YAML files (default seeds/)', optional: true }],
  options: {},
});

export const IMPORT_COMMAND = defineCommand({
  invocation: 'npm run import',
  summary: 'Imports organisations and their memberships from a file, then prints what it created and matched.',
  details: [
    DATABASE_LINE,
    "Into a new local data folder it loads with Neo4j's offline importer (an initial load); otherwise through Bolt.",
    'Ctrl-C or SIGTERM stops it; with --commit once nothing is kept (exit 130).',
  ],
  positionals: [{ name: 'file', description: 'the file to import' }],
  options: {
    format: { type: 'string', choices: IMPORT_FORMATS, required: true, description: 'what the file holds' },
    projects: { type: 'string', value: 'project.csv', description: "CORDIS's project.csv (with --format cordis)" },
    'batch-size': {
      type: 'string',
      value: 'rows',
      default: String(DEFAULT_BATCH_SIZE),
      description: `rows per write, 1 to ${MAX_IMPORT_BATCH_SIZE}`,
    },
    timeout: {
      type: 'string',
      value: 'duration',
      default: `${DEFAULT_IMPORT_TIMEOUT_MS / 60_000}m`,
      description: 'give up after this long: 90s, 30m or 2h',
    },
    commit: {
      type: 'string',
      choices: IMPORT_COMMITS,
      default: 'once',
      description: 'once: all or nothing; per-batch: keep each written batch',
    },
    initial: { type: 'boolean', description: "load with Neo4j's offline importer (the local Neo4j, stopped, empty)" },
    online: { type: 'boolean', description: 'import through Bolt even into a new local data folder' },
  },
});

export const EXPORT_COMMAND = defineCommand({
  invocation: 'npm run export',
  summary: 'Writes the organisation network to a file that Gephi, Cytoscape, NetworkX, D3 or graphology reads.',
  details: [DATABASE_LINE, 'Progress and the summary go to stderr, so --out - can stream the file to stdout.'],
  options: {
    format: {
      type: 'string',
      value: 'format',
      required: true,
      description: `the file format: ${EXPORT_FORMATS.join(', ')}`,
    },
    out: { type: 'string', value: 'file|-', required: true, description: 'the file to write, - for standard output' },
    projection: {
      type: 'string',
      value: 'BIPARTITE|CO_MEMBERSHIP',
      default: 'BIPARTITE',
      description: 'organisations and consortia, or organisations linked by shared consortia',
    },
    consortia: { type: 'string', value: 'id,id', description: 'only these consortia and their members' },
    kinds: {
      type: 'string',
      value: 'KIND,KIND',
      description: `only organisations of these kinds: ${ORGANIZATION_KINDS.join(', ')}`,
    },
    sources: { type: 'string', value: 'id,id', description: 'count only memberships citing these sources' },
    'min-weight': { type: 'string', value: 'n', description: 'CO_MEMBERSHIP: drop links sharing fewer consortia' },
    'include-affiliations': { type: 'boolean', description: 'draw PART_OF links as AFFILIATION edges' },
    'include-affiliates': { type: 'boolean', description: "count affiliated bodies' memberships on their parent" },
    'active-only': { type: 'boolean', description: 'only consortia in their programme on --as-of (or today)' },
    'as-of': { type: 'string', value: 'YYYY-MM-DD', description: 'only memberships that held on this day' },
    'label-language': {
      type: 'string',
      value: 'EN|KO|JA',
      default: 'EN',
      description: 'the language of node labels; English where a name has none',
    },
    measures: {
      type: 'string',
      value: 'all|degree|none',
      default: 'all',
      description: 'degree and none stream with flat memory; all is refused above MAX_MEASURED_NETWORK_NODES',
    },
  },
});

const GENERATE_TAIL = '[--seed <n>] [--out <file>] [--affiliations <file>]';

export const GENERATE_COMMAND = defineCommand({
  invocation: 'npm run generate',
  summary: 'Writes a deterministic synthetic CORDIS-like graph as generic CSV (no database needed).',
  details: ['Import it with npm run import -- <file> --format generic-csv.'],
  forms: [`--scale <S|M|L> ${GENERATE_TAIL}`, `--organizations <n> --memberships <n> ${GENERATE_TAIL}`],
  options: {
    scale: {
      type: 'string',
      choices: Object.keys(SCALES) as ScaleName[],
      description: `a preset size: ${Object.entries(SCALES)
        .map(([name, size]) => `${name} ${size.organizations} organisations`)
        .join(', ')}`,
    },
    organizations: { type: 'string', value: 'n', description: 'how many organisations (with --memberships)' },
    memberships: { type: 'string', value: 'n', description: 'how many memberships, at least --organizations' },
    seed: { type: 'string', value: 'n', default: '42', description: 'the random seed: the same seed, the same graph' },
    out: { type: 'string', value: 'file', description: 'the memberships CSV (default standard output)' },
    affiliations: { type: 'string', value: 'file', description: 'also write the PART_OF links as CSV' },
  },
});

export const DB_COMMAND = defineCommand({
  invocation: 'npm run db',
  summary: 'Starts, stops or reports the local Neo4j (NEO4J_LOCAL_DATA_DIR, NEO4J_LOCAL_PORT), as npm start runs it.',
  details: ['Also as npm run db:start, db:stop and db:status. status exits 0 when running, 3 when not.'],
  positionals: [
    {
      name: 'command',
      choices: ['start', 'stop', 'status'] as const,
      description: 'start (returns once Bolt answers), stop, or status',
    },
  ],
  options: {},
});
