import type { ApolloServerPlugin } from '@apollo/server';
import express, { type Router } from 'express';
import { getOperationAST, Kind, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Database } from '../db/database';
import { EXAMPLE_OPERATIONS } from './exampleOperations';

/** The error code label takes codes of this shape only (the server's own codes); anything else is "UNKNOWN". */
const ERROR_CODE_SHAPE = /^[A-Z][A-Z_]{0,63}$/;

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export interface Metrics {
  registry: Registry;
  /** Counts and times each GraphQL request by operation name, and its errors by code. */
  plugin: ApolloServerPlugin;
  /** GET /metrics in the Prometheus text format. */
  router: Router;
  /** Stops observing the database. */
  stop: () => void;
}

/**
 * The server's Prometheus metrics, in a registry of its own (so tests and several servers in one
 * process do not share counters). Neo4j exposes no public pool API, so "pool use" is the number of
 * sessions open, each holding at most one pooled connection while it runs. `operationNames`
 * (METRICS_OPERATIONS) are labelled besides the playground's examples; every other name is "(other)".
 */
export function createMetrics(db: Database, operationNames: readonly string[] = []): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL requests by operation name and outcome (ok: no errors in the response).',
    labelNames: ['operation', 'outcome'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to sending its response, by operation name.',
    labelNames: ['operation'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'graphql_errors_total',
    help: 'Errors in GraphQL responses by extensions.code.',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  const queryTime = new Histogram({
    name: 'neo4j_query_duration_seconds',
    help: 'Time of each Cypher statement, by outcome (ok or error).',
    labelNames: ['outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  new Gauge({
    name: 'neo4j_sessions_in_use',
    help: 'Neo4j sessions open now; each holds at most one pooled connection (the driver has no pool API).',
    registers: [registry],
    collect() {
      this.set(db.sessionsInUse);
    },
  });
  const unobserve = db.observe(({ durationMs, ok }) =>
    queryTime.observe({ outcome: ok ? 'ok' : 'error' }, durationMs / 1000),
  );
  const operationLabel = allowListedLabel([...exampleOperationNames(), ...operationNames]);

  const plugin: ApolloServerPlugin = {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ document, operation, request, response }) {
          const name = operationLabel(selectedOperation(document, operation, request.operationName));
          const body = response.body;
          const responseErrors = body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
          for (const error of responseErrors) errors.inc({ code: errorCodeLabel(error.extensions?.code) });
          requests.inc({ operation: name, outcome: responseErrors.length === 0 ? 'ok' : 'error' });
          latency.observe({ operation: name }, (performance.now() - started) / 1000);
        },
      };
    },
  };

  const router = express.Router();
  router.get('/metrics', async (_req, res) => {
    res.setHeader('Content-Type', registry.contentType);
    res.send(await registry.metrics());
  });
  return { registry, plugin, router, stop: () => void unobserve() };
}

/** The names of the playground's example operations: always labelled, so the examples are visible in /metrics. */
function exampleOperationNames(): string[] {
  return EXAMPLE_OPERATIONS.flatMap(({ query }) =>
    parse(query).definitions.flatMap((definition) =>
      definition.kind === Kind.OPERATION_DEFINITION && definition.name ? [definition.name.value] : [],
    ),
  );
}

type SelectedOperation = OperationDefinitionNode | null | 'unparsed';

/**
 * The operation the request runs: Apollo's resolved `operation` once validation passed; before that (a
 * validation failure) the one `operationName` selects in the document, as graphql-js would pick it; never
 * simply the document's first.
 */
function selectedOperation(
  document: DocumentNode | undefined,
  resolved: OperationDefinitionNode | undefined,
  operationName: string | null | undefined,
): SelectedOperation {
  if (resolved) return resolved;
  if (!document) return 'unparsed';
  return getOperationAST(document, operationName ?? undefined) ?? null;
}

/**
 * Labels an operation by its name when the name is allow-listed (the playground's examples and
 * METRICS_OPERATIONS), else "(other)": clients choose names, so no client can add a series to /metrics or push a
 * real name out. The label set is fixed at start-up: the allow-list plus "(anonymous)", "(unparsed)",
 * "(unselected)" (operationName matches no operation) and "(other)".
 */
function allowListedLabel(allowed: readonly string[]): (operation: SelectedOperation) => string {
  const names = new Set(allowed);
  return (operation) => {
    if (operation === 'unparsed') return '(unparsed)';
    if (operation === null) return '(unselected)';
    const name = operation.name?.value;
    if (name === undefined) return '(anonymous)';
    return names.has(name) ? name : '(other)';
  };
}

function errorCodeLabel(code: unknown): string {
  return typeof code === 'string' && ERROR_CODE_SHAPE.test(code) ? code : 'UNKNOWN';
}
