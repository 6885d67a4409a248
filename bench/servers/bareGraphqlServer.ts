import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  buildSchema,
  execute,
  getOperationAST,
  GraphQLScalarType,
  isObjectType,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
} from 'graphql';
import pino from 'pino';
import { readGraphStats } from '../../src/db/reads/graphStats';
import { createLoaders } from '../../src/graphql/loaders';
import { resolvers } from '../../src/graphql/resolvers';
import { loadTypeDefs } from '../../src/graphql/schema';
import { costOverLimit } from '../../src/server/limits/costRecheck';
import { createGraphStatsCache, type GraphStatsCache } from '../../src/server/limits/graphStatsCache';
import { DEFAULT_QUERY_LIMITS, limitValidationRules } from '../../src/server/limits/queryLimits';
import { announceReady, benchServerEnv, openBenchDatabase } from './serverEnv';

/**
 * The same schema, resolvers, validation rules and per-request loaders as the API, served by node:http and
 * graphql-js's `execute` alone: the floor for the framework (Apollo, express, plugins).
 */
async function main(): Promise<void> {
  const { uri, port } = benchServerEnv();
  const db = openBenchDatabase(uri);
  const schema = attachResolvers(buildSchema(loadTypeDefs()), resolvers as Record<string, unknown>);
  // The API's limits on the graph's sizes of now, as the API checks them (rules, then the cost with the variables).
  const graphStats = createGraphStatsCache(() => readGraphStats(db), pino({ level: 'silent' }));
  await graphStats.refresh();
  const rules = [...specifiedRules, ...limitValidationRules(DEFAULT_QUERY_LIMITS, graphStats.current)];
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
      query: string;
      variables?: Record<string, unknown>;
    };
    const document = parse(body.query);
    const validated = validate(schema, document, rules);
    const errors = validated.length > 0 ? validated : costWithVariables(schema, document, body, graphStats);
    const result =
      errors.length > 0
        ? { errors }
        : await execute({
            schema,
            document,
            variableValues: body.variables,
            contextValue: { db, loaders: createLoaders(db), token: null, apiTokens: [], requestId: 'bench' },
          });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  announceReady(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
}

/** The API's per-request cost recheck (src/server/limits/costRecheck.ts): the cost with the variables sent. */
function costWithVariables(
  schema: GraphQLSchema,
  document: DocumentNode,
  body: { variables?: Record<string, unknown> },
  graphStats: GraphStatsCache,
): GraphQLError[] {
  const operation = getOperationAST(document);
  if (!operation) return [];
  const error = costOverLimit(
    { schema, document, operation, variables: body.variables },
    DEFAULT_QUERY_LIMITS.maxCost,
    {
      stats: graphStats.current(),
    },
  );
  return error ? [error] : [];
}

/** Puts a resolver map (as Apollo takes it) on a schema built from SDL: field resolvers and custom scalars. */
function attachResolvers(schema: GraphQLSchema, map: Record<string, unknown>): GraphQLSchema {
  for (const [typeName, typeResolvers] of Object.entries(map)) {
    const type = schema.getType(typeName);
    if (type instanceof GraphQLScalarType && typeResolvers instanceof GraphQLScalarType) {
      Object.assign(type, {
        serialize: typeResolvers.serialize,
        parseValue: typeResolvers.parseValue,
        parseLiteral: typeResolvers.parseLiteral,
      });
    } else if (isObjectType(type)) {
      const fields = type.getFields();
      for (const [fieldName, resolve] of Object.entries(typeResolvers as Record<string, unknown>)) {
        if (fields[fieldName] && typeof resolve === 'function') fields[fieldName].resolve = resolve as never;
      }
    }
  }
  return schema;
}

void main();
