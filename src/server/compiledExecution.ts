import { HeaderMap, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import type { DocumentNode, GraphQLFormattedError, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { formatCompiledErrors, type ErrorFormatter } from './compiledErrors';

/** How many compiled operations are kept (least recently used dropped first), and how many are being counted. */
export const MAX_COMPILED_OPERATIONS = 500;
/** An operation is compiled the second time it is asked: a one-off query is not worth compiling. */
export const COMPILE_AFTER = 2;

/** A bounded map that forgets its least recently used key (a Map keeps insertion order). */
class LruMap<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly max: number) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }
}

/** `null`: graphql-jit could not compile the operation (graphql-js executes it). */
type Compiled = CompiledQuery | null;

/**
 * Compiles hot operations with graphql-jit and caches them by the hash of their text (and operation name), in a
 * bounded LRU. Answers null for an operation seen fewer than COMPILE_AFTER times or that graphql-jit cannot compile.
 */
export class CompiledOperations {
  private readonly compiled: LruMap<Compiled>;
  private readonly seen: LruMap<number>;

  constructor(
    max = MAX_COMPILED_OPERATIONS,
    private readonly compileAfter = COMPILE_AFTER,
  ) {
    this.compiled = new LruMap(max);
    this.seen = new LruMap(max);
  }

  for(schema: GraphQLSchema, document: DocumentNode, key: string, operationName: string | null): Compiled {
    const known = this.compiled.get(key);
    if (known !== undefined) return known;
    const count = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, count);
    if (count < this.compileAfter) return null;
    const result = compileQuery(schema, document, operationName ?? undefined);
    const compiled = isCompiledQuery(result) ? result : null;
    this.compiled.set(key, compiled);
    return compiled;
  }

  /** How many operations are held compiled (or known not to compile). */
  get cached(): number {
    return this.compiled.size;
  }

  /** How many answers graphql-jit gave (for tests and the benchmark: proof the compiled path ran). */
  answered = 0;
}

/**
 * Executes queries with graphql-jit instead of graphql-js (issue #18: graphql-js's execution, building tens of
 * thousands of nested objects for a large answer, was most of the gap to hand-written Cypher). Runs as Apollo's
 * `responseForOperation` hook, so parsing, validation, the cost and size limits (validation rules and
 * didResolveOperation) have all passed before it. Only queries, never mutations. Every operation is executed once:
 * an answer with errors (a timeout, an outage, a resolver's refusal) is sent as it is, its errors shaped by the
 * server's formatter as Apollo shapes graphql-js's (src/server/compiledErrors.ts), so the same codes, messages and
 * statuses. Only variables that do not fit the operation are left to graphql-js: graphql-jit refuses them before
 * any resolver runs, and graphql-js words and answers them as Apollo expects (400, BAD_USER_INPUT).
 */
export function compiledExecutionPlugin<C extends BaseContext>(
  operations: CompiledOperations,
  formatError: ErrorFormatter,
): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ schema, document, operation, operationName, queryHash, request, contextValue }) {
          // No operation: the operation name selects none in the document (graphql-js reports it).
          const kind = (operation as OperationDefinitionNode | undefined)?.operation;
          if (kind !== 'query' || queryHash === undefined) return null;
          const compiled = operations.for(schema, document, `${queryHash}:${operationName ?? ''}`, operationName);
          if (compiled === null) return null;
          const result = await compiled.query(undefined, contextValue, request.variables ?? {});
          // No `data` at all: the variables were refused before execution began (nothing was read).
          if (!('data' in result)) return null;
          operations.answered += 1;
          const data = result.data as Record<string, unknown> | null | undefined;
          if (!result.errors?.length) {
            return { http: { status: undefined, headers: new HeaderMap() }, body: singleBody({ data }) };
          }
          const { formattedErrors, http } = formatCompiledErrors(result.errors, formatError);
          return { http, body: singleBody({ data, errors: formattedErrors }) };
        },
      };
    },
  };
}

function singleBody(singleResult: {
  data: Record<string, unknown> | null | undefined;
  errors?: GraphQLFormattedError[];
}) {
  return { kind: 'single' as const, singleResult };
}
