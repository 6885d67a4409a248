import type { AddressInfo } from 'node:net';
import express from 'express';
import neo4j from 'neo4j-driver';
import pino from 'pino';
import type { Database } from '../../src/db/database';
import { ErrorCode, QueryTimeoutError } from '../../src/errors';
import { sendHttpError } from '../../src/server/httpErrors';
import { openTestDatabase } from '../support/testDatabase';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/testServer';

/**
 * Real timeouts and real lock conflicts against the tests' Neo4j: what each answers, over GraphQL and plain HTTP.
 * Neo4j ends a transaction past its timeout at its next check (every 2 s), so waits here are a few seconds.
 */

const TOKEN = 'test-error-codes-token-0123456789';
const AUTH = { authorization: `Bearer ${TOKEN}` };
const RUN = Math.random().toString(36).slice(2, 8);
const P = `t-err-${RUN}-`;
const SEED_SOURCE = 'koreawave-2025-08-05';
/** Counts to a billion: minutes of work, so only the timeout ends it. */
const SLOW = 'UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(*) AS n';
/** The client-side deadline's margin after the timeout (src/db/database.ts). */
const CLIENT_DEADLINE_MARGIN_MS = 3000;

jest.setTimeout(120_000);

let db: Database;

beforeAll(() => {
  db = openTestDatabase();
});

afterAll(async () => {
  await db.write('MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix: P });
  await db.close();
});

/** A server over its own driver with this timeout, logging into `lines`. */
async function serverWithTimeout(timeoutMs: number, lines: Array<Record<string, unknown>>) {
  const timed = openTestDatabase({ NEO4J_QUERY_TIMEOUT_MS: timeoutMs });
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  const server = await startTestServer(timed, { logger, apiTokens: [TOKEN] });
  return {
    server,
    close: async () => {
      await server.stop();
      await timed.close();
    },
  };
}

describe('a question that takes too long', () => {
  it('is a QueryTimeoutError from Neo4j itself, before the client-side deadline, and the database stays up', async () => {
    const timed = openTestDatabase({ NEO4J_QUERY_TIMEOUT_MS: 1000 });
    try {
      const started = performance.now();
      const error = (await timed.read(SLOW).catch((caught: unknown) => caught)) as Error;
      expect(error).toBeInstanceOf(QueryTimeoutError);
      expect((error.cause as { code: string }).code).toBe(
        'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      );
      expect(performance.now() - started).toBeLessThan(1000 + CLIENT_DEADLINE_MARGIN_MS);
      expect(await timed.read<{ ok: number }>('RETURN 1 AS ok')).toEqual([{ ok: 1 }]);
    } finally {
      await timed.close();
    }
  });

  it('answers QUERY_TIMEOUT over GraphQL (HTTP 200, error in the body), logged as a query timeout, never as an outage', async () => {
    // With a 1 ms timeout every transaction open at one of Neo4j's checks is ended: real fields, real timeouts.
    const lines: Array<Record<string, unknown>> = [];
    const { server, close } = await serverWithTimeout(1, lines);
    const queries = [
      '{ organizationsInMultipleConsortia(minConsortia: 1, includeAffiliates: true, first: 1000) { organization { id } } }',
      '{ network(projection: CO_MEMBERSHIP, includeAffiliations: true) { nodes { id } } }',
      // Named teams: with a 1 ms timeout the graph's sizes cannot be read either, so the cost rule sizes every list
      // as the largest page, and the overlaps of all consortia would be refused before they run.
      '{ consortiumOverlaps(consortia: ["naver-cloud", "upstage", "sk-telecom", "nc-ai", "lg-ai-research", "kakao", "kt"], includeAffiliates: true) { sharedCount } }',
    ];
    const failures: GraphQLResponse[] = [];
    try {
      const deadline = Date.now() + 40_000;
      for (let sent = 0; sent < 600 && failures.length < 3 && Date.now() < deadline; sent += 1) {
        const response = await server.gql(queries[sent % queries.length]!);
        expect(response.status).toBe(200);
        if (response.body.errors) failures.push(response);
      }
    } finally {
      await close();
    }
    expect(failures.length).toBeGreaterThan(0);
    for (const failure of failures) {
      for (const error of failure.body.errors!) {
        expect(error.extensions?.code).toBe(ErrorCode.QUERY_TIMEOUT);
        expect(error.message).toContain('smaller `first`');
      }
    }
    const messages = lines.map((line) => line.msg);
    expect(messages).toContain('query timeout');
    expect(messages).not.toContain('database unavailable');
    expect(messages).not.toContain('internal error');
    expect(lines.find((line) => line.msg === 'query timeout')?.level).toBe(30); // info
  });

  it('answers 504 QUERY_TIMEOUT on a plain HTTP route through sendHttpError', async () => {
    const timed = openTestDatabase({ NEO4J_QUERY_TIMEOUT_MS: 1000 });
    const app = express();
    app.get('/slow', (_req, res) => {
      timed.read(SLOW).then(
        () => res.json({}),
        (error: unknown) => sendHttpError(res, error, pino({ level: 'silent' })),
      );
    });
    const listening = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => listening.once('listening', resolve));
    try {
      const { port } = listening.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/slow`);
      expect(response.status).toBe(504);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe(ErrorCode.QUERY_TIMEOUT);
    } finally {
      listening.close();
      await timed.close();
    }
  });
});

const UPSERT_ORG = `mutation ($input: UpsertOrganizationInput!) {
  upsertOrganization(input: $input) { ok error { code message field } organization { id name } }
}`;
const MERGE = `mutation ($keepId: ID!, $mergeIds: [ID!]!) {
  mergeOrganizations(keepId: $keepId, mergeIds: $mergeIds) { ok error { code message field } organization { id } }
}`;
const ADD_MEMBERSHIP = `mutation ($input: AddMembershipInput!) {
  addMembership(input: $input) { ok error { code message field } }
}`;

type Payload = { ok: boolean; error: { code: string; message: string; field: string | null } | null };

/** Runs a mutation with the token and answers its payload; a top-level error fails the test. */
async function mutate(server: TestServer, query: string, variables: Record<string, unknown>): Promise<Payload> {
  const response = await server.gql<Record<string, Payload>>(query, variables, AUTH);
  expect(response.body.errors).toBeUndefined();
  return Object.values(response.body.data!)[0]!;
}

describe('a write that meets another writer', () => {
  it('answers CONFLICT in the payload when another transaction holds the organisation past the timeout, writing nothing', async () => {
    const id = `${P}held`;
    await db.write(`CREATE (:Organization {id: $id, name: 'Held Co', kind: 'COMPANY', consortiumCount: 0})`, { id });
    await db.write(`CREATE (:Organization {id: $id, name: 'Other Co', kind: 'COMPANY', consortiumCount: 0})`, {
      id: `${P}other`,
    });
    const lines: Array<Record<string, unknown>> = [];
    const { server, close } = await serverWithTimeout(1000, lines);
    // Another writer (an import, say) holds the node's write lock in a transaction it has not committed.
    const holder = db.driver.session({ database: db.name, defaultAccessMode: neo4j.session.WRITE });
    const held = await holder.beginTransaction();
    try {
      await held.run('MATCH (o:Organization {id: $id}) SET o.name = $name', { id, name: 'Held Co' });
      const started = performance.now();
      const upsert = await mutate(server, UPSERT_ORG, { input: { id, name: 'Changed Co', kind: 'COMPANY' } });
      expect(performance.now() - started).toBeLessThan(1000 + CLIENT_DEADLINE_MARGIN_MS);
      expect(upsert).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: null } });
      expect(upsert.error!.message).toContain('try again');
      const merge = await mutate(server, MERGE, { keepId: `${P}other`, mergeIds: [id] });
      expect(merge).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    } finally {
      await held.rollback();
      await holder.close();
      await close();
    }
    const rows = await db.read<{ id: string; name: string }>(
      'MATCH (o:Organization) WHERE o.id IN $ids RETURN o.id AS id, o.name AS name ORDER BY id',
      { ids: [id, `${P}other`] },
    );
    expect(rows).toEqual([
      { id, name: 'Held Co' },
      { id: `${P}other`, name: 'Other Co' },
    ]);
    expect(lines.map((line) => line.msg)).not.toContain('internal error');
  });

  it('serialises racing merges: each answers ok or NOT_FOUND, none fails, and no membership is lost', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const { server, close } = await serverWithTimeout(10_000, lines);
    try {
      for (let round = 0; round < 3; round += 1) {
        const ids = ['a', 'b', 'c', 'd'].map((letter) => `${P}race${round}-${letter}`);
        const consortia = ids.map((id) => `${id}-team`);
        await db.write(
          `UNWIND range(0, size($ids) - 1) AS i
           CREATE (o:Organization {id: $ids[i], name: $ids[i], kind: 'COMPANY', consortiumCount: 1})
                  -[:MEMBER_OF {role: 'MEMBER', sources: [$source]}]->
                  (:Consortium {id: $consortia[i], name: $consortia[i], memberCount: 1})`,
          { ids, consortia, source: SEED_SOURCE },
        );
        // Contradictory merges sent at once: b and c into a, c and b into d, a into c, d into b.
        const [a, b, c, d] = ids as [string, string, string, string];
        const merges: Array<[string, string[]]> = [
          [a, [b, c]],
          [d, [c, b]],
          [c, [a]],
          [b, [d]],
        ];
        const payloads = await Promise.all(
          merges.map(([keepId, mergeIds]) => mutate(server, MERGE, { keepId, mergeIds })),
        );
        for (const payload of payloads) {
          if (!payload.ok) expect(payload.error?.code).toBe('NOT_FOUND');
        }
        expect(payloads.some((payload) => payload.ok)).toBe(true);
        const [after] = await db.read<{ consortia: string[]; survivors: number }>(
          `MATCH (o:Organization) WHERE o.id IN $ids
           OPTIONAL MATCH (o)-[:MEMBER_OF]->(c:Consortium)
           RETURN collect(DISTINCT c.id) AS consortia, count(DISTINCT o) AS survivors`,
          { ids },
        );
        expect([...after!.consortia].sort()).toEqual([...consortia].sort());
        // Each ok merge removed its merged ids; the survivors are the ids not merged away.
        expect(after!.survivors).toBeGreaterThanOrEqual(1);
        expect(after!.survivors).toBeLessThan(ids.length);
      }
    } finally {
      await close();
    }
    expect(lines.map((line) => line.msg)).not.toContain('internal error');
  });

  it('answers NOT_FOUND, not a silent success, for a membership of an organisation merged away while it waited', async () => {
    const gone = `${P}gone`;
    const team = `${P}team`;
    await db.write(
      `CREATE (:Organization {id: $gone, name: $gone, kind: 'COMPANY', consortiumCount: 0})
       CREATE (:Consortium {id: $team, name: $team, memberCount: 0})`,
      { gone, team },
    );
    const lines: Array<Record<string, unknown>> = [];
    const { server, close } = await serverWithTimeout(10_000, lines);
    // A merge under way: it holds the organisation's lock, and deletes the node before it commits.
    const merger = db.driver.session({ database: db.name, defaultAccessMode: neo4j.session.WRITE });
    const merging = await merger.beginTransaction();
    try {
      await merging.run('MATCH (o:Organization {id: $gone}) SET o.name = o.name', { gone });
      const adding = mutate(server, ADD_MEMBERSHIP, {
        input: { organizationId: gone, consortiumId: team, sourceId: SEED_SOURCE },
      });
      await new Promise((resolve) => setTimeout(resolve, 1000)); // the mutation now waits for the lock
      await merging.run('MATCH (o:Organization {id: $gone}) DETACH DELETE o', { gone });
      await merging.commit();
      expect(await adding).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'organizationId' } });
    } finally {
      if (merging.isOpen()) await merging.rollback();
      await merger.close();
      await close();
    }
    const [row] = await db.read<{ members: number }>(
      'MATCH (c:Consortium {id: $team}) RETURN COUNT { ()-[:MEMBER_OF]->(c) } AS members',
      { team },
    );
    expect(row!.members).toBe(0);
  });
});
