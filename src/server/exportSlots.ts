import { loadConfig, type Config } from '../config';

/** The bounds of GET /export/network.*, read once with the rest of src/config.ts and passed down. */
export interface ExportLimits {
  /** MAX_CONCURRENT_EXPORTS: exports served at once (also the size of the exports' own Neo4j pool). */
  maxConcurrent: number;
  /** EXPORT_STALL_TIMEOUT_MS: how long a client may stop reading before its export is ended. */
  stallTimeoutMs: number;
}

/** The export limits of a loaded configuration. */
export const exportLimitsOf = (
  config: Pick<Config, 'MAX_CONCURRENT_EXPORTS' | 'EXPORT_STALL_TIMEOUT_MS'>,
): ExportLimits => ({
  maxConcurrent: config.MAX_CONCURRENT_EXPORTS,
  stallTimeoutMs: config.EXPORT_STALL_TIMEOUT_MS,
});

/** The defaults of src/config.ts, for a server built without them (tests, benchmark servers). */
export const DEFAULT_EXPORT_LIMITS: ExportLimits = Object.freeze(exportLimitsOf(loadConfig({})));

/** A fixed number of places; whoever takes one gives it back once, through the function it was handed. */
export interface ExportSlots {
  /** Takes a place and returns the function that gives it back (idempotent), or `null` when all are taken. */
  tryTake: () => (() => void) | null;
  /** Places taken now. */
  readonly taken: number;
}

/** `max` places, none taken; never waits (a caller that finds none answers 429 at once). */
export function exportSlots(max: number): ExportSlots {
  let taken = 0;
  return {
    tryTake: () => {
      if (taken >= max) return null;
      taken += 1;
      let given = false;
      return () => {
        if (given) return;
        given = true;
        taken -= 1;
      };
    },
    get taken() {
      return taken;
    },
  };
}
