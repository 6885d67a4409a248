import {
  buildSchema,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  isObjectType,
  isRequiredArgument,
} from 'graphql';
import type { Database, QueryObserver } from '../../src/db/database';
import { readGraphStats } from '../../src/db/reads/graphStats';
import { resolvers } from '../../src/graphql/resolvers';
import { loadTypeDefs } from '../../src/graphql/schema';
import { DEFAULT_QUERY_LIMITS } from '../../src/server/limits/queryLimits';
import { openTestDatabase } from '../support/testDatabase';
import { startTestServer, type TestServer } from '../support/testServer';

const NESTED = `{ consortia { id members { organization { id consortia { id lead { id } } } sources { id } } } }`;
const PREFIX = 'nplus1-';

let db: Database;
let server: TestServer;
/** The statements of the cost rule's background read of the graph's sizes, which are no request's. */
const graphStatsStatements = new Set<string>();
beforeAll(async () => {
  db = openTestDatabase();
  const stop = db.observe(({ cypher }) => graphStatsStatements.add(cypher));
  await readGraphStats(db).finally(stop);
  // No cost limit: the cost rule reads the graph's sizes in the background (at start, then every minute), so on a
  // busy machine it may judge these queries on default or grown sizes; this file counts statements, not cost.
  server = await startTestServer(db, { limits: { ...DEFAULT_QUERY_LIMITS, maxCost: Number.MAX_SAFE_INTEGER } });
});
afterAll(async () => {
  await db.write('MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix: PREFIX });
  await server.stop();
  await db.close();
});

/** Counts statements the server sends for requests, leaving out its background reads of the graph's sizes. */
function countStatements(counter: { statements: number }): QueryObserver {
  return ({ cypher }) => {
    if (!graphStatsStatements.has(cypher)) counter.statements += 1;
  };
}

/** Counts the Cypher statements the server sends while answering one request. */
async function statementsFor(query: string): Promise<{ statements: number; consortia: number }> {
  const counted = { statements: 0 };
  const stop = db.observe(countStatements(counted));
  try {
    const response = await server.gql<{ consortia: unknown[] }>(query);
    expect(response.body.errors).toBeUndefined();
    return { statements: counted.statements, consortia: response.body.data!.consortia.length };
  } finally {
    stop();
  }
}

describe('no N+1', () => {
  it('sends as many statements for a graph ten times larger as for the seed graph', async () => {
    const onSeed = await statementsFor(NESTED);

    // Grow the graph to ten times the seed's consortia, each with members in several consortia.
    const consortia = onSeed.consortia * 9;
    await db.write(
      `UNWIND range(1, $consortia) AS i
       CREATE (c:Consortium {id: $prefix + 'c-' + i, name: 'Synthetic ' + i, memberCount: 0})
       WITH c, i
       UNWIND range(1, 6) AS j
       MERGE (o:Organization {id: $prefix + 'o-' + ((i * 7 + j * 13) % 300)})
         ON CREATE SET o.name = 'Synthetic org ' + o.id, o.kind = 'COMPANY', o.aliases = [], o.consortiumCount = 0
       MERGE (o)-[:MEMBER_OF {role: CASE j WHEN 1 THEN 'LEAD' ELSE 'MEMBER' END, sources: []}]->(c)`,
      { consortia, prefix: PREFIX },
    );

    const onLarger = await statementsFor(NESTED);
    expect(onLarger.consortia).toBe(onSeed.consortia * 10);
    expect(onLarger.statements).toBe(onSeed.statements);
  });
});

// Every nested field of the schema, found in the schema itself: each list of objects, and each single object or
// value the API resolves itself (a program's standingKnowledge, an organisation's totalEcContribution), must cost
// the same few statements whether it has four parents or four hundred.

const schema = buildSchema(loadTypeDefs());
/** How deep a path to a parent may go, and how many parents it must reach for a statement per parent to show. */
const MAX_PATH_DEPTH = 5;
const MIN_PARENTS = 4;
/** Enough parents that a statement per parent is plain; the first path reaching this many is taken. */
const ENOUGH_PARENTS = 8;
/** What a batched field may cost: one statement, two when its loader also reads the other end or a day's state. */
const MAX_STATEMENTS_PER_FIELD = 2;

interface NestedField {
  parent: string;
  field: string;
  /** Whether the field's type is an object (selected with `{ __typename }`) rather than a value. */
  object: boolean;
}

/** One step of a path: a field, with the arguments a required one needs. */
interface Step {
  name: string;
  args: string;
}

/** Whether the API resolves `Type.field` with code of its own (else it reads a property of the parent). */
function hasResolver(type: string, field: string): boolean {
  const ofType = (resolvers as Record<string, unknown>)[type];
  return typeof ofType === 'object' && ofType !== null && field in ofType;
}

/**
 * Every field of a non-root object type that could cost a statement per parent: lists of objects, and single
 * objects or values (scalars, enums) that the API resolves with code of its own (the others are a property of the
 * parent, read with it).
 */
function nestedFields(): NestedField[] {
  const found: NestedField[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type === schema.getQueryType()) continue;
    if (type === schema.getMutationType()) continue;
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (isListType(getNullableType(field.type)) && isObjectType(named)) {
        found.push({ parent: type.name, field: field.name, object: true });
      } else if ((isObjectType(named) || isLeafType(named)) && hasResolver(type.name, field.name)) {
        found.push({ parent: type.name, field: field.name, object: isObjectType(named) });
      }
    }
  }
  return found;
}

/**
 * The paths from Query that end on an object of each type, breadth first, at most MAX_PATH_DEPTH long, never
 * through a type twice, through fields without required arguments or with one given in `known` (by
 * `Type.field`). `listed` says whether some path to the type passes a list (else it appears once per request).
 */
function pathsByType(known: Record<string, string>): Map<string, { paths: Step[][]; listed: boolean }> {
  const byType = new Map<string, { paths: Step[][]; listed: boolean }>();
  let frontier = [{ path: [] as Step[], type: schema.getQueryType()!, seen: new Set(['Query']), listed: false }];
  for (let depth = 0; depth < MAX_PATH_DEPTH && frontier.length > 0; depth += 1) {
    const next: typeof frontier = [];
    for (const { path, type, seen, listed } of frontier) {
      for (const field of Object.values(type.getFields())) {
        const target = getNamedType(field.type);
        const args = field.args.some(isRequiredArgument) ? known[`${type.name}.${field.name}`] : '';
        if (!isObjectType(target) || args === undefined || seen.has(target.name)) continue;
        const step = {
          path: [...path, { name: field.name, args }],
          type: target,
          seen: new Set([...seen, target.name]),
          listed: listed || isListType(getNullableType(field.type)),
        };
        const entry = byType.get(target.name) ?? { paths: [], listed: false };
        entry.paths.push(step.path);
        entry.listed ||= step.listed;
        byType.set(target.name, entry);
        next.push(step);
      }
    }
    frontier = next;
  }
  return byType;
}

/** `{ a { __typename b(x: 1) { __typename } } }` for the path a, b(x: 1); `leaf`: a value field at its end. */
const queryOf = (path: readonly Step[], leaf?: string): string =>
  `{ ${path.reduceRight((inner, step) => `${step.name}${step.args} { __typename ${inner}}`, leaf ?? '')} }`;

/** The objects at the end of `path` in an answer (lists flattened). */
function objectsAt(data: unknown, path: readonly Step[]): unknown[] {
  let level: unknown[] = [data];
  for (const { name } of path) {
    level = level.flatMap((value) => {
      const inner = (value as Record<string, unknown> | null)?.[name];
      return Array.isArray(inner) ? inner : inner == null ? [] : [inner];
    });
  }
  return level;
}

/** The answer to `query` and how many statements the server sent for it. */
async function answered(query: string): Promise<{ statements: number; data: unknown; errors: unknown }> {
  const counted = { statements: 0 };
  const stop = db.observe(countStatements(counted));
  try {
    const response = await server.gql(query);
    return { statements: counted.statements, data: response.body.data, errors: response.body.errors };
  } finally {
    stop();
  }
}

describe('no N+1 on any nested field of the schema', () => {
  it('costs at most two statements per field however many parents it has', async () => {
    // The root fields with a required argument that lead somewhere no other does (CoMember, SearchHitConnection,
    // the paths, similarities and changes).
    const [hub] = await db.read<{ id: string }>(
      'MATCH (o:Organization) RETURN o.id AS id ORDER BY o.consortiumCount DESC, o.id LIMIT 1',
    );
    const paths = pathsByType({
      'Query.coMembers': `(organizationId: ${JSON.stringify(hub!.id)})`,
      'Query.search': '(text: "KAIST")',
      'Query.searchConnection': '(text: "KAIST")',
      // A university whose foundation, not itself, shares teams with LINER: several shortest paths, each with a PART_OF hop.
      'Query.connections': '(from: "hanyang-university", to: "liner", includeAffiliates: true, first: 20)',
      'Query.similarOrganizations': `(id: ${JSON.stringify(hub!.id)}, first: 10)`,
      'Query.changes': '(from: "2025-01-01", to: "2026-12-31")',
    });
    const fields = nestedFields();
    // Most types have such fields; an empty list would make this test pass for nothing.
    expect(fields.filter((field) => field.object).length).toBeGreaterThan(30);
    expect(fields.some((field) => field.parent === 'Program' && field.field === 'standingKnowledge')).toBe(true);

    const bare = new Map<string, { parents: number; statements: number }>();
    const costly: string[] = [];
    const unproven: string[] = [];
    for (const { parent, field, object } of fields) {
      const reach = paths.get(parent);
      // A type no path reaches through a list (Network, OrganizationConnection) has one parent per request.
      if (reach !== undefined && !reach.listed) continue;
      // The path that reaches the most `parent` objects on the seed graph, so that a statement per parent shows.
      let best: { path: Step[]; parents: number; statements: number } | undefined;
      for (const path of reach?.paths ?? []) {
        const query = queryOf(path);
        if (!bare.has(query)) {
          const { data, errors, statements } = await answered(query);
          bare.set(query, { parents: errors ? 0 : objectsAt(data, path).length, statements });
        }
        const { parents, statements } = bare.get(query)!;
        if (!best || parents > best.parents) best = { path, parents, statements };
        if (best.parents >= ENOUGH_PARENTS) break;
      }
      if (!best || best.parents < MIN_PARENTS) {
        unproven.push(`${parent}.${field} (${best?.parents ?? 0} parents at most)`);
        continue;
      }
      const withField = await answered(
        object ? queryOf([...best.path, { name: field, args: '' }]) : queryOf(best.path, `${field} `),
      );
      const cost = withField.statements - best.statements;
      if (withField.errors || cost > MAX_STATEMENTS_PER_FIELD) {
        const where = best.path.map((step) => step.name).join('.');
        costly.push(`${parent}.${field}: ${cost} statements for ${best.parents} parents (${where})`);
      }
    }
    expect(costly).toEqual([]);
    expect(unproven).toEqual([]);
  }, 600_000);
});
