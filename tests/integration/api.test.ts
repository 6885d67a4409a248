import type { Database } from '../../src/db/database';
import { expectedMultiConsortium, seedConsortiumIds, seedMemberships } from '../support/seedFacts';
import { useTestServer, type TestServer } from '../support/testServer';

let db: Database;
let server: TestServer;
useTestServer((started) => ({ db, server } = started));

/** Runs a query that must succeed and returns its data. */
async function data<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await server.gql<T>(query, variables);
  expect(response.body.errors).toBeUndefined();
  expect(response.status).toBe(200);
  return response.body.data!;
}

/** Runs a query that must fail and returns its first error. */
async function firstError(query: string, variables?: Record<string, unknown>) {
  const response = await server.gql(query, variables);
  expect(response.body.errors?.length).toBeGreaterThan(0);
  return { status: response.status, error: response.body.errors![0]! };
}

describe('single lookups', () => {
  it('finds an organisation by id with its names, parent and memberships, and null for an unknown id', async () => {
    const result = await data(`{
      organization(id: "snu-iacf") { name nameKo nameJa kind parent { id affiliates { id } }
        memberships { consortium { id } role sources { id } } }
      unknown: organization(id: "no-such-org") { id }
    }`);
    expect(result.organization.nameKo).toBe('서울대학교 산학협력단');
    expect(result.organization.nameJa).toBe('ソウル大学産学協力団');
    expect(result.organization.kind).toBe('INDUSTRY_ACADEMIA_FOUNDATION');
    expect(result.organization.parent.id).toBe('snu');
    expect(result.organization.parent.affiliates.map((a: { id: string }) => a.id)).toContain('snu-iacf');
    const expected = seedMemberships
      .filter((m) => m.org === 'snu-iacf')
      .map((m) => m.consortium)
      .sort();
    expect(result.organization.memberships.map((m: any) => m.consortium.id).sort()).toEqual(expected);
    expect(result.unknown).toBeNull();
  });

  it('gives a consortium its program, lead, members filtered by kind and role, and models', async () => {
    const result = await data(`{
      consortium(id: "lg-ai-research") {
        name strategy program { id runBy { id } } lead { id } memberCount
        all: members { organization { id } }
        universities: members(kind: UNIVERSITY) { organization { id } }
        leads: members(role: LEAD) { organization { id } }
        models { id basedOn { id } }
        memberLists { source { id } complete }
        standing(asOf: "2026-02-01") { status stage { id } }
      }
      unknown: consortium(id: "nope") { id }
    }`);
    const c = result.consortium;
    expect(c.strategy).toBe('INDUSTRY_SPECIALISED');
    expect(c.program).toEqual({ id: 'korea-sovereign-ai', runBy: { id: 'msit' } });
    expect(c.lead.id).toBe('lg-ai-research');
    const members = seedMemberships.filter((m) => m.consortium === 'lg-ai-research');
    expect(c.all).toHaveLength(members.length);
    expect(c.memberCount).toBe(members.length);
    expect(c.universities).toEqual([]);
    expect(c.leads).toEqual([{ organization: { id: 'lg-ai-research' } }]);
    expect(c.models.find((m: any) => m.basedOn.some((b: any) => b.id === 'exaone-4-0'))).toBeDefined();
    expect(c.memberLists.every((list: any) => list.complete)).toBe(true);
    expect(c.standing.status).toBe('ADVANCED');
    expect(result.unknown).toBeNull();
  });
});

describe('organizations connection', () => {
  it('pages through all organisations by name with cursors, counting only when asked', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (;;) {
      const page: any = await data(
        `query($after: String) { organizations(first: 25, after: $after) {
           totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      total = page.organizations.totalCount;
      seen.push(...page.organizations.edges.map((edge: any) => edge.node.name));
      if (!page.organizations.pageInfo.hasNextPage) break;
      after = page.organizations.pageInfo.endCursor;
    }
    const [row] = await db.read<{ n: number }>('MATCH (o:Organization) RETURN count(o) AS n');
    expect(seen).toHaveLength(row!.n);
    expect(total).toBe(row!.n);
    expect(seen).toEqual([...seen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('orders by number of consortia and filters by kind, country, consortium, name and minConsortia', async () => {
    const result = await data(`{
      top: organizations(orderBy: {field: CONSORTIUM_COUNT, direction: DESC}, first: 3) { edges { node { id consortiumCount } } }
      universities: organizations(filter: {kinds: [UNIVERSITY], countries: ["US"]}) { edges { node { id } } }
      inUpstage: organizations(filter: {consortiumId: "upstage"}, first: 100) { totalCount }
      named: organizations(filter: {nameContains: "서울대"}) { edges { node { id } } }
      multi: organizations(filter: {minConsortia: 2}, first: 100) { edges { node { id } } }
    }`);
    expect(result.top.edges[0].node).toEqual({ id: 'kaist', consortiumCount: 6 });
    expect(result.universities.edges).toEqual([{ node: { id: 'university-of-wisconsin' } }]);
    expect(result.inUpstage.totalCount).toBe(seedMemberships.filter((m) => m.consortium === 'upstage').length);
    expect(result.named.edges.map((e: any) => e.node.id).sort()).toEqual(['snu', 'snu-iacf']);
    const allTime = expectedMultiConsortium({ day: null, activeOnly: false, rollUp: false });
    expect(result.multi.edges.map((e: any) => e.node.id).sort()).toEqual([...allTime.keys()].sort());
  });

  it.each([
    ['first: -1', '{ organizations(first: -1) { totalCount } }', /first must be between 1 and 1000, got -1/],
    ['first too large', '{ organizations(first: 5000) { totalCount } }', /first must be between 1 and 1000, got 5000/],
    [
      'a malformed cursor',
      '{ organizations(after: "garbage!") { totalCount } }',
      /after is not a cursor returned by this API/,
    ],
    [
      'a day that does not exist',
      'query($d: Date) { organizationsInMultipleConsortia(asOf: $d) { consortiumCount } }',
      /Date 2026-02-30 is not a calendar day/,
    ],
    [
      'a date in another format',
      'query($d: Date) { organizationsInMultipleConsortia(asOf: $d) { consortiumCount } }',
      /Date must be a day written YYYY-MM-DD, got "1 March 2026"/,
    ],
  ])('refuses %s with BAD_USER_INPUT and says what is allowed', async (name, query, message) => {
    const variables = { d: name === 'a date in another format' ? '1 March 2026' : '2026-02-30' };
    const { error } = await firstError(query, variables);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(message);
  });

  it('refuses an unknown enum value with a 200 (a request error, to an application/json client) that names the allowed values', async () => {
    const { status, error } = await firstError('{ organizations(filter: {kinds: [STARTUP]}) { totalCount } }');
    expect(status).toBe(200);
    expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toMatch(/STARTUP/);
  });
});

describe('the main question over HTTP', () => {
  it.each([
    [null, false, false],
    ['2025-08-05', false, false],
    ['2025-08-05', false, true],
    ['2026-03-01', true, false],
    ['2026-03-01', true, true],
  ] as const)(
    'asOf %s, activeOnly %s, includeAffiliates %s matches the seeds',
    async (asOf, activeOnly, includeAffiliates) => {
      const result = await data(
        `query($asOf: Date, $activeOnly: Boolean, $inc: Boolean) {
        organizationsInMultipleConsortia(asOf: $asOf, activeOnly: $activeOnly, includeAffiliates: $inc) {
          organization { id } consortiumCount consortia { id } } }`,
        { asOf, activeOnly, inc: includeAffiliates },
      );
      const items = result.organizationsInMultipleConsortia;
      const expected = expectedMultiConsortium({ day: asOf, activeOnly, rollUp: includeAffiliates });
      expect(
        Object.fromEntries(items.map((i: any) => [i.organization.id, i.consortia.map((c: any) => c.id).sort()])),
      ).toEqual(Object.fromEntries(expected));
      const counts = items.map((i: any) => i.consortiumCount);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    },
  );
});

describe('program, overlaps, co-members and search', () => {
  it('gives the program timeline in order and each team standing on a day', async () => {
    const result = await data(`{
      program(id: "korea-sovereign-ai") {
        runBy { id } stages { order date status }
        teams(asOf: "2026-03-01", activeOnly: true) { consortium { id } status }
        all: teams(asOf: "2026-02-01") { consortium { id } status reason }
      }
      programs { id }
    }`);
    const orders = result.program.stages.map((s: any) => s.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(result.program.teams.map((t: any) => t.consortium.id).sort()).toEqual([
      'lg-ai-research',
      'motif-technologies',
      'sk-telecom',
      'upstage',
    ]);
    const naver = result.program.all.find((t: any) => t.consortium.id === 'naver-cloud');
    expect(naver.status).toBe('ELIMINATED');
    expect(naver.reason).toMatch(/originality/i);
    expect(result.programs).toEqual([{ id: 'korea-sovereign-ai' }]);
  });

  it('lists every pair of consortia that share organisations, computed independently', async () => {
    const result = await data('{ consortiumOverlaps { a { id } b { id } sharedCount shared { id } } }');
    const membersOf = (c: string) => new Set(seedMemberships.filter((m) => m.consortium === c).map((m) => m.org));
    const expected: string[] = [];
    const ids = [...seedConsortiumIds].sort();
    for (const a of ids) {
      for (const b of ids) {
        if (a >= b) continue;
        const shared = [...membersOf(a)].filter((org) => membersOf(b).has(org)).sort();
        if (shared.length > 0) expected.push(`${a}|${b}|${shared.join(',')}`);
      }
    }
    const actual = result.consortiumOverlaps.map(
      (o: any) =>
        `${o.a.id}|${o.b.id}|${o.shared
          .map((s: any) => s.id)
          .sort()
          .join(',')}`,
    );
    expect(actual.sort()).toEqual(expected.sort());
  });

  it('gives co-members of KAIST with how many consortia they share', async () => {
    const result = await data('{ coMembers(organizationId: "kaist") { organization { id } sharedCount } }');
    const kaistConsortia = new Set(seedMemberships.filter((m) => m.org === 'kaist').map((m) => m.consortium));
    const expected = new Map<string, number>();
    for (const m of seedMemberships) {
      if (m.org !== 'kaist' && kaistConsortia.has(m.consortium)) expected.set(m.org, (expected.get(m.org) ?? 0) + 1);
    }
    expect(new Map(result.coMembers.map((c: any) => [c.organization.id, c.sharedCount]))).toEqual(expected);
  });

  it.each(['KAIST', '韓国科学技術院', '한국과학기술원', 'kaist'])('search finds KAIST first for %s', async (text) => {
    const result = await data('query($t: String!) { search(text: $t) { organization { id } score } }', { t: text });
    expect(result.search[0].organization.id).toBe('kaist');
  });

  it('searches Lucene syntax as plain text, without an error', async () => {
    const result = await data('{ search(text: "*~\\"( AND OR [x TO y] \\\\") { organization { id } } }');
    expect(Array.isArray(result.search)).toBe(true);
  });

  it('reaches people, models and sources', async () => {
    const result = await data(`{
      persons { name positions { title organization { id } sources { publisher } } }
      models { id developers { organization { id } consortium { id } } }
      sources { id url }
    }`);
    expect(result.persons.map((p: any) => p.positions[0].organization.id).sort()).toEqual([
      'lg-ai-research',
      'upstage',
    ]);
    expect(result.models.length).toBeGreaterThan(5);
    expect(result.sources).toHaveLength(16);
  });
});
