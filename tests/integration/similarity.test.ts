import { activeOn, heldOn, seedMemberships, seedPartOf } from '../support/seedFacts';
import { useTestServer, type TestServer } from '../support/testServer';

let server: TestServer;
useTestServer((started) => ({ server } = started));

interface Options {
  asOf: string | null;
  activeOnly: boolean;
  includeAffiliates: boolean;
}

const holderOf = (org: string, rollUp: boolean): string => {
  let holder = org;
  while (rollUp && seedPartOf.has(holder)) holder = seedPartOf.get(holder)!;
  return holder;
};

/** Holder → its consortia on the day, from the seed files. */
function consortiaByHolder(options: Options): Map<string, Set<string>> {
  const byHolder = new Map<string, Set<string>>();
  for (const m of seedMemberships) {
    if (!heldOn(m, options.asOf) || (options.activeOnly && !activeOn(m.consortium, options.asOf))) continue;
    const holder = holderOf(m.org, options.includeAffiliates);
    byHolder.set(holder, (byHolder.get(holder) ?? new Set()).add(m.consortium));
  }
  return byHolder;
}

/** Every other holder sharing a consortium with `id`'s holder, with Jaccard and Adamic–Adar by hand. */
function expectedScores(
  id: string,
  options: Options,
): Map<string, { jaccard: number; adamicAdar: number; shared: string[] }> {
  const byHolder = consortiaByHolder(options);
  const members = new Map<string, number>();
  for (const consortia of byHolder.values()) for (const c of consortia) members.set(c, (members.get(c) ?? 0) + 1);
  const subject = holderOf(id, options.includeAffiliates);
  const mine = byHolder.get(subject) ?? new Set<string>();
  const scores = new Map<string, { jaccard: number; adamicAdar: number; shared: string[] }>();
  for (const [other, theirs] of byHolder) {
    const shared = [...theirs].filter((c) => mine.has(c)).sort();
    if (other === subject || shared.length === 0) continue;
    const union = new Set([...mine, ...theirs]).size;
    const adamicAdar = shared.reduce((sum, c) => sum + 1 / Math.log(members.get(c)!), 0);
    scores.set(other, { jaccard: shared.length / union, adamicAdar, shared });
  }
  return scores;
}

// `first` is written into the document: validation then counts the page asked for, even before the server has
// read the graph's sizes (until then every list counts as 1,000 long).
const similar = (first: number) => `query S($id: ID!, $measure: SimilarityMeasure, $after: String, $asOf: Date,
    $activeOnly: Boolean, $includeAffiliates: Boolean) {
  similarOrganizations(id: $id, measure: $measure, first: ${first}, after: $after, asOf: $asOf,
      activeOnly: $activeOnly, includeAffiliates: $includeAffiliates) {
    organization { id } consortiumCount measure hasNextPage endCursor
    items { organization { id } score sharedCount consortiumCount shared { consortium { id } members } }
  }
}`;

type Page = {
  organization: { id: string } | null;
  consortiumCount: number;
  measure: string;
  hasNextPage: boolean;
  endCursor: string | null;
  items: Array<{
    organization: { id: string };
    score: number;
    sharedCount: number;
    consortiumCount: number;
    shared: Array<{ consortium: { id: string }; members: number }>;
  }>;
};

async function ask({ first = 10, ...variables }: Record<string, unknown>): Promise<Page> {
  const response = await server.gql<{ similarOrganizations: Page }>(similar(first as number), variables);
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.similarOrganizations;
}

/** Every item of the question, 30 a page (at most 10 pages), as one page. */
async function allPages(variables: Record<string, unknown>): Promise<Page> {
  const first = await ask({ ...variables, first: 30 });
  let page = first;
  for (let i = 0; i < 9 && page.hasNextPage; i += 1) {
    page = await ask({ ...variables, first: 30, after: page.endCursor });
    first.items.push(...page.items);
  }
  expect(page.hasNextPage).toBe(false);
  return first;
}

const SUBJECTS = ['kaist', 'snu', 'snu-iacf', 'upstage', 'lg-cns', 'hanyang-university-iacf', 'korea-university'];
const OPTION_SETS: Options[] = [
  { asOf: null, activeOnly: false, includeAffiliates: false },
  { asOf: null, activeOnly: false, includeAffiliates: true },
  { asOf: '2025-08-05', activeOnly: true, includeAffiliates: false },
  { asOf: '2026-03-01', activeOnly: true, includeAffiliates: true },
];

describe('similarOrganizations', () => {
  it.each(OPTION_SETS)(
    'scores every organisation sharing a consortium as the formulas by hand do (%o)',
    async (options) => {
      for (const id of SUBJECTS) {
        for (const measure of ['JACCARD', 'ADAMIC_ADAR'] as const) {
          const expected = expectedScores(id, options);
          const page = await allPages({ id, measure, ...options });
          expect(page.organization?.id).toBe(holderOf(id, options.includeAffiliates));
          expect(page.measure).toBe(measure);
          expect(page.items.map((item) => item.organization.id).sort()).toEqual([...expected.keys()].sort());
          for (const item of page.items) {
            const want = expected.get(item.organization.id)!;
            expect(item.score).toBeCloseTo(measure === 'JACCARD' ? want.jaccard : want.adamicAdar, 10);
            expect(item.shared.map((s) => s.consortium.id).sort()).toEqual(want.shared);
            expect(item.sharedCount).toBe(want.shared.length);
          }
          const scores = page.items.map((item) => item.score);
          expect(scores).toEqual([...scores].sort((a, b) => b - a));
        }
      }
    },
  );

  it('pages with cursors through the same order as one large page', async () => {
    const whole = await ask({ id: 'kaist', measure: 'ADAMIC_ADAR', first: 60 });
    expect(whole.items.length).toBeGreaterThan(6);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i += 1) {
      const page: Page = await ask({ id: 'kaist', measure: 'ADAMIC_ADAR', first: 3, after });
      seen.push(...page.items.map((item) => item.organization.id));
      if (!page.hasNextPage) break;
      after = page.endCursor;
    }
    expect(seen).toEqual(whole.items.map((item) => item.organization.id));
  });

  it('answers an unknown id with no organisation, and refuses pages over the caps and foreign cursors', async () => {
    expect(await ask({ id: 'no-such-org' })).toMatchObject({ organization: null, items: [], hasNextPage: false });
    const lone = await ask({ id: 'msit' });
    expect(lone).toMatchObject({ organization: { id: 'msit' }, consortiumCount: 0, items: [] });
    const tooMany = await server.gql(similar(101), { id: 'kaist' });
    expect(tooMany.body.errors?.[0]).toMatchObject({
      message: 'first must be between 1 and 100, got 101',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const page = await ask({ id: 'kaist', first: 1 });
    const other = await server.gql(similar(10), { id: 'snu', after: page.endCursor });
    expect(other.body.errors?.[0]?.message).toContain('another similarOrganizations question');
  });
});
