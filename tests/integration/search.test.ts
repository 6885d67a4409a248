import {
  allNamesOf,
  expectedCjkMatch,
  expectedLatinMatch,
  type Match,
  MATCH_ORDER,
  seedSearchOrganizations as organizations,
  type SeedOrganization,
} from '../support/searchOracle';
import { useTestServer, type TestServer } from '../support/testServer';

let server: TestServer;
useTestServer((started) => ({ server } = started));

interface Hit {
  organization: { id: string };
  matchedBy: Match;
  matchedName: string;
}

async function search(text: string): Promise<Hit[]> {
  const response = await server.gql<{ search: Hit[] }>(
    'query ($t: String!) { search(text: $t, first: 1000) { organization { id } matchedBy matchedName score } }',
    { t: text },
  );
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.search;
}

/** The hits must be exactly the expected organisations, each matched as expected, best match kind first. */
function expectMatches(hits: Hit[], expected: (org: SeedOrganization) => Match | null) {
  const want = new Map(organizations.flatMap((org) => (expected(org) ? [[org.id, expected(org)!] as const] : [])));
  expect(new Map(hits.map((hit) => [hit.organization.id, hit.matchedBy]))).toEqual(want);
  const ranks = hits.map((hit) => MATCH_ORDER.indexOf(hit.matchedBy));
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  for (const hit of hits) {
    const org = organizations.find((o) => o.id === hit.organization.id)!;
    expect(allNamesOf(org)).toContain(hit.matchedName);
  }
}

describe('search as people type', () => {
  it.each(['Upsta', 'kais', 'KIAST', 'upstgae', 'Seoul National University', 'seoul univ', 'Korea Univers', 'naver'])(
    'finds for %s exactly the organisations a plain prefix/typo check of the seed names finds',
    async (text) => {
      const hits = await search(text);
      expect(hits.length).toBeGreaterThan(0);
      expectMatches(hits, (org) => expectedLatinMatch(org, text));
    },
  );

  it('finds Upstage by a prefix and by a typo, KAIST by a prefix and by swapped letters, with the names they matched', async () => {
    expect((await search('Upsta'))[0]).toMatchObject({
      organization: { id: 'upstage' },
      matchedBy: 'PREFIX',
      matchedName: 'Upstage',
    });
    expect((await search('upstgae'))[0]).toMatchObject({
      organization: { id: 'upstage' },
      matchedBy: 'FUZZY',
      matchedName: 'Upstage',
    });
    expect((await search('kais'))[0]).toMatchObject({ organization: { id: 'kaist' }, matchedBy: 'PREFIX' });
    expect((await search('KIAST'))[0]).toMatchObject({
      organization: { id: 'kaist' },
      matchedBy: 'FUZZY',
      matchedName: 'KAIST',
    });
  });

  it.each(['카이스트', '서울대학교', '서울대', '산학협력단', '한국과학기술원', '韓国科学技術院'])(
    'finds for %s exactly the organisations whose names hold it',
    async (text) => {
      const hits = await search(text);
      expect(hits.length).toBeGreaterThan(0);
      expectMatches(hits, (org) => expectedCjkMatch(org, text));
    },
  );

  it('finds KAIST by its common Korean name and ranks Seoul National University above its foundation', async () => {
    expect((await search('카이스트'))[0]).toMatchObject({
      organization: { id: 'kaist' },
      matchedBy: 'ALIAS',
      matchedName: '카이스트',
    });
    const snu = (await search('서울대학교')).map((hit) => hit.organization.id);
    expect(snu.slice(0, 2)).toEqual(['snu', 'snu-iacf']);
    const english = (await search('Seoul National University')).map((hit) => hit.organization.id);
    expect(english.slice(0, 2)).toEqual(['snu', 'snu-iacf']);
  });

  it('pages through the same ranking: searchConnection pages of 2 are search in order', async () => {
    const all = (await search('univ')).map((hit) => hit.organization.id);
    expect(all.length).toBeGreaterThan(4);
    const paged: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const response: { body: any } = await server.gql<any>(
        `query ($after: String) { searchConnection(text: "univ", first: 2, after: $after) {
           totalCount edges { cursor node { organization { id } } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(response.body.errors).toBeUndefined();
      const connection: any = response.body.data.searchConnection;
      expect(connection.totalCount).toBe(all.length);
      paged.push(...connection.edges.map((edge: any) => edge.node.organization.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(paged).toEqual(all);
  });
});

describe('search input bounds', () => {
  it.each(['*', '~', '""', '.*', '?', '\\', '   '])(
    'answers %j, which has no letter or digit, with no hits',
    async (text) => {
      expect(await search(text)).toEqual([]);
    },
  );

  it.each(['upstage*', 'name:upstage', '(?i).*kaist.*', 'kaist^2 institute~', 'x:[a TO z]', '/univ.*/'])(
    'treats Lucene and regex syntax in %j as plain words (the same hits as the words alone)',
    async (text) => {
      expectMatches(await search(text), (org) => expectedLatinMatch(org, text));
    },
  );

  it('takes AND, OR and NOT as words, not operators (stop words: found without them)', async () => {
    const hits = await search('kaist AND (institute OR technology~) NOT seoul');
    expect(hits.map((hit) => hit.organization.id)).toEqual([]);
    const kaist = await search('kaist AND (institute OR technology~)');
    expect(kaist.map((hit) => hit.organization.id)).toEqual(['kaist']);
  });

  it('refuses a 10 KB text and nine words with BAD_USER_INPUT saying the bound', async () => {
    for (const [text, message] of [
      ['k'.repeat(10_240), 'text must be at most 200 characters, got 10240'],
      ['a b c d e f g h i', 'text must have at most 8 words, got 9'],
    ] as const) {
      for (const field of ['search(text: $t) { score }', 'searchConnection(text: $t) { totalCount }']) {
        const response = await server.gql(`query ($t: String!) { ${field} }`, { t: text });
        expect(response.body.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } });
      }
    }
  });
});
