import type { Database } from '../db/database';
import type { NetworkLimits } from '../network/networkLimits';
import type { Loaders } from './loaders';

/** What every resolver receives: the data layer and this request's loaders. */
export interface GraphQLContext {
  db: Database;
  loaders: Loaders;
  /** Bearer token of the request, if any (mutations check it). */
  token: string | null;
  /** Tokens allowed to write (API_TOKENS); compared by src/graphql/auth.ts. */
  apiTokens: readonly string[];
  requestId: string;
  /** MAX_MEASURED_NETWORK_NODES and NETWORK_EXPORT_TIMEOUT_MS of the configuration; the defaults when omitted. */
  networkLimits?: NetworkLimits;
  /** The client takes `application/json` rather than `application/graphql-response+json` (request errors: 200). */
  takesLegacyJson?: boolean;
}
