import type { Logger } from 'pino';
import type { Database } from '../db/database';
import { PAGE_CACHE_STATEMENTS, touchStore } from '../db/reads/warmUpReads';

/**
 * The questions asked once after start-up, so that users' first questions of these shapes find Neo4j's plans
 * compiled, its JIT warm and the records they read in the page cache: the main question, the first pages of the
 * lists, a search. Each reads at most a page, on any graph.
 */
export const WARM_UP_OPERATIONS: ReadonlyArray<{ name: string; query: string }> = [
  {
    name: 'WarmUpMultiConsortium',
    query: `query WarmUpMultiConsortium {
      organizationsInMultipleConsortia(minConsortia: 2, first: 100) {
        organization { id name kind } consortiumCount consortia { id name }
      }
    }`,
  },
  {
    name: 'WarmUpOrganizations',
    query: `query WarmUpOrganizations {
      organizations(orderBy: { field: CONSORTIUM_COUNT, direction: DESC }, first: 50) {
        totalCount edges { node { id name consortiumCount } }
      }
    }`,
  },
  {
    name: 'WarmUpOrganization',
    query: `query WarmUpOrganization {
      organizations(first: 5) { edges { node { id name memberships { role since until consortium { id name } } } } }
    }`,
  },
  {
    name: 'WarmUpConsortia',
    query: `query WarmUpConsortia {
      consortiaConnection(first: 5) { edges { node { id name memberCount members { role organization { id name kind } } } } }
    }`,
  },
  {
    name: 'WarmUpSearch',
    query: `query WarmUpSearch { search(text: "institute", first: 10) { score organization { id name } } }`,
  },
];

/** Runs one GraphQL operation as the server runs a request, on `db`; resolves to its errors' messages. */
export type ExecuteOperation = (query: string, db: Database) => Promise<string[]>;

export interface WarmUpSummary {
  seconds: number;
  statements: number;
  operations: number;
  /** What was left undone: the budget ran out, the server stopped, or nothing was left. */
  stoppedBy: 'budget' | 'stop' | null;
}

export interface WarmUpOptions {
  db: Database;
  execute: ExecuteOperation;
  logger: Logger;
  /** Wall time the whole warm-up may take; each step's transaction limit is what is left of it. */
  budgetMs: number;
  signal: AbortSignal;
}

/**
 * Warms a Neo4j that has just started (or just been loaded): the page cache first (PAGE_CACHE_STATEMENTS), then
 * WARM_UP_OPERATIONS through the server's own GraphQL execution. It runs in the background, one step at a time,
 * while the server already answers; a step that fails (a timeout on a cold machine) is logged and the next one
 * runs. Bounded: it stops when `budgetMs` is spent or `signal` aborts, and never retries.
 */
export async function warmUp(options: WarmUpOptions): Promise<WarmUpSummary> {
  const started = performance.now();
  const deadline = started + options.budgetMs;
  const summary: WarmUpSummary = { seconds: 0, statements: 0, operations: 0, stoppedBy: null };
  const steps = [
    ...PAGE_CACHE_STATEMENTS.map((statement) => ({
      kind: 'statements' as const,
      name: statement.slice(0, 40),
      run: (timeoutMs: number) => touchStore(options.db, statement, timeoutMs).then(() => []),
    })),
    ...WARM_UP_OPERATIONS.map((operation) => ({
      kind: 'operations' as const,
      name: operation.name,
      run: (timeoutMs: number) => options.execute(operation.query, options.db.withQueryTimeout(timeoutMs)),
    })),
  ];
  for (const step of steps) {
    const leftMs = Math.floor(deadline - performance.now());
    if (options.signal.aborted || leftMs <= 0) {
      summary.stoppedBy = options.signal.aborted ? 'stop' : 'budget';
      break;
    }
    try {
      const errors = await step.run(leftMs);
      if (errors.length > 0) options.logger.warn({ step: step.name, errors }, 'warm-up: a question failed');
      else summary[step.kind] += 1;
    } catch (error) {
      if (!options.signal.aborted) options.logger.warn({ step: step.name, err: error }, 'warm-up: a step failed');
    }
  }
  summary.seconds = Math.round((performance.now() - started) / 100) / 10;
  options.logger.info(summary, 'warm-up done');
  return summary;
}

/** What `npm start` prints when the warm-up ends: "Warmed up in 3.2 s: 5 of 5 store reads, 5 of 5 questions." */
export function warmUpLine(summary: WarmUpSummary): string {
  const done = `${summary.statements} of ${PAGE_CACHE_STATEMENTS.length} store reads, ${summary.operations} of ${WARM_UP_OPERATIONS.length} questions`;
  const stopped = summary.stoppedBy === 'budget' ? ' (stopped at WARM_UP_BUDGET_MS)' : '';
  return `Warmed up in ${summary.seconds} s: ${done}${stopped}.`;
}
