import type { Logger } from 'pino';
import type { GraphStats } from '../../db/reads/graphStats';
import { DEFAULT_GRAPH_STATS } from './listSizes';

/** How often the graph's sizes are read again by default; the cost rule's view is at most this old. */
export const GRAPH_STATS_REFRESH_MS = 60_000;

export interface GraphStatsCache {
  /** The last sizes read, or DEFAULT_GRAPH_STATS before the first read succeeded. Synchronous, for validation. */
  current: () => GraphStats;
  /** Reads the sizes now, unless a read is already under way (then waits for that one). Never rejects. */
  refresh: () => Promise<void>;
  /** Stops the background refresh (and waits for a read under way). */
  stop: () => Promise<void>;
}

/**
 * Keeps the graph's sizes in memory for the cost rule, read by `read` (readGraphStats) and read again every
 * `intervalMs` in the background. At most one read is in flight; a failed read keeps the last values (and is
 * logged), so a database that is briefly down does not loosen or tighten the cost rule.
 */
export function createGraphStatsCache(
  read: () => Promise<GraphStats>,
  logger: Logger,
  intervalMs: number = GRAPH_STATS_REFRESH_MS,
): GraphStatsCache {
  let stats: GraphStats = DEFAULT_GRAPH_STATS;
  let inFlight: Promise<void> | null = null;
  const refresh = (): Promise<void> => {
    inFlight ??= read()
      .then((fresh) => {
        stats = fresh;
      })
      .catch((error: unknown) => {
        logger.warn({ err: error }, 'could not read the graph sizes for the cost rule; keeping the last ones');
      })
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  };
  const timer = setInterval(() => void refresh(), intervalMs);
  timer.unref();
  return {
    current: () => stats,
    refresh,
    stop: async () => {
      clearInterval(timer);
      await inFlight;
    },
  };
}
