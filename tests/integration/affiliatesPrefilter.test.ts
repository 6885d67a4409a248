import type { Database } from '../../src/db/database';
import { useTestServer, type TestServer } from '../support/testServer';

/**
 * The rolled-up multi-consortium question pre-filters holders by the sum of the stored `consortiumCount` over
 * themselves and their parts, and `organizations(filter: {consortiumId})` starts from the consortium. A small graph
 * of its own (ids with a unique prefix, removed afterwards) has the cases where a wrong pre-filter would show:
 * a parent that reaches the threshold only through its parts (two levels down), parts that share consortia (the
 * sum over-counts), a part that reaches the threshold on its own (it is not a holder), a chain longer than five
 * levels (its deepest body is its own holder), a holder with parts but no memberships of its own, memberships that
 * a day or `activeOnly` remove, and two MEMBER_OF relationships between the same two nodes. The expected answers
 * are computed here in plain JS from the rows created.
 */

const P = `apf-${process.pid}-${Date.now().toString(36)}-`;
const TODAY = new Date().toISOString().slice(0, 10);

interface Consortium {
  id: string;
  startDate: string | null;
  endDate: string | null;
}
interface Membership {
  org: string;
  consortium: string;
  since?: string;
  until?: string;
}

const CONSORTIA: Consortium[] = [
  { id: `${P}c1`, startDate: '2020-01-01', endDate: null },
  { id: `${P}c2`, startDate: '2020-01-01', endDate: '2022-12-31' },
  { id: `${P}c3`, startDate: '2024-01-01', endDate: null },
  { id: `${P}c4`, startDate: null, endDate: null },
  { id: `${P}c5`, startDate: '2021-06-01', endDate: '2099-12-31' },
  { id: `${P}c6`, startDate: '2030-01-01', endDate: null },
];
const c = (n: number) => `${P}c${n}`;

/** child -> parent */
const PART_OF: Record<string, string> = {
  [`${P}a1`]: `${P}p1`,
  [`${P}a2`]: `${P}a1`,
  [`${P}b1`]: `${P}p2`,
  [`${P}b2`]: `${P}p2`,
  // d6 -> d5 -> ... -> d1 -> d0: from d6 no top within five levels.
  ...Object.fromEntries([1, 2, 3, 4, 5, 6].map((i) => [`${P}d${i}`, `${P}d${i - 1}`])),
};
const ORGS = [
  ...['p1', 'a1', 'a2', 'p2', 'b1', 'b2', 's1', 's2'].map((id) => `${P}${id}`),
  ...[0, 1, 2, 3, 4, 5, 6].map((i) => `${P}d${i}`),
];

const MEMBERSHIPS: Membership[] = [
  // p1 holds one itself; its part a1 (two of its own) and a1's part a2 bring it to five.
  { org: `${P}p1`, consortium: c(1) },
  { org: `${P}a1`, consortium: c(2) },
  { org: `${P}a1`, consortium: c(3), since: '2025-01-01' },
  { org: `${P}a2`, consortium: c(4) },
  { org: `${P}a2`, consortium: c(5), until: '2024-12-31' },
  // p2 and its parts share consortia: the counts sum to six, the distinct consortia are three.
  { org: `${P}p2`, consortium: c(1) },
  { org: `${P}b1`, consortium: c(1) },
  { org: `${P}b1`, consortium: c(2) },
  { org: `${P}b2`, consortium: c(1) },
  { org: `${P}b2`, consortium: c(2) },
  { org: `${P}b2`, consortium: c(4) },
  // Standalone, with a membership that starts later and one in a consortium that ends.
  { org: `${P}s1`, consortium: c(1) },
  { org: `${P}s1`, consortium: c(2) },
  { org: `${P}s1`, consortium: c(3) },
  { org: `${P}s1`, consortium: c(6) },
  { org: `${P}s1`, consortium: c(5), since: '2026-06-01' },
  { org: `${P}s2`, consortium: c(4) },
  // The chain: d0 has none itself; d6 is its own holder though it has a parent.
  { org: `${P}d1`, consortium: c(4) },
  { org: `${P}d3`, consortium: c(1) },
  { org: `${P}d5`, consortium: c(5) },
  { org: `${P}d6`, consortium: c(1) },
  { org: `${P}d6`, consortium: c(3) },
  { org: `${P}d6`, consortium: c(4) },
];
// A second MEMBER_OF between s2 and c4 (as a raw write could leave): one consortium, stored count two.
const DUPLICATE: Membership = { org: `${P}s2`, consortium: c(4) };

let db: Database;
let server: TestServer;
// Registered before the server's own hooks: it runs while the driver is still open.
afterAll(() => cleanUp());
useTestServer((started) => ({ db, server } = started));

/** Removes this file's nodes (and any a killed earlier run left). */
async function cleanUp(): Promise<void> {
  await db.write('MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix: 'apf-' });
}

beforeAll(async () => {
  await cleanUp();
  await db.write(
    `UNWIND $consortia AS row
     CREATE (:Consortium {id: row.id, name: row.id, startDate: date(row.startDate), endDate: date(row.endDate),
                          memberCount: 0})`,
    { consortia: CONSORTIA },
  );
  await db.write(
    `UNWIND $orgs AS id CREATE (:Organization {id: id, name: id, kind: 'COMPANY', country: 'KR', consortiumCount: 0})`,
    { orgs: ORGS },
  );
  await db.write(
    `UNWIND $parts AS row
     MATCH (child:Organization {id: row.child}), (parent:Organization {id: row.parent})
     CREATE (child)-[:PART_OF]->(parent)`,
    { parts: Object.entries(PART_OF).map(([child, parent]) => ({ child, parent })) },
  );
  await db.write(
    `UNWIND $memberships AS row
     MATCH (o:Organization {id: row.org}), (c:Consortium {id: row.consortium})
     CREATE (o)-[:MEMBER_OF {role: 'MEMBER', since: date(row.since), until: date(row.until), sources: []}]->(c)`,
    { memberships: [...MEMBERSHIPS, DUPLICATE].map((m) => ({ since: null, until: null, ...m })) },
  );
  // The stored counts, as the write paths set them (the number of MEMBER_OF relationships).
  await db.write(
    `MATCH (o:Organization) WHERE o.id STARTS WITH $prefix SET o.consortiumCount = COUNT { (o)-[:MEMBER_OF]->(:Consortium) }`,
    { prefix: P },
  );
  await db.write(
    `MATCH (c:Consortium) WHERE c.id STARTS WITH $prefix SET c.memberCount = COUNT { (:Organization)-[:MEMBER_OF]->(c) }`,
    { prefix: P },
  );
});

/** The holder of an organisation's memberships: its top-level parent within five levels, else itself. */
function holderOf(org: string): string {
  let current = org;
  for (let hops = 1; hops <= 5; hops++) {
    const parent = PART_OF[current];
    if (parent === undefined) break;
    current = parent;
    if (PART_OF[current] === undefined) return current;
  }
  return org;
}

interface Row {
  organization: string;
  consortiumCount: number;
  consortia: string[];
  countedAffiliates: string[];
}

function expected(min: number, asOf: string | null, activeOnly: boolean): Row[] {
  const day = asOf ?? TODAY;
  const consortium = new Map(CONSORTIA.map((x) => [x.id, x]));
  const byHolder = new Map<string, { consortia: Set<string>; members: Set<string> }>();
  for (const m of [...MEMBERSHIPS, DUPLICATE]) {
    const cons = consortium.get(m.consortium)!;
    if (asOf !== null) {
      const from = m.since ?? cons.startDate ?? asOf;
      if (from > asOf || (m.until !== undefined && m.until < asOf)) continue;
    }
    if (activeOnly && ((cons.startDate ?? day) > day || (cons.endDate ?? day) < day)) continue;
    const holder = holderOf(m.org);
    const entry = byHolder.get(holder) ?? { consortia: new Set(), members: new Set() };
    entry.consortia.add(m.consortium);
    entry.members.add(m.org);
    byHolder.set(holder, entry);
  }
  return [...byHolder]
    .filter(([, entry]) => entry.consortia.size >= min)
    .map(([holder, entry]) => ({
      organization: holder,
      consortiumCount: entry.consortia.size,
      consortia: [...entry.consortia].sort(),
      countedAffiliates: [...entry.members].filter((x) => x !== holder).sort(),
    }))
    .sort((a, b) => b.consortiumCount - a.consortiumCount || (a.organization < b.organization ? -1 : 1));
}

async function answer(min: number, asOf: string | null, activeOnly: boolean, first = 500): Promise<Row[]> {
  const response = await server.gql<{ organizationsInMultipleConsortia: any[] }>(
    `query ($min: Int!, $asOf: Date, $activeOnly: Boolean!, $first: Int!) {
      organizationsInMultipleConsortia(minConsortia: $min, includeAffiliates: true, asOf: $asOf,
                                       activeOnly: $activeOnly, first: $first) {
        organization { id } consortiumCount consortia { id } countedAffiliates { id } } }`,
    { min, asOf, activeOnly, first },
  );
  expect(response.body.errors).toBeUndefined();
  const rows = response.body.data!.organizationsInMultipleConsortia;
  expect(rows.length).toBeLessThan(first); // not cut by the page size
  return rows
    .filter((row) => row.organization.id.startsWith(P))
    .map((row) => ({
      organization: row.organization.id,
      consortiumCount: row.consortiumCount,
      consortia: row.consortia.map((x: { id: string }) => x.id).sort(),
      countedAffiliates: row.countedAffiliates.map((x: { id: string }) => x.id).sort(),
    }));
}

describe('organizationsInMultipleConsortia(includeAffiliates: true) with the stored-count pre-filter', () => {
  const cases: Array<[number, string | null, boolean]> = [];
  for (const min of [1, 2, 3, 4, 5, 6])
    for (const asOf of [null, '2024-06-01', '2026-12-01'])
      for (const activeOnly of [false, true]) cases.push([min, asOf, activeOnly]);

  it.each(cases)('minConsortia %i, asOf %s, activeOnly %s: the holders computed from the rows', async (...args) => {
    expect(await answer(...args)).toEqual(expected(...args));
  });

  it('has the cases it is meant to have', () => {
    const all = expected(1, null, false);
    const count = (id: string) => all.find((row) => row.organization === `${P}${id}`)?.consortiumCount;
    // p1 reaches five only through its parts; p2's parts over-count (six stored, three distinct).
    expect(count('p1')).toBe(5);
    expect(count('p2')).toBe(3);
    // a1 has two consortia of its own but counts for p1; d6 has a parent yet holds its own; d0 holds none itself.
    expect(count('a1')).toBeUndefined();
    expect(count('d6')).toBe(3);
    expect(count('d0')).toBe(3);
    // A day and activeOnly change the answer.
    expect(expected(4, '2024-06-01', false)).not.toEqual(expected(4, null, false));
    expect(expected(3, null, true)).not.toEqual(expected(3, null, false));
  });

  it('keeps the order and the limit', async () => {
    const all = await answer(1, null, false);
    const response = await server.gql<{ organizationsInMultipleConsortia: any[] }>(
      `{ organizationsInMultipleConsortia(minConsortia: 1, includeAffiliates: true, first: 500) { organization { id name } consortiumCount } }`,
    );
    const rows = response.body.data!.organizationsInMultipleConsortia;
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1], rows[i]];
      expect(
        a.consortiumCount > b.consortiumCount ||
          (a.consortiumCount === b.consortiumCount && a.organization.name <= b.organization.name),
      ).toBe(true);
    }
    const top = await server.gql<{ organizationsInMultipleConsortia: any[] }>(
      `{ organizationsInMultipleConsortia(minConsortia: 1, includeAffiliates: true, first: 3) { organization { id } } }`,
    );
    expect(top.body.data!.organizationsInMultipleConsortia.map((row) => row.organization.id)).toEqual(
      rows.slice(0, 3).map((row) => row.organization.id),
    );
    expect(all.length).toBeGreaterThan(0);
  });
});

describe('organizations(filter: {consortiumId}) starting from the consortium', () => {
  /** All pages of the filtered list, following the cursors. */
  async function allPages(filter: Record<string, unknown>, orderBy: Record<string, string>) {
    const ids: string[] = [];
    let after: string | null = null;
    let totalCount = -1;
    for (;;) {
      const response: any = await server.gql(
        `query ($filter: OrganizationFilter, $orderBy: OrganizationOrder, $after: String) {
          organizations(filter: $filter, orderBy: $orderBy, first: 2, after: $after) {
            totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        { filter, orderBy, after },
      );
      expect(response.body.errors).toBeUndefined();
      const page = response.body.data.organizations;
      totalCount = page.totalCount;
      ids.push(...page.edges.map((edge: any) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return { ids, totalCount };
  }

  const orders: Array<[string, string, string]> = [
    ['NAME', 'ASC', 'o.name ASC'],
    ['NAME', 'DESC', 'o.name DESC'],
    ['CONSORTIUM_COUNT', 'ASC', 'o.consortiumCount ASC'],
    ['CONSORTIUM_COUNT', 'DESC', 'o.consortiumCount DESC'],
  ];

  it.each(orders)('pages and totalCount match an independent count, by %s %s', async (field, direction, orderBy) => {
    const consortia = [
      c(1),
      c(4),
      `${P}no-such`,
      ...(
        await db.read<{ id: string }>(
          'MATCH (c:Consortium) WHERE NOT c.id STARTS WITH $prefix RETURN c.id AS id ORDER BY c.memberCount DESC LIMIT 2',
          { prefix: P },
        )
      ).map((row) => row.id),
    ];
    for (const consortiumId of consortia) {
      for (const extra of [{}, { minConsortia: 2 }, { nameContains: 'D' }]) {
        const filter = { consortiumId, ...extra };
        // Independent: every organisation, tested with EXISTS, one row each.
        const rows = await db.read<{ id: string }>(
          `MATCH (o:Organization)
           WHERE EXISTS { (o)-[:MEMBER_OF]->(:Consortium {id: $consortiumId}) }
             AND ($min IS NULL OR o.consortiumCount >= $min)
             AND ($name IS NULL OR toLower(o.name) CONTAINS $name OR toLower(coalesce(o.nameKo, '')) CONTAINS $name
                  OR toLower(coalesce(o.nameJa, '')) CONTAINS $name OR toLower(coalesce(o.aliasText, '')) CONTAINS $name)
           RETURN o.id AS id, o.name AS name, o.consortiumCount AS count`,
          {
            consortiumId,
            min: (extra as { minConsortia?: number }).minConsortia ?? null,
            name: (extra as { nameContains?: string }).nameContains?.toLowerCase() ?? null,
          },
        );
        const key = (row: any) => (field === 'NAME' ? row.name : row.count);
        const sign = direction === 'ASC' ? 1 : -1;
        const expectedIds = [...rows]
          .sort((a, b) => (key(a) < key(b) ? -sign : key(a) > key(b) ? sign : a.id < b.id ? -1 : 1))
          .map((row) => row.id);
        const got = await allPages(filter, { field, direction });
        expect({ consortiumId, extra, orderBy, ...got }).toEqual({
          consortiumId,
          extra,
          orderBy,
          ids: expectedIds,
          totalCount: rows.length,
        });
      }
    }
  });

  it('counts an organisation with two memberships of the consortium once', async () => {
    const got = await allPages({ consortiumId: c(4) }, { field: 'NAME', direction: 'ASC' });
    expect(got.ids.filter((id) => id === `${P}s2`)).toEqual([`${P}s2`]);
    expect(got.totalCount).toBe(new Set(MEMBERSHIPS.filter((m) => m.consortium === c(4)).map((m) => m.org)).size);
  });
});
