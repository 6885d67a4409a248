import { loadConfig, type Config } from '../config';

/** The size limits of the network builder, read once with the rest of src/config.ts and passed down. */
export interface NetworkLimits {
  /** MAX_MEASURED_NETWORK_NODES: above it, betweenness and communities are refused. */
  maxMeasuredNodes: number;
  /** NETWORK_EXPORT_TIMEOUT_MS: how long a streamed export's read transaction may run. */
  exportTimeoutMs: number;
}

/** The network limits of a loaded configuration. */
export const networkLimitsOf = (
  config: Pick<Config, 'MAX_MEASURED_NETWORK_NODES' | 'NETWORK_EXPORT_TIMEOUT_MS'>,
): NetworkLimits => ({
  maxMeasuredNodes: config.MAX_MEASURED_NETWORK_NODES,
  exportTimeoutMs: config.NETWORK_EXPORT_TIMEOUT_MS,
});

/** The defaults of src/config.ts, for a server or context built without them (tests, benchmark servers). */
export const DEFAULT_NETWORK_LIMITS: NetworkLimits = Object.freeze(networkLimitsOf(loadConfig({})));
