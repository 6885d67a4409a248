import { makeExecutableSchema } from '@graphql-tools/schema';
import { execute, parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { DEFAULT_NETWORK_LIMITS } from '../src/network/networkLimits';
import type { GraphQLContext } from '../src/graphql/context';
import { createLoaders } from '../src/graphql/loaders';
import { resolvers } from '../src/graphql/resolvers';
import { loadTypeDefs } from '../src/graphql/schema';
import type { CommandLine } from '../src/cli/commandLine';
import { runCli } from '../src/cli/runCli';
import { EXECUTOR_PROFILE_COMMAND } from './benchCommands';
import { measureInterleaved } from './latency';
import { openBenchDatabase } from './servers/serverEnv';

/**
 * Where the API's time goes on one question, in process (no HTTP): the same schema and resolvers executed by
 * graphql-js and by graphql-jit, once reading Neo4j and once over an answer read beforehand (execution alone), and
 * JSON.stringify of the result; interleaved (EXECUTOR_PROFILE_COMMAND: --uri, --query, --variables).
 */
async function main({ values }: CommandLine<typeof EXECUTOR_PROFILE_COMMAND.options>): Promise<void> {
  const { uri, query } = values;
  const variables = JSON.parse(values.variables) as Record<string, unknown>;
  const db = openBenchDatabase(uri);
  const context = (): GraphQLContext => ({
    db,
    loaders: createLoaders(db),
    token: null,
    apiTokens: [],
    requestId: 'profile',
    networkLimits: DEFAULT_NETWORK_LIMITS,
  });
  const document = parse(query);
  const live = makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers });
  // The root fields answer what they answered once: what is left is execution (nested resolvers, completion).
  const first = await execute({ schema: live, document, variableValues: variables, contextValue: context() });
  if (first.errors) throw new Error(JSON.stringify(first.errors));
  const canned = cannedSchema(first.data as Record<string, unknown>);
  try {
    const ways = {
      'graphql-js (with Neo4j)': timed(live, document, variables, context, 'js'),
      'graphql-jit (with Neo4j)': timed(live, document, variables, context, 'jit'),
      'graphql-js (execution only)': timed(canned, document, variables, context, 'js'),
      'graphql-jit (execution only)': timed(canned, document, variables, context, 'jit'),
      'JSON.stringify of the answer': async () => JSON.stringify(first).length,
    };
    const { latencies, errors } = await measureInterleaved({ warmup: 3, maxRuns: 30, minRuns: 5, maxMs: 20_000 }, ways);
    for (const [way, latency] of Object.entries(latencies))
      console.log(
        `${way}: p50 ${latency.p50} ms, p95 ${latency.p95} ms (${latency.runs} runs, ${latency.bytes} bytes)`,
      );
    for (const [way, error] of Object.entries(errors)) console.log(`${way}: failed: ${error}`);
  } finally {
    await db.close();
  }
}

/** The schema with every root query field answering `data`'s value for it. */
function cannedSchema(data: Record<string, unknown>): GraphQLSchema {
  const rootFields = Object.fromEntries(Object.keys(data).map((field) => [field, () => data[field]]));
  return makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers: { ...resolvers, Query: { ...resolvers.Query, ...rootFields } },
  });
}

function timed(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  context: () => GraphQLContext,
  how: 'js' | 'jit',
): () => Promise<number> {
  const compiled = how === 'jit' ? compileQuery(schema, document) : null;
  if (compiled && !isCompiledQuery(compiled))
    throw new Error(`graphql-jit cannot compile: ${JSON.stringify(compiled)}`);
  return async () => {
    const result = compiled
      ? await compiled.query(undefined, context(), variables)
      : await execute({ schema, document, variableValues: variables, contextValue: context() });
    if (result.errors) throw new Error(JSON.stringify(result.errors).slice(0, 300));
    return compiled ? compiled.stringify(result).length : JSON.stringify(result).length;
  };
}

runCli(EXECUTOR_PROFILE_COMMAND, main);
