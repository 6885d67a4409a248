import type { ValidationRule } from 'graphql';
import type { GraphStats } from '../../db/reads/graphStats';
import { costLimitRule } from './costLimit';
import { aliasLimitRule, directiveLimitRule } from './countLimits';
import { depthLimitRule } from './depthLimit';
import { DEFAULT_NETWORK_LIMITS } from '../../network/networkLimits';
import { DEFAULT_GRAPH_STATS, type AnswerCaps } from './listSizes';
import { servedOperationTypesRule } from './operationTypeRule';
import { pageSizeLimitRule } from './pageSizeLimit';

/** What one request may ask of the server; every value comes from src/config.ts. */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  /** Enforced by graphql-js's parser (Apollo's `parseOptions.maxTokens`). */
  maxTokens: number;
  maxCost: number;
  maxDirectives: number;
  /** Largest JSON body accepted on /graphql; larger ones are answered 413. */
  maxBodyBytes: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 8,
  maxAliases: 15,
  maxTokens: 2000,
  maxCost: 250_000,
  maxDirectives: 10,
  maxBodyBytes: 1024 * 1024,
};

/**
 * The validation rules that enforce the limits, run by Apollo next to graphql-js's own. `graphStats` gives the
 * graph's sizes the cost rule multiplies by (the server's GraphStatsCache); without it, DEFAULT_GRAPH_STATS.
 * `caps` are the answer caps the resolvers enforce (the server's MAX_NETWORK_NODES and MAX_NETWORK_EDGES).
 */
export function limitValidationRules(
  limits: QueryLimits,
  graphStats: () => GraphStats = () => DEFAULT_GRAPH_STATS,
  caps: AnswerCaps = DEFAULT_NETWORK_LIMITS,
): ValidationRule[] {
  return [
    servedOperationTypesRule,
    depthLimitRule(limits.maxDepth),
    aliasLimitRule(limits.maxAliases),
    directiveLimitRule(limits.maxDirectives),
    costLimitRule(limits.maxCost, graphStats, caps),
    pageSizeLimitRule(),
  ];
}
