import type { Database } from '../../src/db/database';
import { GraphWrites } from '../../src/db/writes/graphWrites';
import { graphSize, openTestDatabase } from '../support/testDatabase';
import { startTestServer, type TestServer } from '../support/testServer';

const TOKEN = 'test-writer-token-0123456789';
const AUTH = { authorization: `Bearer ${TOKEN}` };
const RUN = Math.random().toString(36).slice(2, 8);
const P = `t-mut-${RUN}-`;
const SEED_SOURCE = 'koreawave-2025-08-05';
const SECOND_SOURCE = 'kharn-28442';

let db: Database;
let server: TestServer;

type Payload = { ok: boolean; error: { code: string; message: string; field: string | null } | null };

const UPSERT_ORG = `mutation ($input: UpsertOrganizationInput!) {
  upsertOrganization(input: $input) { ok error { code message field } organization { id name nameKo kind country aliases } }
}`;
const UPSERT_CONSORTIUM = `mutation ($input: UpsertConsortiumInput!) {
  upsertConsortium(input: $input) { ok error { code message field } consortium { id name memberCount } }
}`;
const ADD_MEMBERSHIP = `mutation ($input: AddMembershipInput!) {
  addMembership(input: $input) { ok error { code message field } membership { role since until sources { id } } }
}`;
const MERGE = `mutation ($keepId: ID!, $mergeIds: [ID!]!) {
  mergeOrganizations(keepId: $keepId, mergeIds: $mergeIds) {
    ok error { code message field } organization { id aliases consortiumCount }
  }
}`;

/** Runs a mutation with the writer's token and answers its payload. */
async function mutate<T extends Payload>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await server.gql<Record<string, T>>(query, variables, AUTH);
  expect(response.body.errors).toBeUndefined();
  return Object.values(response.body.data!)[0]!;
}

const org = (id: string, extra: Record<string, unknown> = {}) =>
  mutate(UPSERT_ORG, { input: { id: P + id, name: `T Mut ${RUN} ${id}`, kind: 'COMPANY', ...extra } });
const consortium = (id: string) =>
  mutate(UPSERT_CONSORTIUM, { input: { id: P + id, name: `T Mut ${RUN} team ${id}` } });
const member = (orgId: string, consortiumId: string, extra: Record<string, unknown> = {}) =>
  mutate<Payload & { membership: { sources: Array<{ id: string }> } | null }>(ADD_MEMBERSHIP, {
    input: { organizationId: P + orgId, consortiumId: P + consortiumId, sourceId: SEED_SOURCE, ...extra },
  });

function expectFailure(payload: Payload, code: string, field?: string) {
  expect(payload.ok).toBe(false);
  expect(payload.error?.code).toBe(code);
  if (field !== undefined) expect(payload.error?.field).toBe(field);
}

/** Relationships of each type touching the given nodes, counted straight from the graph. */
async function relationshipsByType(ids: string[]): Promise<Record<string, number>> {
  const rows = await db.read<{ type: string; count: number }>(
    'MATCH (n:Organization)-[r]-() WHERE n.id IN $ids RETURN type(r) AS type, count(DISTINCT r) AS count',
    { ids },
  );
  return Object.fromEntries(rows.map((row) => [row.type, row.count]));
}

beforeAll(async () => {
  db = openTestDatabase();
  server = await startTestServer(db, { apiTokens: [TOKEN] });
});

afterAll(async () => {
  await db.write('MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix: P });
  await db.write('MATCH (s:Source) WHERE s.title STARTS WITH $prefix DETACH DELETE s', { prefix: `T Mut ${RUN}` });
  await server.stop();
  await db.close();
});

describe('authentication', () => {
  const attempts: Array<[string, Record<string, string>]> = [
    ['no token', {}],
    ['a wrong token', { authorization: 'Bearer not-the-right-token-at-all' }],
    ['a token that is a prefix of the right one', { authorization: `Bearer ${TOKEN.slice(0, 20)}` }],
  ];

  it.each(attempts)('refuses every mutation with %s, writing nothing', async (_label, headers) => {
    const before = await graphSize(db);
    const calls = [
      server.gql(UPSERT_ORG, { input: { id: `${P}intruder`, name: 'Intruder', kind: 'COMPANY' } }, headers),
      server.gql(MERGE, { keepId: 'kaist', mergeIds: ['snu'] }, headers),
      server.gql(
        ADD_MEMBERSHIP,
        { input: { organizationId: 'kaist', consortiumId: 'x', sourceId: SEED_SOURCE } },
        headers,
      ),
    ];
    for (const response of await Promise.all(calls)) {
      expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(JSON.stringify(response.body)).not.toContain(TOKEN);
    }
    expect(await graphSize(db)).toEqual(before);
  });

  it('keeps reads public', async () => {
    const response = await server.gql<{ organization: { id: string } }>('{ organization(id: "kaist") { id } }');
    expect(response.body.data?.organization.id).toBe('kaist');
  });
});

describe('upserts', () => {
  it('creates an organisation, then updates only the fields given', async () => {
    const created = await org('upsert', { nameKo: '테스트', aliases: ['Upsert Alias'], country: 'kr' });
    expect(created).toMatchObject({ ok: true, error: null });
    const updated = await mutate<Payload & { organization: Record<string, unknown> }>(UPSERT_ORG, {
      input: { id: `${P}upsert`, name: 'Renamed', kind: 'university' },
    });
    expect(updated.organization).toMatchObject({
      name: 'Renamed',
      kind: 'UNIVERSITY',
      nameKo: '테스트',
      country: 'KR',
      aliases: ['Upsert Alias'],
    });
  });

  it('answers an invalid kind as a payload error naming the allowed kinds, writing nothing', async () => {
    const before = await graphSize(db);
    const payload = await org('badkind', { kind: 'startup' });
    expectFailure(payload, 'INVALID_INPUT', 'kind');
    expect(payload.error?.message).toBe(
      'kind "startup" is not one of COMPANY, UNIVERSITY, RESEARCH_INSTITUTE, GOVERNMENT_AGENCY, INDUSTRY_ACADEMIA_FOUNDATION, OTHER',
    );
    expect(await graphSize(db)).toEqual(before);
  });

  it('takes the kind as the OrganizationKind enum (organizationKind), and needs it or the deprecated kind', async () => {
    const typed = await mutate<Payload & { organization: Record<string, unknown> }>(UPSERT_ORG, {
      input: { id: `${P}enum-kind`, name: `T Mut ${RUN} enum`, organizationKind: 'RESEARCH_INSTITUTE' },
    });
    expect(typed).toMatchObject({ ok: true, organization: { kind: 'RESEARCH_INSTITUTE' } });
    const before = await graphSize(db);
    const neither = await mutate(UPSERT_ORG, { input: { id: `${P}no-kind`, name: `T Mut ${RUN} none` } });
    expectFailure(neither, 'INVALID_INPUT', 'kind');
    expect(neither.error?.message).toBe(
      'kind is required: one of COMPANY, UNIVERSITY, RESEARCH_INSTITUTE, GOVERNMENT_AGENCY, INDUSTRY_ACADEMIA_FOUNDATION, OTHER',
    );
    expect(await graphSize(db)).toEqual(before);
    const wrong = await server.gql(
      UPSERT_ORG,
      { input: { id: `${P}x`, name: 'X', organizationKind: 'startup' } },
      AUTH,
    );
    expect(wrong.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers an unknown program as NOT_FOUND', async () => {
    const payload = await mutate(UPSERT_CONSORTIUM, { input: { id: `${P}c-x`, name: 'X', programId: 'no-such' } });
    expectFailure(payload, 'NOT_FOUND', 'programId');
  });
});

describe('memberships', () => {
  beforeAll(async () => {
    await Promise.all([org('m-a'), consortium('m-c1'), consortium('m-c2')]);
  });

  it('adds a membership, refuses it a second time, and removes it', async () => {
    const added = await member('m-a', 'm-c1', { role: 'LEAD', since: '2025-01-01' });
    expect(added).toMatchObject({ ok: true, membership: { sources: [{ id: SEED_SOURCE }] } });
    const before = await graphSize(db);
    expectFailure(await member('m-a', 'm-c1'), 'ALREADY_EXISTS');
    expect(await graphSize(db)).toEqual(before);

    const removed = await mutate<Payload & { consortium: { memberCount: number } }>(
      `mutation ($o: ID!, $c: ID!) { removeMembership(organizationId: $o, consortiumId: $c) {
         ok error { code message field } consortium { memberCount } } }`,
      { o: `${P}m-a`, c: `${P}m-c1` },
    );
    expect(removed).toMatchObject({ ok: true, consortium: { memberCount: 0 } });
    expect(await graphSize(db)).toEqual({ ...before, relationships: before.relationships - 1 });
  });

  it('answers unknown ids and bad periods as payload errors, writing nothing', async () => {
    const before = await graphSize(db);
    expectFailure(await member('nobody', 'm-c1'), 'NOT_FOUND', 'organizationId');
    expectFailure(await member('m-a', 'nothing'), 'NOT_FOUND', 'consortiumId');
    expectFailure(await member('m-a', 'm-c2', { sourceId: 'no-such-source' }), 'NOT_FOUND', 'sourceId');
    expectFailure(await member('m-a', 'm-c2', { since: '2025-02-01', until: '2025-01-01' }), 'INVALID_INPUT', 'until');
    expect(await graphSize(db)).toEqual(before);
  });

  it('creates the source a membership cites when given one', async () => {
    const source = { title: `T Mut ${RUN} press release`, url: `https://example.org/${RUN}` };
    const added = await member('m-a', 'm-c2', { sourceId: null, source });
    expect(added.ok).toBe(true);
    const [row] = await db.read<{ title: string }>('MATCH (s:Source {id: $id}) RETURN s.title AS title', {
      id: added.membership!.sources[0]!.id,
    });
    expect(row?.title).toBe(source.title);
  });

  it('stops counting a membership after its until day (asOf)', async () => {
    await Promise.all([org('t-a'), consortium('t-c1'), consortium('t-c2')]);
    await member('t-a', 't-c1', { since: '2024-01-01' });
    await member('t-a', 't-c2', { since: '2024-01-01', until: '2025-12-31' });
    const multi = async (asOf: string) => {
      const response = await server.gql<{ organizationsInMultipleConsortia: Array<{ organization: { id: string } }> }>(
        'query ($asOf: Date) { organizationsInMultipleConsortia(asOf: $asOf, first: 1000) { organization { id } } }',
        { asOf },
      );
      return response.body.data!.organizationsInMultipleConsortia.map((item) => item.organization.id);
    };
    expect(await multi('2025-12-31')).toContain(`${P}t-a`);
    expect(await multi('2026-01-01')).not.toContain(`${P}t-a`);
  });
});

describe('input limits', () => {
  beforeAll(async () => {
    await Promise.all([org('lim-a'), consortium('lim-c')]);
  });

  const long = (length: number) => 'x'.repeat(length);
  const membership = (extra: Record<string, unknown>) => member('lim-a', 'lim-c', extra);
  const newSource = (source: Record<string, unknown>) =>
    membership({ sourceId: null, source: { title: `T Mut ${RUN} limits`, ...source } });

  // [what, the mutation, field, a piece of the message naming the limit and what was found]
  const refusals: Array<[string, () => Promise<Payload>, string, string]> = [
    [
      'a 1 MB note',
      () => membership({ note: long(1_000_000) }),
      'note',
      'note must be at most 2000 characters, got 1000000',
    ],
    [
      'a note with a tab',
      () => membership({ note: 'first\tsecond' }),
      'note',
      'control character (U+0009 at position 6)',
    ],
    [
      'a 201-character category',
      () => membership({ category: long(201) }),
      'category',
      'at most 200 characters, got 201',
    ],
    ['a category with a newline', () => membership({ category: 'Tier\n1' }), 'category', 'control character (U+000A'],
    [
      'a javascript: URL',
      () => newSource({ url: 'javascript:alert(1)' }),
      'source.url',
      'must be an http or https URL, got a javascript: URL',
    ],
    ['an ftp URL', () => newSource({ url: 'ftp://127.0.0.1/list.csv' }), 'source.url', 'got a ftp: URL'],
    ['a relative URL', () => newSource({ url: '/press/2025' }), 'source.url', 'is not an absolute URL'],
    ['a URL without a host', () => newSource({ url: 'https://' }), 'source.url', 'is not an absolute URL'],
    [
      'a 2,049-character URL',
      () => newSource({ url: `https://127.0.0.1/${long(2031)}` }),
      'source.url',
      'at most 2048 characters, got 2049',
    ],
    [
      'a 501-character publisher',
      () => newSource({ publisher: long(501) }),
      'source.publisher',
      'at most 500 characters, got 501',
    ],
    [
      'a source title with NUL',
      () => newSource({ title: 'Press\u0000release' }),
      'source.title',
      'control character (U+0000',
    ],
    [
      'a 201-character organisation id',
      () => member(long(201 - P.length), 'lim-c'),
      'organizationId',
      'got 201 characters',
    ],
    ['a 501-character name', () => org('lim-b', { name: long(501) }), 'name', 'name must be 1–500 characters, got 501'],
    ['a 501-character Korean name', () => org('lim-b', { nameKo: '가'.repeat(501) }), 'nameKo', 'got 501'],
    [
      '101 aliases',
      () => org('lim-b', { aliases: Array.from({ length: 101 }, (_, i) => `alias ${i}`) }),
      'aliases',
      'at most 100 values, got 101',
    ],
    ['an alias with a newline', () => org('lim-b', { aliases: ['ok', 'two\nlines'] }), 'aliases', 'control character'],
    [
      'a consortium name with DEL',
      () => mutate(UPSERT_CONSORTIUM, { input: { id: `${P}lim-d`, name: 'Team\u007f' } }),
      'name',
      'control character (U+007F',
    ],
    [
      '101 ids to merge',
      () => mutate(MERGE, { keepId: `${P}lim-a`, mergeIds: Array.from({ length: 101 }, (_, i) => `${P}m${i}`) }),
      'mergeIds',
      'at most 100 values, got 101',
    ],
  ];

  it.each(refusals)(
    'refuses %s as INVALID_INPUT naming the field, the limit and what was found',
    async (_what, send, field, words) => {
      const before = await graphSize(db);
      const payload = await send();
      expectFailure(payload, 'INVALID_INPUT', field);
      expect(payload.error!.message).toContain(words);
      // A refused value is quoted at most in part: the answer stays small whatever was sent.
      expect(payload.error!.message.length).toBeLessThan(300);
      expect(await graphSize(db)).toEqual(before);
    },
  );

  it('accepts values at the limits, trimmed', async () => {
    const source = {
      title: ` T Mut ${RUN} at the limits `,
      url: ` https://127.0.0.1/${long(2030)} `,
      publisher: long(500),
    };
    const added = await newSource(source);
    expect(added.ok).toBe(true);
    const [row] = await db.read<{ url: string; title: string; note: string }>(
      `MATCH (:Organization {id: $o})-[m:MEMBER_OF]->(:Consortium {id: $c}), (s:Source {id: $s})
       RETURN s.url AS url, s.title AS title, m.note AS note`,
      { o: `${P}lim-a`, c: `${P}lim-c`, s: added.membership!.sources[0]!.id },
    );
    expect(row).toEqual({ url: source.url.trim(), title: source.title.trim(), note: null });
    expect(row!.url).toHaveLength(2048);
  });
});

describe('linkAffiliate', () => {
  beforeAll(async () => {
    await Promise.all([org('l-parent'), org('l-child'), org('l-other')]);
  });

  it('links a body to its parent once, refusing loops and second parents', async () => {
    const link = (childId: string, parentId: string, sourceId = SEED_SOURCE) =>
      mutate(
        `mutation ($c: ID!, $p: ID!, $s: ID!) { linkAffiliate(childId: $c, parentId: $p, sourceId: $s) {
           ok error { code message field } organization { parent { id } } } }`,
        { c: P + childId, p: P + parentId, s: sourceId },
      );
    expect(await link('l-child', 'l-parent')).toMatchObject({
      ok: true,
      organization: { parent: { id: `${P}l-parent` } },
    });
    expectFailure(await link('l-child', 'l-parent'), 'ALREADY_EXISTS');
    expectFailure(await link('l-child', 'l-other'), 'CONFLICT', 'childId');
    expectFailure(await link('l-parent', 'l-child'), 'CONFLICT', 'parentId');
    expectFailure(await link('l-other', 'l-other'), 'INVALID_INPUT', 'parentId');
    expectFailure(await link('l-other', 'l-parent', 'no-such-source'), 'NOT_FOUND', 'sourceId');
  });
});

describe('mergeOrganizations', () => {
  const keep = `${P}g-keep`;
  const gone1 = `${P}g-dup1`;
  const gone2 = `${P}g-dup2`;
  const goneName = `Zq${RUN}merged Widgets`;

  beforeAll(async () => {
    await Promise.all([
      org('g-keep'),
      org('g-dup1', { name: goneName, aliases: ['Dup One Alias'] }),
      org('g-dup2'),
      org('g-parent'),
      org('g-child'),
      ...['g-c1', 'g-c2', 'g-c3'].map(consortium),
    ]);
    const added = [
      await member('g-keep', 'g-c1', { role: 'MEMBER', since: '2025-03-01' }),
      await member('g-dup1', 'g-c1', { role: 'LEAD', since: '2025-01-01', sourceId: SECOND_SOURCE }),
      await member('g-dup1', 'g-c2'),
      await member('g-dup2', 'g-c3'),
    ];
    expect(added.map((result) => result.error)).toEqual([null, null, null, null]);
    await db.writeTx(async (tx) => {
      const writes = new GraphWrites(db, tx);
      await writes.partOf([
        { fromId: gone1, toId: `${P}g-parent`, sources: [SEED_SOURCE] },
        { fromId: `${P}g-child`, toId: gone2, sources: [SEED_SOURCE] },
      ]);
      await writes.facts([
        { id: `${P}fact`, about: 'Organization', aboutId: gone1, kind: 'NOTE', text: 't', quote: null, sources: [] },
      ]);
      await writes.persons(
        [{ id: `${P}person`, name: 'T Person', nameKo: null, nameJa: null }],
        [{ personId: `${P}person`, orgId: gone2, title: 'CEO', sources: [SEED_SOURCE] }],
      );
      await writes.models(
        [{ id: `${P}model`, name: 'T Model', description: null, parameters: null, openSource: null, sources: [] }],
        [{ developer: 'Organization', developerId: gone2, modelId: `${P}model`, sources: [SEED_SOURCE] }],
        [],
      );
    });
  });

  it('refuses to merge a node into itself or an unknown one, writing nothing', async () => {
    const before = await graphSize(db);
    expectFailure(await mutate(MERGE, { keepId: keep, mergeIds: [gone1, keep] }), 'INVALID_INPUT', 'mergeIds');
    expectFailure(await mutate(MERGE, { keepId: keep, mergeIds: [`${P}ghost`] }), 'NOT_FOUND', 'mergeIds');
    expect(await graphSize(db)).toEqual(before);
  });

  it('moves every relationship onto the kept node, joining the shared membership', async () => {
    const before = await relationshipsByType([keep, gone1, gone2]);
    expect(before).toEqual({ MEMBER_OF: 4, PART_OF: 2, HAS_FACT: 1, HOLDS_POSITION: 1, DEVELOPS: 1 });

    const merged = await mutate<Payload & { organization: { aliases: string[]; consortiumCount: number } }>(MERGE, {
      keepId: keep,
      mergeIds: [gone1, gone2],
    });
    expect(merged.ok).toBe(true);
    // Both were members of g-c1: that membership is now one, so one MEMBER_OF fewer; nothing else changes.
    expect(await relationshipsByType([keep])).toEqual({ ...before, MEMBER_OF: before.MEMBER_OF! - 1 });
    expect(await relationshipsByType([gone1, gone2])).toEqual({});
    expect(merged.organization.consortiumCount).toBe(3);
    expect(merged.organization.aliases).toEqual(expect.arrayContaining([goneName, 'Dup One Alias', gone1, gone2]));

    const [shared] = await db.read<{ role: string; since: string; sources: string[] }>(
      `MATCH (:Organization {id: $keep})-[m:MEMBER_OF]->(:Consortium {id: $c})
       RETURN m.role AS role, toString(m.since) AS since, m.sources AS sources`,
      { keep, c: `${P}g-c1` },
    );
    expect(shared).toEqual({ role: 'LEAD', since: '2025-01-01', sources: [SEED_SOURCE, SECOND_SOURCE] });

    const response = await server.gql<{ organization: null; search: Array<{ organization: { id: string } }> }>(
      'query ($id: ID!, $text: String!) { organization(id: $id) { id } search(text: $text) { organization { id } } }',
      { id: gone1, text: `Zq${RUN}merged` },
    );
    expect(response.body.data?.organization).toBeNull();
    expect(response.body.data?.search.map((hit) => hit.organization.id)).toEqual([keep]);
    const [c1] = await db.read<{ memberCount: number }>(
      'MATCH (c:Consortium {id: $id}) RETURN c.memberCount AS memberCount',
      {
        id: `${P}g-c1`,
      },
    );
    expect(c1?.memberCount).toBe(1);
  });
});

describe('concurrency', () => {
  it('leaves one node after 50 identical upserts in parallel', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, () => org('race')));
    expect(results.every((result) => result.ok)).toBe(true);
    const [row] = await db.read<{ n: number }>('MATCH (o:Organization {id: $id}) RETURN count(o) AS n', {
      id: `${P}race`,
    });
    expect(row?.n).toBe(1);
  });

  it('leaves one membership after 50 identical additions in parallel, exactly one reported as added', async () => {
    await Promise.all([org('race-m'), consortium('race-c')]);
    const results = await Promise.all(Array.from({ length: 50 }, () => member('race-m', 'race-c')));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => result.error?.code === 'ALREADY_EXISTS')).toHaveLength(49);
    const [row] = await db.read<{ n: number; count: number }>(
      `MATCH (o:Organization {id: $o})-[m:MEMBER_OF]->(:Consortium {id: $c}) RETURN count(m) AS n, o.consortiumCount AS count`,
      { o: `${P}race-m`, c: `${P}race-c` },
    );
    expect(row).toEqual({ n: 1, count: 1 });
  });
});
