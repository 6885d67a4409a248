import { seedConsortiumIds, seedMemberships, seedPartOf } from '../support/seedFacts';
import {
  countedMembership,
  expectedFiltered,
  expectedOfficialMemberCount,
  type FilterCase,
} from '../support/seedFilters';
import { whenCostAccepted } from '../support/sizesRead';
import { useTestServer, type TestServer } from '../support/testServer';

let server: TestServer;
useTestServer((started) => ({ server } = started));

const MULTI = `query($min: Int, $day: Date, $active: Boolean, $rollUp: Boolean, $kinds: [OrganizationKind!],
  $countries: [String!], $consortia: [ID!], $sources: [ID!]) {
  organizationsInMultipleConsortia(minConsortia: $min, asOf: $day, activeOnly: $active, includeAffiliates: $rollUp,
    kinds: $kinds, countries: $countries, consortia: $consortia, sources: $sources, first: 1000) {
    organization { id } consortiumCount consortia { id } } }`;

beforeAll(async () => {
  await whenCostAccepted(server, MULTI, { day: '2025-08-05' });
}, 130_000);

type MultiRow = { organization: { id: string }; consortiumCount: number; consortia: Array<{ id: string }> };

async function multi(filters: FilterCase): Promise<Map<string, string[]>> {
  const response = await server.gql<{ organizationsInMultipleConsortia: MultiRow[] }>(MULTI, {
    min: filters.min ?? 2,
    day: filters.day,
    active: filters.activeOnly,
    rollUp: filters.rollUp,
    kinds: filters.kinds,
    countries: filters.countries,
    consortia: filters.consortia,
    sources: filters.sources,
  });
  expect(response.body.errors).toBeUndefined();
  const rows = response.body.data!.organizationsInMultipleConsortia;
  for (const row of rows) expect(row.consortiumCount).toBe(row.consortia.length);
  return new Map(rows.map((row) => [row.organization.id, row.consortia.map((c) => c.id).sort()]));
}

// null: all time (and, with activeOnly, today: from 1 Sep 2026 the answer no longer changes in the seed).
const DAYS = [null, '2025-08-05', '2026-01-20', '2026-03-01', '2026-09-01'];
const MODES = [
  { activeOnly: false, rollUp: false },
  { activeOnly: false, rollUp: true },
  { activeOnly: true, rollUp: false },
  { activeOnly: true, rollUp: true },
];
const grid = DAYS.flatMap((day) => MODES.map((mode) => ({ day, ...mode })));
const rollUpTop = (org: string): string => (seedPartOf.has(org) ? rollUpTop(seedPartOf.get(org)!) : org);

const MINISTRY = 'donga-sports-132125785';
const ARTICLE = 'koreawave-2025-08-05';

describe('organizationsInMultipleConsortia: kinds, countries, consortia, sources', () => {
  it('"which universities are in several consortia" finds Hanyang and Korea University rolled up, not as worded', async () => {
    const rolledUp = await multi({ day: '2026-03-01', activeOnly: false, rollUp: true, kinds: ['UNIVERSITY'] });
    expect([...rolledUp.keys()]).toEqual(expect.arrayContaining(['hanyang-university', 'korea-university', 'snu']));
    const worded = await multi({ day: '2026-03-01', activeOnly: false, rollUp: false, kinds: ['UNIVERSITY'] });
    expect(worded.has('hanyang-university')).toBe(false);
    expect(worded.has('korea-university')).toBe(false);
  });

  it.each(grid)(
    'kinds [UNIVERSITY] matches the seed files ($day, activeOnly $activeOnly, roll-up $rollUp)',
    async (mode) => {
      const filters = { ...mode, kinds: ['UNIVERSITY'] };
      expect(await multi(filters)).toEqual(expectedFiltered(filters));
    },
  );

  it.each(grid)(
    'kinds [COMPANY, INDUSTRY_ACADEMIA_FOUNDATION], min 1 ($day, activeOnly $activeOnly, roll-up $rollUp)',
    async (mode) => {
      const filters = { ...mode, kinds: ['COMPANY', 'INDUSTRY_ACADEMIA_FOUNDATION'], min: 1 };
      expect(await multi(filters)).toEqual(expectedFiltered(filters));
    },
  );

  it.each(grid)('countries KR, and US at min 1 ($day, activeOnly $activeOnly, roll-up $rollUp)', async (mode) => {
    const korean = { ...mode, countries: ['KR'] };
    expect(await multi(korean)).toEqual(expectedFiltered(korean));
    const american = { ...mode, countries: ['US', 'CN'], min: 1 };
    expect(await multi(american)).toEqual(expectedFiltered(american));
  });

  it.each(grid)('consortia: within three teams ($day, activeOnly $activeOnly, roll-up $rollUp)', async (mode) => {
    const filters = { ...mode, consortia: ['naver-cloud', 'nc-ai', 'motif-technologies'] };
    const expected = expectedFiltered(filters);
    expect(await multi(filters)).toEqual(expected);
  });

  it.each(grid)(
    'sources: the ministry list, then the article ($day, activeOnly $activeOnly, roll-up $rollUp)',
    async (mode) => {
      for (const sources of [[MINISTRY], [ARTICLE]]) {
        const filters = { ...mode, sources, min: 1 };
        expect(await multi(filters)).toEqual(expectedFiltered(filters));
      }
    },
  );

  it.each(grid)('all four filters together ($day, activeOnly $activeOnly, roll-up $rollUp)', async (mode) => {
    const filters = {
      ...mode,
      kinds: ['UNIVERSITY', 'RESEARCH_INSTITUTE'],
      countries: ['KR'],
      consortia: ['naver-cloud', 'upstage', 'sk-telecom', 'nc-ai', 'motif-technologies'],
      sources: [MINISTRY, 'sbs-n1008449264'],
    };
    expect(await multi(filters)).toEqual(expectedFiltered(filters));
  });

  it('the filters change the answer: none of the cases above is the unfiltered one', async () => {
    // Guards the comparisons above against filters that are silently ignored (both sides equal for nothing).
    // min 1: at min 2, rolled up, everyone in several teams is a university, so kinds [UNIVERSITY] changes nothing.
    const base = { day: '2026-03-01', activeOnly: false, rollUp: true, min: 1 };
    const unfiltered = expectedFiltered(base);
    for (const extra of [
      { kinds: ['UNIVERSITY'] },
      { countries: ['US', 'CN'] },
      { consortia: ['naver-cloud', 'nc-ai', 'motif-technologies'] },
      { sources: [ARTICLE] },
    ]) {
      const filtered = expectedFiltered({ ...base, ...extra });
      expect(filtered.size).toBeGreaterThan(0);
      expect(filtered).not.toEqual(unfiltered);
      expect(await multi({ ...base, ...extra })).toEqual(filtered);
    }
  });

  it("the article and the ministry list word SK Telecom's team differently (a university, or its foundation)", async () => {
    const day = '2026-03-01';
    const article = await multi({
      day,
      activeOnly: false,
      rollUp: false,
      consortia: ['sk-telecom'],
      sources: [ARTICLE],
      min: 1,
    });
    const ministry = await multi({
      day,
      activeOnly: false,
      rollUp: false,
      consortia: ['sk-telecom'],
      sources: [MINISTRY],
      min: 1,
    });
    expect(article.has('snu')).toBe(true);
    expect(ministry.has('snu')).toBe(false);
    expect(ministry.has('snu-iacf')).toBe(true);
  });
});

describe('sources on coMembers and consortiumOverlaps', () => {
  const CO_MEMBERS = `query($day: Date, $active: Boolean, $sources: [ID!]) {
    coMembers(organizationId: "kaist", asOf: $day, activeOnly: $active, sources: $sources, first: 1000) {
      organization { id } consortia { id } } }`;
  const OVERLAPS = `query($day: Date, $active: Boolean, $rollUp: Boolean, $sources: [ID!]) {
    consortiumOverlaps(asOf: $day, activeOnly: $active, includeAffiliates: $rollUp, sources: $sources) {
      a { id } b { id } shared { id } } }`;
  const cases = [null, '2025-08-05', '2026-03-01'].flatMap((day) =>
    [[MINISTRY], [ARTICLE]].flatMap((sources) =>
      [false, true].map((activeOnly) => ({ day, sources, activeOnly, rollUp: activeOnly })),
    ),
  );
  const teams = (filters: FilterCase) => {
    const byTeam = new Map<string, string[]>();
    for (const m of seedMemberships) {
      if (!countedMembership(m, filters)) continue;
      byTeam.set(m.consortium, [...(byTeam.get(m.consortium) ?? []), m.org]);
    }
    return byTeam;
  };

  it.each(cases)('coMembers of KAIST ($day, $sources, activeOnly $activeOnly)', async (filters) => {
    const shared = new Map<string, string[]>();
    for (const [team, members] of teams(filters)) {
      if (!members.includes('kaist')) continue;
      for (const other of members) if (other !== 'kaist') shared.set(other, [...(shared.get(other) ?? []), team]);
    }
    const response = await server.gql<{
      coMembers: Array<{ organization: { id: string }; consortia: Array<{ id: string }> }>;
    }>(CO_MEMBERS, { day: filters.day, active: filters.activeOnly, sources: filters.sources });
    expect(response.body.errors).toBeUndefined();
    const answer = new Map(
      response.body.data!.coMembers.map((row) => [row.organization.id, row.consortia.map((c) => c.id).sort()]),
    );
    expect(answer).toEqual(new Map([...shared].map(([org, list]) => [org, list.sort()])));
  });

  it.each(cases)('consortiumOverlaps ($day, $sources, activeOnly and roll-up $activeOnly)', async (filters) => {
    const holderOf = (org: string) => (filters.rollUp ? rollUpTop(org) : org);
    const teamsOf = new Map<string, Set<string>>();
    for (const [team, members] of teams(filters)) {
      for (const org of members) teamsOf.set(holderOf(org), (teamsOf.get(holderOf(org)) ?? new Set()).add(team));
    }
    const pairs = new Map<string, string[]>();
    for (const [holder, list] of teamsOf) {
      for (const a of list)
        for (const b of list) if (a < b) pairs.set(`${a}|${b}`, [...(pairs.get(`${a}|${b}`) ?? []), holder]);
    }
    const response = await server.gql<{
      consortiumOverlaps: Array<{ a: { id: string }; b: { id: string }; shared: Array<{ id: string }> }>;
    }>(OVERLAPS, { day: filters.day, active: filters.activeOnly, rollUp: filters.rollUp, sources: filters.sources });
    expect(response.body.errors).toBeUndefined();
    const answer = new Map(
      response.body.data!.consortiumOverlaps.map((row) => [
        `${row.a.id}|${row.b.id}`,
        row.shared.map((o) => o.id).sort(),
      ]),
    );
    expect(answer).toEqual(new Map([...pairs].map(([pair, shared]) => [pair, shared.sort()])));
  });
});

describe('Consortium.officialMemberCount', () => {
  it('is the count of the source stating the complete list, beside memberCount, for every team', async () => {
    const response = await server.gql<{
      consortia: Array<{ id: string; memberCount: number; officialMemberCount: number | null }>;
    }>('{ consortia { id memberCount officialMemberCount } }');
    expect(response.body.errors).toBeUndefined();
    const answer = new Map(response.body.data!.consortia.map((c) => [c.id, c.officialMemberCount]));
    expect(answer).toEqual(new Map(seedConsortiumIds.map((id) => [id, expectedOfficialMemberCount(id)])));
    // The question's point: where a source names a university and another its foundation, they differ.
    const byId = new Map(response.body.data!.consortia.map((c) => [c.id, c]));
    expect(byId.get('upstage')!.memberCount).toBeGreaterThan(byId.get('upstage')!.officialMemberCount!);
    expect(byId.get('motif-technologies')!.officialMemberCount).toBe(17);
    expect([...answer.values()]).toContain(null);
  });
});

describe('filter arguments a client got wrong', () => {
  const errorOf = async (query: string) => {
    const response = await server.gql(query);
    expect(response.body.data?.organizationsInMultipleConsortia ?? null).toBeNull();
    expect(response.body.errors).toHaveLength(1);
    return { status: response.status, ...response.body.errors![0]! };
  };

  it('an unknown kind is refused by the schema (200 to an application/json client), naming the nearest', async () => {
    const error = await errorOf('{ organizationsInMultipleConsortia(kinds: [UNIVERSITE]) { organization { id } } }');
    expect(error.status).toBe(200);
    expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toMatch(/"UNIVERSITE" does not exist in "OrganizationKind".*"UNIVERSITY"/);
  });

  it.each([
    ['countries: ["Korea"]', /countries: "Korea" is not an ISO 3166-1 alpha-2 code/],
    ['countries: ["kr", "KOR"]', /countries: "kr", "KOR" are not ISO 3166-1 alpha-2 codes/],
    [
      'sources: ["no-such-source", "koreawave-2025-08-05", "nor-this"]',
      /sources: no such id "no-such-source", "nor-this"; sourcesConnection/,
    ],
    ['consortia: ["no-such-team"]', /consortia: no such id "no-such-team"; consortiaConnection/],
    ['sources: []', /sources must name at least one value/],
    ['kinds: []', /kinds must name at least one value/],
  ])('%s: one BAD_USER_INPUT that says what is wrong', async (argument, message) => {
    const error = await errorOf(`{ organizationsInMultipleConsortia(${argument}) { organization { id } } }`);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(message);
  });

  it('coMembers and consortiumOverlaps check their sources the same way', async () => {
    for (const query of [
      '{ coMembers(organizationId: "kaist", sources: ["nope"]) { sharedCount } }',
      '{ consortiumOverlaps(sources: ["nope"]) { sharedCount } }',
    ]) {
      const response = await server.gql(query);
      expect(response.body.errors).toHaveLength(1);
      expect(response.body.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.body.errors![0]!.message).toMatch(/sources: no such id "nope"/);
    }
  });

  it('more than 1000 values are refused before any read', async () => {
    const countries = Array.from({ length: 1001 }, () => 'KR');
    const response = await server.gql(
      'query($countries: [String!]) { organizationsInMultipleConsortia(countries: $countries) { organization { id } } }',
      { countries },
    );
    expect(response.body.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.body.errors![0]!.message).toMatch(/countries takes at most 1000 values, got 1001/);
  });
});

describe('sources on network', () => {
  const NETWORK = `query($projection: NetworkProjection, $day: Date, $active: Boolean, $sources: [ID!]) {
    network(projection: $projection, asOf: $day, activeOnly: $active, sources: $sources) {
      nodes { id type consortiumCount } edges { source target type weight } } }`;
  type Answer = {
    network: {
      nodes: Array<{ id: string; type: string; consortiumCount: number }>;
      edges: Array<{ source: string; target: string; type: string; weight: number }>;
    };
  };
  const cases = [null, '2026-03-01'].flatMap((day) =>
    [[MINISTRY], [ARTICLE]].flatMap((sources) => [false, true].map((activeOnly) => ({ day, sources, activeOnly }))),
  );
  const pairKey = (a: string, b: string) => [a, b].sort().join('|');
  const counted = (filters: Omit<FilterCase, 'rollUp'>) =>
    seedMemberships.filter((m) => countedMembership(m, { ...filters, rollUp: false }));

  it.each(cases)(
    'BIPARTITE: one edge per membership citing $sources ($day, activeOnly $activeOnly)',
    async (filters) => {
      const response = await server.gql<Answer>(NETWORK, {
        projection: 'BIPARTITE',
        day: filters.day,
        active: filters.activeOnly,
        sources: filters.sources,
      });
      expect(response.body.errors).toBeUndefined();
      const expected = counted(filters).map((m) => pairKey(`org:${m.org}`, `consortium:${m.consortium}`));
      const edges = response.body.data!.network.edges.map((edge) => pairKey(edge.source, edge.target));
      expect(edges.sort()).toEqual(expected.sort());
      const kaist = response.body.data!.network.nodes.find((node) => node.id === 'org:kaist');
      expect(kaist?.consortiumCount).toBe(counted(filters).filter((m) => m.org === 'kaist').length);
    },
  );

  it.each(cases)(
    'CO_MEMBERSHIP: pairs weighted by the teams both cite $sources in ($day, activeOnly $activeOnly)',
    async (filters) => {
      const membersOf = new Map<string, string[]>();
      for (const m of counted(filters)) membersOf.set(m.consortium, [...(membersOf.get(m.consortium) ?? []), m.org]);
      const expected = new Map<string, number>();
      for (const members of membersOf.values()) {
        for (const a of members) {
          for (const b of members) {
            if (a < b)
              expected.set(pairKey(`org:${a}`, `org:${b}`), (expected.get(pairKey(`org:${a}`, `org:${b}`)) ?? 0) + 1);
          }
        }
      }
      const response = await server.gql<Answer>(NETWORK, {
        projection: 'CO_MEMBERSHIP',
        day: filters.day,
        active: filters.activeOnly,
        sources: filters.sources,
      });
      expect(response.body.errors).toBeUndefined();
      const answer = new Map(
        response.body.data!.network.edges.map((edge) => [pairKey(edge.source, edge.target), edge.weight]),
      );
      expect(answer).toEqual(expected);
    },
  );

  it('an unknown source is one BAD_USER_INPUT', async () => {
    const response = await server.gql('{ network(sources: ["nope"]) { nodes { id } } }');
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.body.errors![0]!.message).toMatch(/sources: no such id "nope"; sourcesConnection lists the ids/);
  });
});
