import { LRUCache } from 'lru-cache';
import type { LayoutResult } from './layout';
import type { NetworkLimits } from './networkLimits';
import type { NetworkOptions } from './networkOptions';

/** At most this many layouts are kept per server. */
export const LAYOUT_CACHE_ENTRIES = 16;

/** At most this many bytes of layouts (by {@link layoutBytes}) are kept per server: about a dozen 50,000-node ones. */
export const LAYOUT_CACHE_BYTES = 64 * 1024 * 1024;

/** A layout and the node ids it places, in layout order. */
export interface CachedLayout {
  nodeIds: readonly string[];
  layout: LayoutResult;
}

export interface LayoutCacheStats {
  /** Layouts computed because none was kept for the graph's version and options. */
  computed: number;
  /** Layouts taken from the cache instead. */
  reused: number;
  entries: number;
  bytes: number;
}

/**
 * About what a kept layout costs: its two position arrays, its degrees if counted, and its node ids (UTF-16 text plus V8's string header
 * and the array's slot). The ids are usually shared with nothing else once the export has ended.
 */
export function layoutBytes(entry: CachedLayout): number {
  let bytes = entry.layout.x.byteLength + entry.layout.y.byteLength + (entry.layout.degrees?.bytes() ?? 0);
  for (const id of entry.nodeIds) bytes += 2 * id.length + 32;
  return bytes;
}

/**
 * The server's layouts by graph version and the options that shape the network (see {@link layoutKey}), least
 * recently used first out, bounded by entries and bytes. A layout of a large network costs seconds (and its
 * positions depend on how busy the machine was), so /viz reloads and repeated downloads reuse it; any committed
 * write changes the version, so a changed graph is laid out again.
 */
export class LayoutCache {
  private readonly kept: LRUCache<string, CachedLayout>;
  /** Layouts being computed, by key: a caller asking for one meanwhile waits for it instead of computing another. */
  private readonly pending = new Map<string, { nodeIds: readonly string[]; layout: Promise<LayoutResult> }>();
  private computed = 0;
  private reused = 0;

  constructor(maxEntries = LAYOUT_CACHE_ENTRIES, maxBytes = LAYOUT_CACHE_BYTES) {
    // A layout larger than maxBytes is not kept at all (lru-cache refuses it rather than emptying itself for it).
    this.kept = new LRUCache({ max: maxEntries, maxSize: maxBytes, sizeCalculation: layoutBytes });
  }

  /**
   * The layout kept under `key` if it places exactly `nodeIds` (in that order), otherwise `compute()`'s, kept for
   * the next caller. Checking the ids guards the one race the key cannot see: a write committed between reading
   * the version and the export's own transaction, whose network then differs from the version's. Concurrent
   * callers of one key share one computation (four downloads of one network at once lay it out once); if that
   * computation fails, each computes its own.
   */
  async layoutOf(key: string, nodeIds: readonly string[], compute: () => Promise<LayoutResult>): Promise<LayoutResult> {
    const found = this.kept.get(key);
    if (found && sameIds(found.nodeIds, nodeIds)) {
      this.reused += 1;
      return found.layout;
    }
    const pending = this.pending.get(key);
    if (pending && sameIds(pending.nodeIds, nodeIds)) {
      const shared = await pending.layout.catch(() => null);
      if (shared) {
        this.reused += 1;
        return shared;
      }
    }
    return this.computeAndKeep(key, nodeIds, compute);
  }

  stats(): LayoutCacheStats {
    return { computed: this.computed, reused: this.reused, entries: this.kept.size, bytes: this.kept.calculatedSize };
  }

  private computeAndKeep(
    key: string,
    nodeIds: readonly string[],
    compute: () => Promise<LayoutResult>,
  ): Promise<LayoutResult> {
    const layout = compute().then((result) => {
      this.computed += 1;
      this.kept.set(key, { nodeIds, layout: result });
      return result;
    });
    const entry = { nodeIds, layout };
    this.pending.set(key, entry);
    const settle = () => {
      if (this.pending.get(key) === entry) this.pending.delete(key);
    };
    layout.then(settle, settle);
    return layout;
  }
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The cache key of a layout: the graph's version (Database.graphVersion, as the exports' ETags use it) and every
 * option that changes the network's nodes or edges. Not the format, the label language or the measures: they
 * change how the network is written, not its shape, so a GEXF download reuses the layout /viz drew. With activeOnly
 * and no asOf the network is that of today, so today's date is part of the key.
 */
export function layoutKey(version: string, options: NetworkOptions, today: string): string {
  const { projection, consortia, kinds, minWeight, includeAffiliations, includeAffiliates, activeOnly, asOf } = options;
  const day = activeOnly && asOf === null ? today : null;
  return JSON.stringify([
    version,
    projection,
    consortia,
    kinds,
    minWeight,
    includeAffiliations,
    includeAffiliates,
    activeOnly,
    asOf,
    day,
  ]);
}

const caches = new WeakMap<NetworkLimits, LayoutCache>();

/** The layout cache of a server's limits (one per server, as its worker pools). */
export function layoutCacheOf(limits: NetworkLimits): LayoutCache {
  let cache = caches.get(limits);
  if (!cache) {
    cache = new LayoutCache();
    caches.set(limits, cache);
  }
  return cache;
}

/**
 * The layout of the network of `options` whose nodes are `nodeIds`: the cached one for the graph's current version,
 * or `compute()`'s. The version is read before the caller's transaction (as the ETag is), so a write in between
 * can only make the network newer than its key; {@link LayoutCache.layoutOf} then checks the node ids.
 */
export function cachedLayout(
  limits: NetworkLimits,
  options: NetworkOptions,
  version: string,
  nodeIds: readonly string[],
  compute: () => Promise<LayoutResult>,
): Promise<LayoutResult> {
  const key = layoutKey(version, options, new Date().toISOString().slice(0, 10));
  return layoutCacheOf(limits).layoutOf(key, nodeIds, compute);
}
