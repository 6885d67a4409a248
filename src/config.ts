import { z } from 'zod';

/** Thrown when the environment is invalid; `problems` lists every bad value, one per line. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    // One problem is one line; several are listed, one a line.
    super(
      problems.length === 1
        ? `Invalid configuration: ${problems[0]}`
        : `Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

const neo4jUri = z.string().refine(
  (value) => {
    const match = /^([a-z0-9+]+):\/\/[^/\s]+/.exec(value);
    return match !== null && NEO4J_SCHEMES.includes(match[1]!);
  },
  { message: `must look like bolt://host:7687 (schemes: ${NEO4J_SCHEMES.join(', ')})` },
);

const port = (fallback: number) =>
  z.coerce
    .number({ message: 'must be a port number' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 65535')
    .max(65535, 'must be between 1 and 65535')
    .default(fallback);

/** A memory size as the JVM and Neo4j read it: 512m, 2g, 1024k. */
const memorySize = (fallback: string) =>
  z
    .string()
    .regex(/^\d+[kmgKMG]$/, 'must be a size such as 512m or 2g')
    .default(fallback);

const wholeNumber = () => z.coerce.number({ message: 'must be a number' });

const positiveInt = (fallback: number) =>
  wholeNumber().int('must be a whole number').positive('must be greater than 0').default(fallback);

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0'], { message: 'must be true or false' })
    .default(fallback ? 'true' : 'false')
    .transform((value) => value === 'true' || value === '1');

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

/** A comma-separated list, trimmed, empty items dropped. */
const commaList = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);

/** An origin as browsers send it: scheme, host and port only (`http://127.0.0.1:5173`), or `*` for any site. */
const isOrigin = (value: string) => {
  if (value === '*') return true;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
};

const envSchema = z
  .object({
    NEO4J_URI: z.preprocess(emptyAsUndefined, neo4jUri.optional()),
    NEO4J_USERNAME: z.string().min(1, 'must not be empty').default('neo4j'),
    NEO4J_PASSWORD: z.string().default(''),
    NEO4J_DATABASE: z.string().min(1, 'must not be empty').default('neo4j'),
    PORT: port(4000),
    HOST: z.string().min(1, 'must not be empty').default('127.0.0.1'),
    NEO4J_LOCAL_PORT: port(7687),
    NEO4J_LOCAL_DATA_DIR: z.string().min(1).default('.neo4j/data'),
    NEO4J_LOCAL_HEAP: memorySize('2g'),
    NEO4J_LOCAL_PAGECACHE: memorySize('1g'),
    /** Bearer tokens allowed to write, comma separated. Empty: every mutation is refused. */
    API_TOKENS: z
      .string()
      .default('')
      .transform(commaList)
      .pipe(z.array(z.string().min(16, 'each token must be at least 16 characters'))),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Introspection and the GraphiQL playground are part of the product, so on by default. */
    INTROSPECTION: flag(true),
    PLAYGROUND: flag(true),
    /**
     * Hot queries (asked a second time) run compiled by graphql-jit (src/server/compiledExecution.ts), each once,
     * errors answered as graphql-js's are. `false`: graphql-js only.
     */
    COMPILED_EXECUTION: flag(true),
    /**
     * After start-up, Neo4j is warmed in the background within this many ms (src/server/warmUp.ts): the page cache,
     * then the hot questions once, so that the first questions after a start or a load do not meet a cold store.
     * 0: no warm-up.
     */
    WARM_UP_BUDGET_MS: wholeNumber().int('must be a whole number').min(0, 'must be 0 or more').default(120_000),
    /** How long a Cypher transaction may run before Neo4j or the driver gives up. */
    NEO4J_QUERY_TIMEOUT_MS: positiveInt(5000),
    /** How long to wait for a Bolt connection (also the connection acquisition timeout). */
    NEO4J_CONNECT_TIMEOUT_MS: positiveInt(3000),
    /** Query limits (see README, "Operating it"): nesting depth, aliases, lexical tokens, estimated cost. */
    MAX_DEPTH: positiveInt(8),
    MAX_ALIASES: positiveInt(15),
    MAX_TOKENS: positiveInt(2000),
    /**
     * The estimate bounds the number of values in the answer (src/server/limits/costLimit.ts). Measured on the
     * attack suite's S graph: answers of about 200,000 values were 4 MB in 2 s, of 600,000 values 5.4 MB in 5 s with
     * the server 600 MB larger. The product's largest questions at M (100,000 organisations) are about 106,000
     * (the main question), 140,000 (/viz's network at MAX_NETWORK_NODES/EDGES) and 200,000 (/viz's consortia).
     */
    MAX_COST: positiveInt(250_000),
    MAX_DIRECTIVES: positiveInt(10),
    /** Largest request body on /graphql, in bytes; larger ones are answered 413. */
    MAX_BODY_BYTES: positiveInt(1024 * 1024),
    /**
     * Largest network (nodes) for which betweenness and Louvain communities are computed (GraphQL `network` and
     * exports with measures=all); larger ones are refused with BAD_USER_INPUT before anything is read or written.
     */
    MAX_MEASURED_NETWORK_NODES: positiveInt(10_000),
    /** How long the one read transaction of a streamed network export may stay open (a slow client keeps it open). */
    NETWORK_EXPORT_TIMEOUT_MS: positiveInt(600_000),
    /**
     * Exports (GET /export/network.*) served at once; one more is answered 429 with Retry-After. Also the size of the
     * exports' own Neo4j connection pool, apart from the one GraphQL uses.
     */
    MAX_CONCURRENT_EXPORTS: positiveInt(4),
    /** How long an export waits for a client that stopped reading (the response not drained) before ending it. */
    EXPORT_STALL_TIMEOUT_MS: positiveInt(30_000),
    /**
     * Betweenness and communities run in worker threads (src/network/measurePool.ts). MAX_MEASURE_WORK is the budget
     * of betweenness in V·(V+E) steps, checked before a worker starts (about 2 s at the 27 million steps a second of
     * the 2-core reference machine, 4–8 s when it is loaded); a worker still computing after
     * NETWORK_MEASURE_TIMEOUT_MS is terminated. At most NETWORK_MEASURE_WORKERS compute at once and
     * NETWORK_MEASURE_QUEUE more wait (each at most NETWORK_MEASURE_TIMEOUT_MS); beyond, retry later.
     */
    MAX_MEASURE_WORK: positiveInt(50_000_000),
    NETWORK_MEASURE_TIMEOUT_MS: positiveInt(10_000),
    NETWORK_MEASURE_WORKERS: positiveInt(1),
    NETWORK_MEASURE_QUEUE: wholeNumber().int('must be a whole number').min(0, 'must be 0 or more').default(4),
    /**
     * The largest answer of the GraphQL `network` field; larger networks are refused (the exports stream them). The
     * answer is written on the event loop: 5,000 nodes and 15,000 edges are about 3.5 MB of JSON and 0.3–0.5 s.
     */
    MAX_NETWORK_NODES: positiveInt(5_000),
    MAX_NETWORK_EDGES: positiveInt(15_000),
    /**
     * Operation names /metrics labels (comma separated), besides the playground's examples; every other name counts
     * as "(other)", so clients cannot add series. Each a GraphQL name of at most 64 characters; at most 100.
     */
    METRICS_OPERATIONS: z
      .string()
      .default('')
      .transform(commaList)
      .pipe(
        z
          .array(
            z.string().regex(/^[_A-Za-z][_0-9A-Za-z]{0,63}$/, 'each must be a GraphQL name of at most 64 characters'),
          )
          .max(100, 'at most 100 names'),
      ),
    /** Wrong bearer tokens one client address may present per minute; past it, HTTP 429 until the budget refills. */
    AUTH_FAILURES_PER_MINUTE: positiveInt(10),
    /** On SIGTERM, how long readiness answers 503 while still serving, so a load balancer stops routing first. */
    SHUTDOWN_DELAY_MS: wholeNumber()
      .int('must be a whole number')
      .min(0, 'must be between 0 and 8000')
      .max(8000, 'must be between 0 and 8000')
      .default(0),
    /**
     * Origins whose pages may call /graphql and /export/* (comma separated, as the browser sends them: scheme, host,
     * port). `*` lets any site read, for a public read-only deployment; never with API_TOKENS. Empty: same origin only.
     */
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform(commaList)
      .pipe(
        z.array(
          z.string().refine(isOrigin, 'each must be an origin such as http://localhost:5173 (no path), or * alone'),
        ),
      ),
  })
  .superRefine((config, context) => {
    const anyOrigin = config.CORS_ORIGINS.includes('*');
    const problem = (message: string) => context.addIssue({ code: 'custom', path: ['CORS_ORIGINS'], message });
    if (anyOrigin && config.CORS_ORIGINS.length > 1) problem('* stands alone: it already lets every origin in');
    else if (anyOrigin && config.API_TOKENS.length > 0) {
      problem(
        '* is for public read-only deployments and API_TOKENS makes this one writable; ' +
          'list the origins that may call it instead (or unset API_TOKENS)',
      );
    }
  });

export type Config = z.infer<typeof envSchema>;

/**
 * Reads and validates the environment once. Every problem is collected, so a user with three
 * bad values learns of all three in one run.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = envSchema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    // The variable's name only: zod's path goes on into list items (API_TOKENS.0), which no user wrote.
    const name = String(issue.path[0]);
    const value = env[name];
    const shown = name.includes('PASSWORD') || name.includes('TOKEN') ? '(hidden)' : JSON.stringify(value);
    return `${name}=${shown}: ${issue.message}`;
  });
  // One line per problem: two bad tokens are one thing to fix.
  throw new ConfigError([...new Set(problems)]);
}
