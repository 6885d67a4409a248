import { isRefusal, type ExportAttempt } from './exportPhase';
import type { Latency } from './latency';

export interface QuestionResult {
  name: string;
  cypher: Latency | null;
  api: Latency | null;
  neo4jGraphql: Latency | null;
  /** The same API without the compiled executor (graphql-js only), where the run asked it. */
  apiGraphqlJs?: Latency | null;
  /** Counted for the count-and-sort target (Question.countAndSort). */
  countAndSort?: boolean;
  note?: string;
  error?: string;
}

const cell = (latency: Latency | null) => (latency ? `${latency.p50} / ${latency.p95} / ${latency.p99}` : 'n/a');
const ratio = (a: Latency | null, b: Latency | null) =>
  a && b && b.p50 > 0 ? `${(a.p50 / b.p50).toFixed(2)}×` : 'n/a';

/** The latency table as Markdown: p50/p95/p99 in ms each way, and the p50 ratios. */
export function latencyTable(results: QuestionResult[]): string {
  const rows = results.map((result) =>
    [
      result.name,
      cell(result.cypher),
      cell(result.api),
      cell(result.neo4jGraphql),
      ratio(result.api, result.cypher),
      ratio(result.neo4jGraphql, result.api),
    ].join(' | '),
  );
  return [
    '| question | cypher p50/p95/p99 ms | api p50/p95/p99 ms | neo4j-graphql p50/p95/p99 ms | api/cypher | neo4j-graphql/api |',
    '|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}

/** The full GraphML exports as Markdown: one row per `measures`, a refused one with the API's message. */
export function exportTable(attempts: ExportAttempt[]): string {
  const rows = attempts.map((attempt) =>
    isRefusal(attempt)
      ? [`measures=${attempt.measures}`, `refused (${attempt.status}): ${attempt.refused}`, '', '', ''].join(' | ')
      : [
          `measures=${attempt.measures}`,
          String(attempt.seconds),
          (attempt.bytes / 1e6).toFixed(1),
          String(attempt.apiRssBeforeMb),
          String(attempt.apiRssPeakMb),
        ].join(' | '),
  );
  return [
    '| full GraphML export | seconds | MB | API RSS before MB | API RSS peak MB |',
    '|---|---|---|---|---|',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}

/** This API with graphql-jit against without it (graphql-js), asked in the same interleaved rounds, as Markdown. */
export function executorTable(results: QuestionResult[]): string {
  const rows = results.map((result) =>
    [
      result.name,
      String(result.cypher?.p50 ?? 'n/a'),
      String(result.apiGraphqlJs?.p50 ?? 'n/a'),
      String(result.api?.p50 ?? 'n/a'),
      ratio(result.apiGraphqlJs ?? null, result.cypher),
      ratio(result.api, result.cypher),
      ratio(result.api, result.apiGraphqlJs ?? null),
    ].join(' | '),
  );
  return [
    '| question | cypher p50 ms | api graphql-js p50 ms | api graphql-jit p50 ms | graphql-js/cypher | graphql-jit/cypher | jit/js |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}
