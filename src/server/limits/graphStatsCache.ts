import type { Logger } from 'pino';
import type { GraphStats } from '../../db/reads/graphStats';
import { QueryTimeoutError } from '../../errors';
import { DEFAULT_GRAPH_STATS } from './listSizes';

/** How often the graph's sizes are read again by default; the cost rule's view is at most this old. */
export const GRAPH_STATS_REFRESH_MS = 60_000;
/** After a failed read, the next comes this soon (a cold Neo4j may time out the first one). */
const RETRY_MS = 5_000;

export interface GraphStatsCache {
  /** The last sizes read, or DEFAULT_GRAPH_STATS before the first read succeeded. Synchronous, for validation. */
  current: () => GraphStats;
  /** Whether a read has succeeded yet (before that, `current` answers the defaults). */
  hasRead: () => boolean;
  /** Whether the last read ended because Neo4j stopped it at its time limit (a busy database, not a down one). */
  lastReadTimedOut: () => boolean;
  /** Reads the sizes now, unless a read is already under way (then waits for that one). Never rejects. */
  refresh: () => Promise<void>;
  /** Stops the background refresh (and waits for a read under way). */
  stop: () => Promise<void>;
}

/**
 * Keeps the graph's sizes in memory for the cost rule, read by `read` (readGraphStats) and read again
 * `intervalMs` after each read in the background (5 s after a failed one). At most one read is in flight; a
 * failed read keeps the last values (and is logged), so a database that is briefly down does not loosen the
 * cost rule. Call `refresh` once to start.
 */
export function createGraphStatsCache(
  read: () => Promise<GraphStats>,
  logger: Logger,
  intervalMs: number = GRAPH_STATS_REFRESH_MS,
): GraphStatsCache {
  let stats: GraphStats = DEFAULT_GRAPH_STATS;
  let hasReadOnce = false;
  let timedOut = false;
  let inFlight: Promise<void> | null = null;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const schedule = (delayMs: number) => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), delayMs);
    timer.unref();
  };
  const refresh = (): Promise<void> => {
    inFlight ??= read()
      .then((fresh) => {
        stats = fresh;
        hasReadOnce = true;
        timedOut = false;
        schedule(intervalMs);
      })
      .catch((error: unknown) => {
        timedOut = error instanceof QueryTimeoutError;
        logger.warn({ err: error }, 'could not read the graph sizes for the cost rule; keeping the last ones');
        schedule(Math.min(intervalMs, RETRY_MS));
      })
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  };
  return {
    current: () => stats,
    hasRead: () => hasReadOnce,
    lastReadTimedOut: () => timedOut,
    refresh,
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await inFlight;
    },
  };
}

/**
 * Waits until the first read of the sizes succeeds, for at most `waitMs`, trying again every half second while the
 * reads time out (a cold or busy Neo4j); a database that fails otherwise (down, missing) is not waited for. Until a
 * read succeeds the cost rule uses its defaults, and the background refresh keeps trying.
 */
export async function firstGraphStatsRead(cache: GraphStatsCache, waitMs: number): Promise<void> {
  const deadline = Date.now() + waitMs;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, Math.max(0, ms));
      timer.unref();
    });
  while (!cache.hasRead() && Date.now() < deadline) {
    await Promise.race([cache.refresh(), pause(deadline - Date.now())]);
    if (cache.hasRead() || !cache.lastReadTimedOut()) return;
    await pause(Math.min(500, deadline - Date.now()));
  }
}
