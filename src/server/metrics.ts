import type { ApolloServerPlugin } from '@apollo/server';
import express, { type Router } from 'express';
import { Kind, type DocumentNode } from 'graphql';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Database } from '../db/database';

/** Operation names are chosen by clients: past this many distinct names, new ones count as "(other)". */
const MAX_OPERATION_NAMES = 100;

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
 * sessions open, each holding at most one pooled connection while it runs.
 */
export function createMetrics(db: Database): Metrics {
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
  const operationLabel = boundedLabel(MAX_OPERATION_NAMES);

  const plugin: ApolloServerPlugin = {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ document, response }) {
          const name = operationLabel(operationName(document));
          const body = response.body;
          const responseErrors = body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
          for (const error of responseErrors) errors.inc({ code: String(error.extensions?.code ?? 'UNKNOWN') });
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

/** The name of the (first) operation of a parsed document, even an invalid one; "(unparsed)" if none. */
function operationName(document: DocumentNode | undefined): string {
  if (!document) return '(unparsed)';
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  return operation?.name?.value ?? '(anonymous)';
}

/** Passes the first `max` distinct values through and maps every later new value to "(other)". */
function boundedLabel(max: number): (value: string) => string {
  const seen = new Set<string>();
  return (value) => {
    if (seen.has(value)) return value;
    if (seen.size >= max) return '(other)';
    seen.add(value);
    return value;
  };
}
