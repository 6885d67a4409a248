import { loadConfig } from '../config';

/** The size limits of the network builder, from src/config.ts. */
export interface NetworkLimits {
  /** MAX_MEASURED_NETWORK_NODES: above it, betweenness and communities are refused. */
  maxMeasuredNodes: number;
  /** NETWORK_EXPORT_TIMEOUT_MS: how long a streamed export's read transaction may run. */
  exportTimeoutMs: number;
}

/**
 * Reads the two settings from the environment on each call (validated by src/config.ts like every other setting),
 * so the GraphQL resolver and the export route need no extra wiring and a test can lower the limit for a request.
 */
export function networkLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): NetworkLimits {
  const config = loadConfig({
    MAX_MEASURED_NETWORK_NODES: env.MAX_MEASURED_NETWORK_NODES,
    NETWORK_EXPORT_TIMEOUT_MS: env.NETWORK_EXPORT_TIMEOUT_MS,
  });
  return { maxMeasuredNodes: config.MAX_MEASURED_NETWORK_NODES, exportTimeoutMs: config.NETWORK_EXPORT_TIMEOUT_MS };
}
