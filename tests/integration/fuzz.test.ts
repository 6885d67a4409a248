import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import type { Database } from '../../src/db/database';
import { loadTypeDefs } from '../../src/graphql/schema';
import { seededRandom } from '../../src/network/seededRandom';
import { graphSize } from '../support/testDatabase';
import { CompiledOperations } from '../../src/server/compiledExecution';
import { useTestServer, type TestServer } from '../support/testServer';

const VALID_QUERIES = 1500;
const MALFORMED_BODIES = 2000;
const CONCURRENCY = 8;
const TRANSACTION_TIMEOUT_MS = 5000;
/** Stays under the depth limit (8) so most generated queries run rather than being refused. */
const MAX_SELECTION_DEPTH = 5;

const HOSTILE_STRINGS = [
  "x'}) DETACH DELETE n //",
  '"}) MATCH (n) DETACH DELETE n //',
  '$()',
  '*~"(',
  'kaist',
  '',
  ' ',
  'name:kaist AND kind:*',
  '\\',
  '\u0000\u0001\u0007\u001b[31m',
  '\u202eكاي\u202c מכון',
  '카이스트',
  '産業技術総合研究所',
  '𝕏🙂\ud800',
  'a'.repeat(10_000),
  '%s%n%x',
  '${jndi:ldap://127.0.0.1/x}',
  '<script>alert(1)</script>',
  'CALL db.labels()',
];
const INTS = [0, 1, -1, 2, 5, 20, 1000, 1001, -2147483648, 2147483647];
const DATES = ['2025-06-30', '2025-13-45', '0000-00-00', '9999-12-31', 'yesterday', '', '2025-02-30', '1-1-1'];

const schema = buildSchema(loadTypeDefs());
const random = seededRandom(20250630);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

let db: Database;
let server: TestServer;
// Production's compiled executor (each operation compiled the second time it is asked): the fuzzer's thousands of
// one-off queries are what that threshold is for, and compiling every one would only slow the run.
useTestServer((started) => ({ db, server } = started), { compiledExecution: new CompiledOperations() });

/** A random value of an input type: hostile strings, edge-case numbers, bad dates, nulls. */
function randomValue(type: GraphQLInputType, depth = 0): unknown {
  if (isNonNullType(type)) return randomValue(type.ofType, depth);
  if (random() < 0.1) return null;
  if (isListType(type)) return Array.from({ length: Math.floor(random() * 3) }, () => randomValue(type.ofType, depth));
  if (isEnumType(type)) return pick(type.getValues()).name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((field) => isNonNullType(field.type) || random() < 0.5);
    return Object.fromEntries(fields.map((field) => [field.name, randomValue(field.type, depth + 1)]));
  }
  switch (isScalarType(type) ? type.name : '') {
    case 'Int':
      return pick(INTS);
    case 'Float':
      return pick([0, -1.5, 1e308, 3.14]);
    case 'Boolean':
      return random() < 0.5;
    case 'Date':
      return pick(DATES);
    default:
      return pick(HOSTILE_STRINGS);
  }
}

/** Builds a random query from the schema; every argument is a variable of its declared type. */
function randomOperation(): { query: string; variables: Record<string, unknown> } {
  const variables: Record<string, unknown> = {};
  const declarations: string[] = [];
  const argumentsOf = (args: readonly GraphQLArgument[]): string => {
    const chosen = args.filter((arg) => isNonNullType(arg.type) || random() < 0.6);
    if (chosen.length === 0) return '';
    return `(${chosen
      .map((arg) => {
        const name = `v${declarations.length}`;
        declarations.push(`$${name}: ${String(arg.type)}`);
        variables[name] = randomValue(arg.type);
        return `${arg.name}: $${name}`;
      })
      .join(', ')})`;
  };
  const selectionOf = (type: GraphQLObjectType, depth: number): string => {
    const fields = Object.values(type.getFields());
    const count = 1 + Math.floor(random() * 3);
    const chosen = Array.from({ length: count }, () => pick(fields));
    return chosen
      .map((field, index) => {
        const named = getNamedType(field.type);
        const alias = index > 0 ? `f${index}: ` : '';
        const args = argumentsOf(field.args);
        if (!isObjectType(named)) return `${alias}${field.name}${args}`;
        if (depth >= MAX_SELECTION_DEPTH) return '__typename';
        return `${alias}${field.name}${args} { ${selectionOf(named, depth + 1)} }`;
      })
      .join(' ');
  };
  const selection = selectionOf(schema.getQueryType()!, 1);
  const header = declarations.length > 0 ? `(${declarations.join(', ')})` : '';
  return { query: `query Fuzz${header} { ${selection} }`, variables };
}

const TOKENS = [
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ':',
  '$',
  '@',
  '!',
  '...',
  '=',
  '"',
  '"""',
  'query',
  'fragment',
  'on',
  'organizations',
  'first',
  'id',
  'name',
  '#',
  '1e999',
  '-0',
  '\u0000',
  '\\u',
  'mutation',
  'subscription',
  '|',
  '&',
];

/** A malformed request body: token soup, a truncated query, or JSON of the wrong shape. */
function malformedBody(): string {
  const kind = Math.floor(random() * 4);
  if (kind === 0) {
    const soup = Array.from({ length: 1 + Math.floor(random() * 40) }, () => pick(TOKENS)).join(' ');
    return JSON.stringify({ query: soup });
  }
  if (kind === 1) {
    const { query, variables } = randomOperation();
    return JSON.stringify({ query: query.slice(0, Math.floor(random() * query.length)), variables });
  }
  if (kind === 2) {
    return pick([
      '{',
      '[]',
      'null',
      '"query"',
      '{"query": 5}',
      '{"query": null}',
      '{"query": "{ programs { id } }", "variables": "x"}',
      '{"query": "{ programs { id } }", "variables": [1]}',
      '{"query": "{ programs { id } }", "operationName": 5}',
      '{"query": "{ programs { id } }", "extensions": "x"}',
      '{"query": ["{ programs { id } }"]}',
      '{"__proto__": {"query": "{ programs { id } }"}}',
      '[{"query": "{ programs { id } }"}]',
    ]);
  }
  const { query, variables } = randomOperation();
  const keys = Object.keys(variables);
  if (keys.length > 0) variables[pick(keys)] = pick([{ a: 1 }, [[[]]], 'x', 1.5, true]);
  return JSON.stringify({ query, variables });
}

interface Outcome {
  status: number;
  ms: number;
  body: string;
  request: string;
  fullRequest: string;
}

async function send(body: string): Promise<Outcome> {
  const started = Date.now();
  const response = await fetch(`${server.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const text = await response.text();
  return {
    status: response.status,
    ms: Date.now() - started,
    body: text.slice(0, 300),
    request: body.slice(0, 300),
    fullRequest: body,
  };
}

/** Sends every body, CONCURRENCY at a time. */
async function sendAll(bodies: string[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let next = 0;
  const worker = async () => {
    while (next < bodies.length) {
      const body = bodies[next++]!;
      outcomes.push(await send(body));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return outcomes;
}

/**
 * No 500, and no request that runs into the transaction timeout. A request slow under the test's own concurrency
 * (or a busy machine: CI shares two cores) is sent again alone, with the full body it was built from; only one
 * that is slow on its own is a finding (a hostile value that makes the database work that long).
 */
async function expectNoServerErrors(outcomes: Outcome[]): Promise<void> {
  const serverErrors = outcomes.filter(
    (outcome) => outcome.status >= 500 || /INTERNAL_SERVER_ERROR/.test(outcome.body),
  );
  expect(serverErrors.slice(0, 3)).toEqual([]);
  const slowAlone: Outcome[] = [];
  for (const outcome of outcomes.filter((candidate) => candidate.ms >= TRANSACTION_TIMEOUT_MS)) {
    const again = await send(outcome.fullRequest);
    if (again.ms >= TRANSACTION_TIMEOUT_MS || again.status >= 500) slowAlone.push(again);
  }
  expect(slowAlone.slice(0, 3)).toEqual([]);
}

describe('fuzzing the API', () => {
  it('answers thousands of random valid queries with hostile values without a 500, slowness or a change', async () => {
    const before = await graphSize(db);
    const bodies = Array.from({ length: VALID_QUERIES }, () => JSON.stringify(randomOperation()));
    const outcomes = await sendAll(bodies);
    await expectNoServerErrors(outcomes);
    expect(outcomes.filter((outcome) => outcome.status === 200).length).toBeGreaterThan(VALID_QUERIES / 4);
    expect(await graphSize(db)).toEqual(before);
  }, 120_000);

  it('answers thousands of malformed documents and bodies with 4xx, never a 500', async () => {
    const before = await graphSize(db);
    const outcomes = await sendAll(Array.from({ length: MALFORMED_BODIES }, malformedBody));
    await expectNoServerErrors(outcomes);
    expect(await graphSize(db)).toEqual(before);
  }, 120_000);

  it('searches with Lucene syntax without an error', async () => {
    for (const text of ['*~"(', 'name:kaist AND', '[a TO', 'a^', '/re/', '\\', 'OR', '"', '~', '&&', '!']) {
      const response = await server.gql<{ search: unknown[] }>(
        'query ($text: String!) { search(text: $text) { score organization { id } } }',
        { text },
      );
      expect({ text, status: response.status, errors: response.body.errors }).toEqual({
        text,
        status: 200,
        errors: undefined,
      });
    }
  });
});
