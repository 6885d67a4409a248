import type { Database } from '../../src/db/database';
import { seedConsortiumIds, seedMemberships } from '../support/seedFacts';
import { useTestServer, type TestServer } from '../support/testServer';

/**
 * Look-ahead (src/graphql/lookahead.ts, src/graphql/prefetch.ts): `organization(id)` and `consortium(id)` read
 * their memberships in the same statement when the selection asks for them, and nested lists read only the
 * fields of the node at the other end that the selection needs. The answers must equal hand-written Cypher and
 * the loader path (the same fields reached through a nested list, where no look-ahead applies).
 */

let db: Database;
let server: TestServer;
useTestServer((started) => ({ db, server } = started));

async function data<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await server.gql<T>(query, variables);
  expect(response.body.errors).toBeUndefined();
  return response.body.data!;
}

/** The data and the number of Cypher statements sent while answering. */
async function counted(query: string, variables?: Record<string, unknown>) {
  let statements = 0;
  const stop = db.observe(() => statements++);
  try {
    return { result: await data(query, variables), statements };
  } finally {
    stop();
  }
}

/** The organisation in the seed with the most memberships. */
const HUB = (() => {
  const counts = new Map<string, number>();
  for (const membership of seedMemberships) counts.set(membership.org, (counts.get(membership.org) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
})();
const CONSORTIUM = seedConsortiumIds[0]!;

// The benchmark's floor statements (bench/questions.ts), written by hand, independent of src/db/reads.
const ORGANIZATION_CYPHER = `MATCH (o:Organization {id: $id})
  RETURN o { .id, .name, memberships: [(o)-[m:MEMBER_OF]->(c:Consortium) |
    { role: m.role, since: toString(m.since), until: toString(m.until), consortium: c { .id, .name },
      sortName: c.name }] } AS organization`;
const CONSORTIUM_CYPHER = `MATCH (c:Consortium {id: $id})
  RETURN c { .id, .name, members: [(o:Organization)-[m:MEMBER_OF]->(c) |
    { role: m.role, organization: o { .id, .name, .kind } }] } AS consortium`;

describe('organization(id) with its memberships', () => {
  const QUERY = `query Org($id: ID!) {
    organization(id: $id) { id name memberships { role since until consortium { id name } } }
  }`;

  it('is answered by one statement, equal to hand-written Cypher in the documented order', async () => {
    const { result, statements } = await counted(QUERY, { id: HUB });
    expect(statements).toBe(1);
    const [row] = await db.read<{ organization: any }>(ORGANIZATION_CYPHER, { id: HUB });
    const expected = row!.organization;
    // Ordered by consortium name, then id (the schema's order), sorted here independently.
    expected.memberships.sort((a: any, b: any) =>
      a.sortName < b.sortName ? -1 : a.sortName > b.sortName ? 1 : a.consortium.id < b.consortium.id ? -1 : 1,
    );
    for (const membership of expected.memberships) delete membership.sortName;
    expect(result.organization).toEqual(expected);
    expect(result.organization.memberships.length).toBe(seedMemberships.filter((m) => m.org === HUB).length);
  });

  it('answers the same as the loader path (the organisation reached as a nested member)', async () => {
    const direct = await data(QUERY, { id: HUB });
    const nested = await data(
      `query Via($c: ID!) { consortium(id: $c) { id members { organization {
        id name memberships { role since until consortium { id name } } } } } }`,
      { c: seedMemberships.find((m) => m.org === HUB)!.consortium },
    );
    const viaLoader = nested.consortium.members.find((member: any) => member.organization.id === HUB).organization;
    expect(viaLoader).toEqual(direct.organization);
  });

  it('reads full consortia when the selection needs more than id and name, with the same values', async () => {
    const fields = 'id name slogan memberCount startDate endDate program { id } sloganSources { id }';
    const { result } = await counted(
      `query Org($id: ID!) { organization(id: $id) { memberships { consortium { ${fields} } } consortia { ${fields} } } }`,
      { id: HUB },
    );
    const ids = result.organization.memberships.map((m: any) => m.consortium.id);
    // Every consortium through Query.consortia, a read that shares nothing with the memberships path.
    const byId = await data(`{ consortia { ${fields} } }`);
    const expected = ids.map((id: string) => byId.consortia.find((c: any) => c.id === id));
    expect(result.organization.memberships.map((m: any) => m.consortium)).toEqual(expected);
    expect(result.organization.consortia).toEqual(expected);
  });

  it('keeps brief and full consortia apart when one request asks for both', async () => {
    const result = await data(
      `query Org($id: ID!) {
        brief: organization(id: $id) { memberships { consortium { id } } }
        full: organization(id: $id) { memberships { consortium { id memberCount } } }
        again: organization(id: $id) { consortia { name memberCount } }
      }`,
      { id: HUB },
    );
    const [row] = await db.read<{ counts: Array<{ id: string; name: string; memberCount: number }> }>(
      `MATCH (:Organization {id: $id})-[:MEMBER_OF]->(c:Consortium)
       WITH c ORDER BY c.name, c.id RETURN collect(c { .id, .name, memberCount: coalesce(c.memberCount, 0) }) AS counts`,
      { id: HUB },
    );
    expect(result.brief.memberships.map((m: any) => m.consortium)).toEqual(row!.counts.map(({ id }) => ({ id })));
    expect(result.full.memberships.map((m: any) => m.consortium)).toEqual(
      row!.counts.map(({ id, memberCount }) => ({ id, memberCount })),
    );
    expect(result.again.consortia).toEqual(row!.counts.map(({ name, memberCount }) => ({ name, memberCount })));
  });

  it('reads memberships on a day with the organisation, and null for an unknown id in one statement', async () => {
    const day = '2025-08-05';
    const { result } = await counted(
      `query Org($id: ID!, $day: Date) { organization(id: $id) { memberships(asOf: $day) { consortium { id } } } }`,
      { id: HUB, day },
    );
    const rows = await db.read<{ id: string }>(
      `MATCH (:Organization {id: $id})-[m:MEMBER_OF]->(c:Consortium)
       WHERE coalesce(m.since, c.startDate, date($day)) <= date($day) AND (m.until IS NULL OR m.until >= date($day))
       RETURN c.id AS id ORDER BY c.name, c.id`,
      { id: HUB, day },
    );
    expect(result.organization.memberships.map((m: any) => m.consortium.id)).toEqual(rows.map((r) => r.id));
    const unknown = await counted(`{ organization(id: "no-such-org") { id memberships { role } } }`);
    expect(unknown.result.organization).toBeNull();
    expect(unknown.statements).toBe(1);
  });
});

describe('consortium(id) with its members', () => {
  it('is answered by one statement, equal to hand-written Cypher, lead first then by name', async () => {
    const { result, statements } = await counted(
      `query C($id: ID!) { consortium(id: $id) { id name members { role organization { id name kind } } } }`,
      { id: CONSORTIUM },
    );
    expect(statements).toBe(1);
    const [row] = await db.read<{ consortium: any }>(CONSORTIUM_CYPHER, { id: CONSORTIUM });
    const expected = row!.consortium;
    const rank = (member: any) => (member.role === 'LEAD' ? 0 : 1);
    expected.members.sort(
      (a: any, b: any) =>
        rank(a) - rank(b) ||
        (a.organization.name < b.organization.name ? -1 : a.organization.name > b.organization.name ? 1 : 0) ||
        (a.organization.id < b.organization.id ? -1 : 1),
    );
    expect(result.consortium).toEqual(expected);
  });

  it('gives the lead and filtered members with full organisations equal to organization(id)', async () => {
    const result = await data(
      `query C($id: ID!) { consortium(id: $id) { lead { id name country aliases consortiumCount }
        members(role: LEAD) { organization { id name country aliases consortiumCount } } } }`,
      { id: CONSORTIUM },
    );
    const leadId = seedMemberships.find((m) => m.consortium === CONSORTIUM && m.role === 'LEAD')!.org;
    const lead = await data(`query O($id: ID!) { organization(id: $id) { id name country aliases consortiumCount } }`, {
      id: leadId,
    });
    expect(result.consortium.lead).toEqual(lead.organization);
    expect(result.consortium.members).toEqual([{ organization: lead.organization }]);
  });
});

describe('organizationsInMultipleConsortia', () => {
  it('reads brief consortia when only id and name are asked, equal to the full read', async () => {
    const brief = await data(
      `{ organizationsInMultipleConsortia(first: 5) { organization { id } consortia { id name } } }`,
    );
    const full = await data(
      `{ organizationsInMultipleConsortia(first: 5) { organization { id } consortia { id name memberCount } } }`,
    );
    expect(brief.organizationsInMultipleConsortia.length).toBeGreaterThan(0);
    expect(brief.organizationsInMultipleConsortia).toEqual(
      full.organizationsInMultipleConsortia.map((item: any) => ({
        organization: item.organization,
        consortia: item.consortia.map(({ id, name }: any) => ({ id, name })),
      })),
    );
  });
});

describe('organizationsInMultipleConsortia without consortia', () => {
  it('answers the same organisations and counts from the stored counts, without reading a membership', async () => {
    const sent: string[] = [];
    const stop = db.observe(({ cypher }) => sent.push(cypher));
    let countsOnly;
    try {
      countsOnly = await data(
        `{ organizationsInMultipleConsortia(minConsortia: 2, first: 20) { organization { id name } consortiumCount } }`,
      );
    } finally {
      stop();
    }
    expect(sent).toHaveLength(1);
    expect(sent[0]).not.toContain('MEMBER_OF');
    const [row] = await db.read<{ expected: Array<{ id: string; count: number }> }>(
      `MATCH (o:Organization)-[:MEMBER_OF]->(c:Consortium)
       WITH o, count(DISTINCT c) AS count WHERE count >= 2
       WITH o, count ORDER BY count DESC, o.name, o.id LIMIT 20
       RETURN collect({id: o.id, count: count}) AS expected`,
    );
    expect(row!.expected.length).toBeGreaterThan(0);
    expect(
      countsOnly.organizationsInMultipleConsortia.map((item: any) => ({
        id: item.organization.id,
        count: item.consortiumCount,
      })),
    ).toEqual(row!.expected);
  });
});

describe('responses', () => {
  it('are still marked uncacheable', async () => {
    const response = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ organization(id: "kaist") { id } }' }),
    });
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
