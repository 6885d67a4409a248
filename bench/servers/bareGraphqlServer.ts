import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  buildSchema,
  execute,
  GraphQLScalarType,
  isObjectType,
  parse,
  specifiedRules,
  validate,
  type GraphQLSchema,
} from 'graphql';
import { createLoaders } from '../../src/graphql/loaders';
import { resolvers } from '../../src/graphql/resolvers';
import { loadTypeDefs } from '../../src/graphql/schema';
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
  const rules = [...specifiedRules, ...limitValidationRules(DEFAULT_QUERY_LIMITS)];
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
      query: string;
      variables?: Record<string, unknown>;
    };
    const document = parse(body.query);
    const errors = validate(schema, document, rules);
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
