import type { ValidationRule } from 'graphql';
import { costLimitRule } from './costLimit';
import { aliasLimitRule, directiveLimitRule } from './countLimits';
import { depthLimitRule } from './depthLimit';
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
  maxCost: 50_000,
  maxDirectives: 10,
  maxBodyBytes: 1024 * 1024,
};

/** The validation rules that enforce the limits, run by Apollo next to graphql-js's own. */
export function limitValidationRules(limits: QueryLimits): ValidationRule[] {
  return [
    depthLimitRule(limits.maxDepth),
    aliasLimitRule(limits.maxAliases),
    directiveLimitRule(limits.maxDirectives),
    costLimitRule(limits.maxCost),
    pageSizeLimitRule(),
  ];
}
