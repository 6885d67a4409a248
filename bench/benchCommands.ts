import { defineCommand, UsageError } from '../src/cli/commandLine';
import { SCALES, type ScaleName } from '../src/generate/scales';
import { IMPORT_COMMITS } from '../src/import/importTypes';

/** The benchmark's commands, as their `--help` and docs/cli.md show them (see src/cli/commands.ts). */

const SCALE_NAMES = Object.keys(SCALES) as ScaleName[];
const LOOPBACK_URI = 'bolt://127.0.0.1:7751';

export const BENCH_COMMAND = defineCommand({
  invocation: 'npm run bench',
  summary: 'Measures the API against Cypher and @neo4j/graphql on a generated graph; writes bench/results/*.json.',
  details: [
    'Starts its own Neo4j on 127.0.0.1 (--port; /viz on --port + 1, CORDIS layout on --port + 2, the initial',
    'load at L on --port + 3) in',
    '.neo4j/bench-<scale>, wiped first.',
    'BENCH_NEO4J_HEAP and BENCH_NEO4J_PAGECACHE size it (default 3g and 2g).',
  ],
  options: {
    scale: { type: 'string', choices: SCALE_NAMES, default: 'M', description: 'the generated graph size' },
    port: { type: 'string', value: 'port', default: '7751', description: "the benchmark Neo4j's Bolt port" },
    seed: { type: 'string', value: 'n', default: '42', description: "the generator's random seed" },
    export: { type: 'boolean', description: 'also time the GraphML exports (on by default at S)' },
    keep: { type: 'boolean', description: 'leave the Neo4j running afterwards (for bench/profile.ts)' },
    smoke: { type: 'boolean', description: 'every phase once, briefly: proves the benchmark runs (CI)' },
    'import-commit': {
      type: 'string',
      choices: IMPORT_COMMITS,
      default: 'once',
      description: 'how the import phase commits',
    },
    'import-mode': {
      type: 'string',
      choices: ['online', 'initial'] as const,
      default: 'online',
      description: "through Bolt, or with Neo4j's offline importer into the empty folder",
    },
    'import-only': { type: 'boolean', description: 'stop after the import phase' },
    viz: { type: 'boolean', description: "time /viz's draw of a 50,000-node graph (on by default but with --smoke)" },
    'viz-only': { type: 'boolean', description: 'only the /viz draw time' },
    'skip-viz': { type: 'boolean', description: 'leave the /viz phase out (about 11 minutes at M)' },
    cordis: {
      type: 'boolean',
      description: "the real-layout phase: a synthetic H2020 in CORDIS's files (on by default but with --smoke)",
    },
    'cordis-only': { type: 'boolean', description: 'only the real-layout phase (its Neo4j on --port + 2)' },
    'skip-large-initial': {
      type: 'boolean',
      description: 'leave out the initial load at L, 1,000,000 rows (its Neo4j on --port + 3; at S with --smoke)',
    },
  },
});

export const PROFILE_COMMAND = defineCommand({
  invocation: 'npx tsx bench/profile.ts',
  summary: "PROFILEs the API's hot statements on a running benchmark graph (npm run bench -- --keep).",
  details: ['Prints a Markdown table: db hits, rows, time and the heaviest operators (see bench/NOTES.md).'],
  options: {
    uri: { type: 'string', value: 'bolt-uri', default: LOOPBACK_URI, description: 'the benchmark Neo4j' },
    hub: { type: 'string', value: 'organisation-id', required: true, description: 'the organisation to ask about' },
    consortia: { type: 'string', value: 'id,id', required: true, description: 'the consortia to ask about' },
  },
});

export const INDEXED_READS_COMMAND = defineCommand({
  invocation: 'npx tsx bench/indexedReads.ts',
  summary: 'Compares the minConsortia count before and after its index, by PROFILE db hits and time.',
  details: ['Runs on a benchmark graph left by npm run bench -- --keep; prints Markdown rows for bench/RESULTS.md.'],
  options: {
    uri: { type: 'string', value: 'bolt-uri', default: LOOPBACK_URI, description: 'a loopback Bolt address' },
  },
});

export const WARM_UP_COMMAND = defineCommand({
  invocation: 'npx tsx bench/warmUp.ts',
  summary: "Times the API's first questions after a Neo4j restart, with its warm-up off and on.",
  details: ['Restarts the benchmark Neo4j a --keep run left in .neo4j/bench-<scale> four times; prints Markdown rows.'],
  options: {
    scale: { type: 'string', choices: SCALE_NAMES, default: 'M', description: 'which benchmark graph' },
    port: { type: 'string', value: 'port', default: '7751', description: "the benchmark Neo4j's Bolt port" },
  },
});

export const GRAPH_QUESTIONS_COMMAND = defineCommand({
  invocation: 'npx tsx bench/graphQuestions.ts',
  summary: 'Times connections and similarOrganizations, API against hand-written Cypher, on a fresh graph.',
  details: [
    'Starts its own Neo4j on 127.0.0.1 (--port) and stops it after; prints a Markdown table.',
    '--load-only then --reuse: load the graph once (minutes at M), measure against it later.',
  ],
  options: {
    scale: { type: 'string', choices: SCALE_NAMES, default: 'S', description: 'the generated graph size' },
    port: { type: 'string', value: 'port', default: '7761', description: "the benchmark Neo4j's Bolt port" },
    'load-only': {
      type: 'boolean',
      description: 'generate and load the graph, write its summary beside it, leave its Neo4j running',
    },
    reuse: {
      type: 'boolean',
      description: 'measure the graph --load-only left (starting its Neo4j if needed, stopping only that one)',
    },
  },
});

/** The benchmark tools touch only a loopback Neo4j: `--uri` is checked before anything connects. */
export function loopbackUriOption(uri: string): string {
  if (!/^bolt:\/\/(127\.0\.0\.1|\[::1\]|localhost):\d+$/.test(uri)) {
    throw new UsageError(`--uri must be a loopback Bolt address such as ${LOOPBACK_URI}, got ${uri}`);
  }
  return uri;
}

export const EXECUTOR_PROFILE_COMMAND = defineCommand({
  invocation: 'npx tsx bench/executorProfile.ts',
  summary: 'Where one question spends its time in process: graphql-js against graphql-jit, execution, JSON.',
  details: ['Runs on a benchmark graph (a loopback Neo4j); prints p50/p95 of each step, interleaved.'],
  options: {
    uri: { type: 'string', value: 'bolt-uri', default: LOOPBACK_URI, description: 'the benchmark Neo4j' },
    query: { type: 'string', value: 'graphql', required: true, description: 'the GraphQL query to ask' },
    variables: { type: 'string', value: 'json', default: '{}', description: 'its variables, as JSON' },
  },
});
