/**
 * The program timeline kept current through the API: a team's standing on a day in September 2026 is UNKNOWN
 * until its second-evaluation standing is recorded (recordStanding), then the recorded one; stages and membership
 * ends are recorded the same way. Expected standings: the seed files read independently, plus what the test wrote.
 * The test restores the graph it changed (the standings it recorded, its stage, sources and nodes).
 */
import type { Database } from '../../src/db/database';
import { expectedStandingAnswer, type ExtraStandings } from '../support/seedFacts';
import { graphSize, openTestDatabase } from '../support/testDatabase';
import { untilGraphStatsRead } from '../support/graphStatsReady';
import { startTestServer, type TestServer } from '../support/testServer';

const TOKEN = 'test-timeline-token-0123456789';
const AUTH = { authorization: `Bearer ${TOKEN}` };
const RUN = Math.random().toString(36).slice(2, 8);
const P = `t-time-${RUN}-`;
const SOURCE_TITLE = `T timeline ${RUN} report of the second evaluation`;
const DAY = '2026-09-15';
const EVALUATED = ['lg-ai-research', 'motif-technologies', 'sk-telecom', 'upstage'];

let db: Database;
let server: TestServer;
let sizeBefore: { nodes: number; relationships: number };

beforeAll(async () => {
  db = openTestDatabase();
  sizeBefore = await graphSize(db);
  server = await startTestServer(db, { apiTokens: [TOKEN] });
  await untilGraphStatsRead(server);
});

afterAll(async () => {
  await db.write(`MATCH (:Consortium)-[r:STANDING]->(:Stage {id: 'second-evaluation'}) DELETE r`);
  await db.write(
    `MATCH (n) WHERE (n:Stage OR n:Organization OR n:Consortium) AND n.id STARTS WITH $prefix DETACH DELETE n`,
    { prefix: P },
  );
  await db.write(`MATCH (s:Source) WHERE s.title STARTS WITH $title DETACH DELETE s`, { title: `T timeline ${RUN}` });
  const restored = await graphSize(db);
  await server?.stop();
  await db?.close();
  expect(restored).toEqual(sizeBefore);
});

type Payload = { ok: boolean; error: { code: string; message: string; field: string | null } | null };

const RECORD_STANDING = `mutation ($input: RecordStandingInput!) {
  recordStanding(input: $input) { ok error { code message field }
    standing { status stage { id } quote provenance sources { title } } } }`;
const RECORD_STAGE = `mutation ($input: RecordStageInput!) {
  recordStage(input: $input) { ok error { code message field }
    stage { id order name status date evaluatesTeams sources { title } } } }`;
const END_MEMBERSHIP = `mutation ($input: EndMembershipInput!) {
  endMembership(input: $input) { ok error { code message field } membership { since until quotes sources { title } } } }`;

async function mutate<T extends Payload>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await server.gql<Record<string, T>>(query, variables, AUTH);
  expect(response.body.errors).toBeUndefined();
  return Object.values(response.body.data!)[0]!;
}

const standing = (consortiumId: string, status: string, extra: Record<string, unknown> = {}) =>
  mutate<Payload & { standing: { status: string; quote: string | null; provenance: string } | null }>(RECORD_STANDING, {
    input: {
      consortiumId,
      stageId: 'second-evaluation',
      status,
      quote: `${consortiumId} ${status}`,
      source: { title: SOURCE_TITLE },
      ...extra,
    },
  });

function expectFailure(payload: Payload, code: string, field: string) {
  expect(payload.ok).toBe(false);
  expect(payload.error).toMatchObject({ code, field });
}

/** Every team's standing on `day` as the API answers it: [id, status, stage] sorted by id. */
async function answeredOn(day: string) {
  const response = await server.gql<{
    consortia: Array<{ id: string; standing: { status: string; stage: { id: string } } | null }>;
  }>(`query ($day: Date) { consortia { id standing(asOf: $day) { status stage { id } } } }`, { day });
  return response.body
    .data!.consortia.map((c) => [c.id, c.standing?.status ?? null, c.standing?.stage.id ?? null])
    .sort();
}

const expectedOn = (day: string, ids: string[], extra: ExtraStandings) =>
  ids
    .map((id) => {
      const expected = expectedStandingAnswer(id, day, extra);
      return [id, expected?.status ?? null, expected?.stage ?? null];
    })
    .sort();

describe('recordStanding: the second evaluation brought up to date', () => {
  it('refuses a request without a token and writes nothing', async () => {
    const response = await server.gql(RECORD_STANDING, {
      input: {
        consortiumId: 'upstage',
        stageId: 'second-evaluation',
        status: 'ADVANCED',
        source: { title: SOURCE_TITLE },
      },
    });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await graphSize(db)).toEqual(sizeBefore);
  });

  it('answers expected failures as data, writing nothing (not even the new source)', async () => {
    expectFailure(await standing('upstage', 'UNKNOWN'), 'INVALID_INPUT', 'status');
    expectFailure(await standing('upstage', 'ADVANCED', { stageId: `${P}missing` }), 'NOT_FOUND', 'stageId');
    expectFailure(await standing(`${P}missing`, 'ADVANCED'), 'NOT_FOUND', 'consortiumId');
    expectFailure(await standing('upstage', 'ADVANCED', { stageId: 'final-selection' }), 'INVALID_INPUT', 'stageId');
    expectFailure(
      await standing('upstage', 'ADVANCED', { sourceId: 'koreawave-2025-08-05' }),
      'INVALID_INPUT',
      'sourceId',
    );
    expect(await graphSize(db)).toEqual(sizeBefore);
  });

  it('turns each evaluated team from UNKNOWN into its recorded standing, one at a time', async () => {
    const ids = (await answeredOn(DAY)).map(([id]) => id as string);
    const recorded: ExtraStandings = [];
    expect(await answeredOn(DAY)).toEqual(expectedOn(DAY, ids, recorded));
    expect((await answeredOn(DAY)).filter(([, status]) => status === 'UNKNOWN').map(([id]) => id)).toEqual(EVALUATED);
    const outcomes: Record<string, string> = {
      'lg-ai-research': 'ADVANCED',
      'sk-telecom': 'ADVANCED',
      upstage: 'ELIMINATED',
      'motif-technologies': 'ADVANCED',
    };
    for (const [id, status] of Object.entries(outcomes)) {
      const payload = await standing(id, status);
      expect(payload).toMatchObject({ ok: true, standing: { status, quote: `${id} ${status}`, provenance: 'STATED' } });
      recorded.push({ consortium: id, stage: 'second-evaluation', status });
      expect(await answeredOn(DAY)).toEqual(expectedOn(DAY, ids, recorded));
    }
    expect((await answeredOn(DAY)).filter(([, status]) => status === 'UNKNOWN')).toEqual([]);
    // Before the stage is over the recorded results do not apply yet.
    expect(await answeredOn('2026-08-15')).toEqual(expectedOn('2026-08-15', ids, []));
  });

  it('then answers the standings complete and activeOnly with the three recorded as in', async () => {
    const response = await server.gql<{
      standingKnowledge: { complete: boolean; standingKnownAsOf: string };
      program: { teams: Array<{ consortium: { id: string }; status: string }> };
    }>(`{ standingKnowledge(asOf: "${DAY}") { complete standingKnownAsOf }
          program(id: "korea-sovereign-ai") { teams(asOf: "${DAY}", activeOnly: true) { consortium { id } status } } }`);
    expect(response.body.data!.standingKnowledge).toEqual({ complete: true, standingKnownAsOf: DAY });
    expect(response.body.data!.program.teams.map((t) => [t.consortium.id, t.status]).sort()).toEqual([
      ['lg-ai-research', 'ADVANCED'],
      ['motif-technologies', 'ADVANCED'],
      ['sk-telecom', 'ADVANCED'],
    ]);
  });

  it('restates the same standing (adding its source) and refuses a contradicting one', async () => {
    const before = await graphSize(db);
    expect((await standing('upstage', 'ELIMINATED')).ok).toBe(true);
    expect(await graphSize(db)).toEqual(before);
    expectFailure(
      await standing('upstage', 'ADVANCED', { source: { title: `${SOURCE_TITLE} (other)` } }),
      'CONFLICT',
      'status',
    );
    expect(await graphSize(db)).toEqual(before);
  });
});

describe('recordStage and endMembership', () => {
  const stage = (extra: Record<string, unknown> = {}) =>
    mutate<Payload & { stage: Record<string, unknown> | null }>(RECORD_STAGE, {
      input: {
        programId: 'korea-sovereign-ai',
        id: `${P}stage`,
        name: 'Test stage',
        order: 900,
        status: 'PLANNED',
        source: { title: SOURCE_TITLE },
        ...extra,
      },
    });

  it('records a stage, restates it, and refuses a taken order, an unknown program, an end before the start and order 0', async () => {
    expect(await stage()).toMatchObject({
      ok: true,
      stage: {
        id: `${P}stage`,
        order: 900,
        status: 'PLANNED',
        date: null,
        evaluatesTeams: false,
        sources: [{ title: SOURCE_TITLE }],
      },
    });
    expect(await stage({ status: 'HELD', date: '2027-03-01', name: 'Test stage, held' })).toMatchObject({
      ok: true,
      stage: { status: 'HELD', date: '2027-03-01', name: 'Test stage, held' },
    });
    const before = await graphSize(db);
    expectFailure(await stage({ id: `${P}other` }), 'ALREADY_EXISTS', 'order');
    expectFailure(await stage({ programId: `${P}missing` }), 'NOT_FOUND', 'programId');
    expectFailure(await stage({ date: '2027-03-01', endDate: '2027-02-01' }), 'INVALID_INPUT', 'endDate');
    expectFailure(await stage({ order: 0 }), 'INVALID_INPUT', 'order');
    expect(await graphSize(db)).toEqual(before);
  });

  it('records the end of a membership, citing its source, and refuses an end before its start', async () => {
    await mutate(
      `mutation ($o: UpsertOrganizationInput!, $c: UpsertConsortiumInput!, $m: AddMembershipInput!) {
      a: upsertOrganization(input: $o) { ok error { code message field } }
      b: upsertConsortium(input: $c) { ok error { code message field } }
      c: addMembership(input: $m) { ok error { code message field } } }`,
      {
        o: { id: `${P}org`, name: `T timeline ${RUN} org`, kind: 'COMPANY' },
        c: { id: `${P}team`, name: `T timeline ${RUN} team` },
        m: {
          organizationId: `${P}org`,
          consortiumId: `${P}team`,
          since: '2026-01-01',
          source: { title: SOURCE_TITLE },
        },
      },
    );
    const end = (until: string, extra: Record<string, unknown> = {}) =>
      mutate<Payload & { membership: Record<string, unknown> | null }>(END_MEMBERSHIP, {
        input: {
          organizationId: `${P}org`,
          consortiumId: `${P}team`,
          until,
          quote: 'left the team',
          source: { title: `${SOURCE_TITLE} (end)` },
          ...extra,
        },
      });
    const before = await graphSize(db);
    expectFailure(await end('2025-12-31'), 'INVALID_INPUT', 'until');
    expectFailure(await end('2026-06-30', { consortiumId: `${P}missing` }), 'NOT_FOUND', 'organizationId');
    expect(await graphSize(db)).toEqual(before);
    expect(await end('2026-06-30')).toMatchObject({
      ok: true,
      membership: { since: '2026-01-01', until: '2026-06-30', quotes: ['left the team'] },
    });
    const members = await server.gql<{ consortium: { members: unknown[] } }>(
      `{ consortium(id: "${P}team") { members(asOf: "2026-07-01") { role } } }`,
    );
    expect(members.body.data!.consortium.members).toEqual([]);
  });
});
