import zlib from 'node:zlib';
import type { Database } from '../db/database';
import { activeConsortiumIds, stageDays, undatedMembershipStarts } from '../db/reads/networkReads';
import { exportNetwork } from './exportNetwork';
import type { NetworkLimits } from './networkLimits';
import { parseNetworkOptions } from './networkOptions';

/**
 * What /viz needs to filter the drawn network by day itself (the date slider and "active only" without a new
 * download): the consortia in their program on each stage day up to today and on today (the rule of `activeOnly`,
 * activeConsortiumIds), and the start day of consortia whose undated memberships count from it (membershipHeld).
 */
export interface VizProgram {
  /** The server's today (UTC), the last day of `inProgram`. */
  today: string;
  /** Consortium ids in their program, by day. */
  inProgram: Record<string, string[]>;
  /** Consortium start days, for the consortia that have a membership without `since`. */
  startDates: Record<string, string>;
}

/** At most this many /viz networks are kept, and at most this many gzipped bytes of them (a 50,000-node one is ~6 MB). */
export const VIZ_CACHE_ENTRIES = 8;
export const VIZ_CACHE_BYTES = 48 * 1024 * 1024;
/** At most this many /viz networks are built at once (each an export's read of the graph); more wait for none. */
export const VIZ_MAX_BUILDS = 2;

export class VizBusyError extends Error {
  constructor() {
    super(`${VIZ_MAX_BUILDS} networks for /viz are already being prepared; retry in a few seconds.`);
  }
}

const todayUtc = () => new Date().toISOString().slice(0, 10);

/** The program's days for /viz, read in one transaction (at most MAX_TIMELINE_DAYS + 1 statements of activeOnly). */
export async function vizProgram(db: Database): Promise<VizProgram> {
  const today = todayUtc();
  return db.readTx(async (tx) => {
    const days = [...(await stageDays(db, tx)).filter((day) => day < today), today];
    const inProgram: Record<string, string[]> = {};
    for (const day of days) inProgram[day] = await activeConsortiumIds(db, tx, day);
    return { today, inProgram, startDates: await undatedMembershipStarts(db, tx) };
  });
}

/**
 * The network /viz draws for a consortium filter (null: all): `{"program": VizProgram, "graph": <the graphology
 * export of the BIPARTITE network of all time, degrees only>}`, gzipped. Every membership is in it with its
 * `since`/`until`, so the page can show any day of it without another download.
 */
async function buildVizNetwork(db: Database, limits: NetworkLimits, consortia: string | null): Promise<Buffer> {
  const program = await vizProgram(db);
  const options = parseNetworkOptions({ consortia: consortia ?? undefined, measures: 'degree' });
  const gzip = zlib.createGzip({ level: 6 });
  const chunks: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    gzip.once('end', resolve);
    gzip.once('error', reject);
  });
  await exportNetwork(db, options, limits, 'graphology', {
    begin: () => {
      gzip.write(`{"program":${JSON.stringify(program)},"graph":`);
      return gzip;
    },
  });
  gzip.end('}\n');
  await ended;
  return Buffer.concat(chunks);
}

/**
 * The /viz networks by graph version, consortium filter and day, least recently used out first, bounded by entries
 * and bytes; a network asked for while it is being built waits for that build (one build per key), and at most
 * VIZ_MAX_BUILDS builds run at once. Any committed write changes the version, so a changed graph is built again.
 */
export class VizNetworkCache {
  private readonly kept = new Map<string, Buffer>();
  private readonly building = new Map<string, Promise<Buffer>>();
  private bytes = 0;
  private builds = 0;
  private hits = 0;

  constructor(
    private readonly db: Database,
    private readonly limits: NetworkLimits,
    private readonly maxEntries = VIZ_CACHE_ENTRIES,
    private readonly maxBytes = VIZ_CACHE_BYTES,
  ) {}

  /** The gzipped network of `consortia` (a comma-separated id list, or null for all) for the graph as it is now. */
  async network(consortia: string | null): Promise<{ body: Buffer; cached: boolean }> {
    const key = JSON.stringify([await this.db.graphVersion(), consortia, todayUtc()]);
    const found = this.kept.get(key);
    if (found) {
      this.kept.delete(key);
      this.kept.set(key, found);
      this.hits += 1;
      return { body: found, cached: true };
    }
    const running = this.building.get(key);
    if (running) return { body: await running, cached: false };
    if (this.building.size >= VIZ_MAX_BUILDS) throw new VizBusyError();
    const build = buildVizNetwork(this.db, this.limits, consortia);
    this.building.set(key, build);
    try {
      const body = await build;
      this.builds += 1;
      this.keep(key, body);
      return { body, cached: false };
    } finally {
      this.building.delete(key);
    }
  }

  stats() {
    return { builds: this.builds, hits: this.hits, entries: this.kept.size, bytes: this.bytes };
  }

  private keep(key: string, body: Buffer): void {
    if (body.length > this.maxBytes) return;
    this.kept.set(key, body);
    this.bytes += body.length;
    while (this.kept.size > this.maxEntries || this.bytes > this.maxBytes) {
      const oldest = this.kept.keys().next().value!;
      this.bytes -= this.kept.get(oldest)!.length;
      this.kept.delete(oldest);
    }
  }
}

/** How often the warmer looks at the graph's version (one `RETURN 1`): a write is picked up within this time. */
export const VIZ_WARM_INTERVAL_MS = 30_000;

/**
 * Keeps /viz's first view (all consortia) built for the graph's current version: at once, then every `intervalMs`
 * (a build only when the version changed, i.e. after a write). Failures are logged and retried at the next tick.
 * `stop()` ends it (a build under way finishes on its own).
 */
export function startVizWarmer(
  cache: VizNetworkCache,
  onError: (error: unknown) => void,
  intervalMs = VIZ_WARM_INTERVAL_MS,
): { stop: () => void } {
  let stopped = false;
  let running = false;
  const tick = () => {
    if (stopped || running) return;
    running = true;
    cache
      .network(null)
      .catch((error: unknown) => {
        if (!stopped && !(error instanceof VizBusyError)) onError(error);
      })
      .finally(() => (running = false));
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return {
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
  };
}
