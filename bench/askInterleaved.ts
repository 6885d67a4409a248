import type { Driver } from 'neo4j-driver';
import type { ChildServer } from './childServer';
import { measureInterleaved, postGraphql, runCypher, type RunBudget } from './latency';
import type { Question } from './questions';
import type { QuestionResult } from './report';

/** The servers a question is asked of: this API, @neo4j/graphql, and optionally this API without graphql-jit. */
export interface QuestionServers {
  api: ChildServer;
  neo: ChildServer;
  apiGraphqlJs?: ChildServer;
}

const log = (line: string) => console.error(line);

/**
 * One question asked every way interleaved (one of each in turn, the order rotated per round): hand-written Cypher,
 * this API, @neo4j/graphql where it can ask it, and this API without its compiled executor where that server is
 * given, so that every way meets the same load, page cache and JIT.
 */
export async function askInterleaved(
  question: Question,
  budget: RunBudget,
  driver: Driver,
  servers: QuestionServers,
): Promise<QuestionResult> {
  const { api, apiGraphqlJs, neo } = servers;
  const ways: Record<string, () => Promise<number>> = {
    cypher: () => runCypher(driver, question.cypher.statement, question.cypher.params),
    api: () => postGraphql(api.url, question.api),
  };
  if (apiGraphqlJs) ways.apiGraphqlJs = () => postGraphql(apiGraphqlJs.url, question.api);
  const neoOperation = question.neo4jGraphql;
  if (neoOperation) ways.neo4jGraphql = () => postGraphql(neo.url, neoOperation);
  const { latencies, errors } = await measureInterleaved(budget, ways);
  const error = Object.entries(errors)
    .map(([way, message]) => `${way}: ${message}`)
    .join(' ');
  const result: QuestionResult = {
    name: question.name,
    cypher: latencies.cypher ?? null,
    api: latencies.api ?? null,
    neo4jGraphql: latencies.neo4jGraphql ?? null,
    ...(apiGraphqlJs ? { apiGraphqlJs: latencies.apiGraphqlJs ?? null } : {}),
    ...(question.countAndSort ? { countAndSort: true } : {}),
    note: question.note,
    ...(error ? { error } : {}),
  };
  log(
    `  ${question.name}: cypher ${result.cypher?.p50 ?? '-'} ms, api ${result.api?.p50 ?? '-'} ms, ` +
      (apiGraphqlJs ? `api graphql-js ${result.apiGraphqlJs?.p50 ?? '-'} ms, ` : '') +
      `neo4j-graphql ${result.neo4jGraphql?.p50 ?? 'n/a'} ms${error ? `  (${error})` : ''}`,
  );
  return result;
}
