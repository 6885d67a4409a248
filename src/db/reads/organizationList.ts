import type { OrganizationKind } from '../../model/kinds';
import type { OrganizationModel } from '../../model/models';
import type { Database } from '../database';
import { organizationFields } from './fragments';
import { keysetBounds, keysetOrder, keysetParams, type KeysetWindow } from './keyset';

export type { ListPosition } from './keyset';

export interface OrganizationListFilter {
  kinds?: OrganizationKind[] | null;
  countries?: string[] | null;
  consortiumId?: string | null;
  nameContains?: string | null;
  minConsortia?: number | null;
}

export type OrganizationSort = { field: 'NAME' | 'CONSORTIUM_COUNT'; direction: 'ASC' | 'DESC' };

/** The filters on the organisation's own fields (`consortiumId` is served by the anchor, below). */
const FIELD_FILTER = `($kinds IS NULL OR o.kind IN $kinds)
  AND ($countries IS NULL OR o.country IN $countries)
  AND ($minConsortia IS NULL OR o.consortiumCount >= $minConsortia)
  AND ($nameContains IS NULL OR toLower(o.name) CONTAINS $nameContains
       OR toLower(coalesce(o.nameKo, '')) CONTAINS $nameContains
       OR toLower(coalesce(o.nameJa, '')) CONTAINS $nameContains
       OR toLower(coalesce(o.aliasText, '')) CONTAINS $nameContains)`;

/**
 * Where a statement starts: every organisation, or (with `consortiumId`) the members of that consortium, found
 * through its id's uniqueness index. A `$consortiumId IS NULL OR EXISTS { ... }` filter instead would make the
 * planner scan every organisation and test each. An organisation with two memberships of the consortium is one row.
 */
type Anchor = 'all' | 'consortium';
const ANCHOR: Record<Anchor, string> = {
  all: 'MATCH (o:Organization)',
  consortium: 'MATCH (:Consortium {id: $consortiumId})<-[:MEMBER_OF]-(o:Organization) WITH DISTINCT o',
};

// Without a filter, Neo4j answers from its count store instead of scanning every organisation.
const COUNT_ALL = `MATCH (o:Organization) RETURN count(o) AS total`;

const COUNT: Record<Anchor, string> = {
  all: `${ANCHOR.all} WHERE ${FIELD_FILTER} RETURN count(o) AS total`,
  consortium: `${ANCHOR.consortium} WHERE ${FIELD_FILTER} RETURN count(o) AS total`,
};

// With minConsortia and no consortium, the bound stands on its own in the WHERE (not inside `$minConsortia IS NULL
// OR ...`), so the planner seeks the consortiumCount range index instead of testing every organisation; measured at
// M in bench/RESULTS.md ("Scale: index-backed counts").
const COUNT_FROM_MIN_CONSORTIA = `MATCH (o:Organization) WHERE o.consortiumCount >= $minConsortia AND ${FIELD_FILTER}
  RETURN count(o) AS total`;

/** Which count serves a filter: the count store, an index range, or the anchor's rows tested one by one. */
type CountKind = 'store' | 'minConsortia' | Anchor;
const COUNTS: Record<CountKind, string> = {
  store: COUNT_ALL,
  minConsortia: COUNT_FROM_MIN_CONSORTIA,
  all: COUNT.all,
  consortium: COUNT.consortium,
};

function countKindOf(filter: OrganizationListFilter): CountKind {
  const params = filterParams(filter);
  if (Object.values(params).every((value) => value === null)) return 'store';
  const anchor = anchorOf(filter);
  return anchor === 'all' && params.minConsortia !== null ? 'minConsortia' : anchor;
}

/** Keyset pagination: one constant statement per anchor, sort and reading direction, so each can use its index. */
type Statements = Record<OrganizationSort['field'], Record<OrganizationSort['direction'], [string, string]>>;
const SORT_KEYS: Record<OrganizationSort['field'], string> = { NAME: 'o.name', CONSORTIUM_COUNT: 'o.consortiumCount' };

const PAGE: Record<Anchor, Statements> = { all: pagesFrom('all', null), consortium: pagesFrom('consortium', null) };
/** The same pages with their total, for a connection whose `totalCount` is selected: one statement, not two. */
const COUNTED_PAGE: Record<CountKind, Statements> = {
  store: pagesFrom('all', COUNTS.store),
  minConsortia: pagesFrom('all', COUNTS.minConsortia),
  all: pagesFrom('all', COUNTS.all),
  consortium: pagesFrom('consortium', COUNTS.consortium),
};

function pagesFrom(anchor: Anchor, count: string | null): Statements {
  const both = (key: string, direction: 'ASC' | 'DESC'): [string, string] => [
    pageStatement(anchor, key, direction, false, count),
    pageStatement(anchor, key, direction, true, count),
  ];
  return {
    NAME: { ASC: both(SORT_KEYS.NAME, 'ASC'), DESC: both(SORT_KEYS.NAME, 'DESC') },
    CONSORTIUM_COUNT: {
      ASC: both(SORT_KEYS.CONSORTIUM_COUNT, 'ASC'),
      DESC: both(SORT_KEYS.CONSORTIUM_COUNT, 'DESC'),
    },
  };
}

/**
 * One window of the list, its rows as `org` and `sortKey`; with `count`, one row: the window's rows collected in
 * order as `rows`, and `total` from the count statement. The count runs after the page, importing `rows` it does
 * not use: an uncorrelated CALL is planned as a Cartesian product (of one row with one row, but the plan rule of
 * tests/integration/queryPlans.test.ts forbids it), and after the aggregation there is always exactly one row,
 * so an empty window still has its total.
 */
function pageStatement(
  anchor: Anchor,
  key: string,
  direction: 'ASC' | 'DESC',
  backward: boolean,
  count: string | null,
) {
  const window = `${ANCHOR[anchor]}
    WHERE ${key} IS NOT NULL AND ${FIELD_FILTER}
      AND ${keysetBounds(key, 'o.id', direction)}
    WITH o ORDER BY ${keysetOrder(key, 'o.id', direction, backward)} LIMIT $limit`;
  if (count === null) return `${window}\n    RETURN ${organizationFields('o')} AS org, ${key} AS sortKey`;
  return `${window}
    WITH collect({org: ${organizationFields('o')}, sortKey: ${key}}) AS rows
    CALL (rows) { ${count} }
    RETURN total, rows`;
}

const anchorOf = (filter: OrganizationListFilter): Anchor =>
  filter.consortiumId === null || filter.consortiumId === undefined ? 'all' : 'consortium';

function filterParams(filter: OrganizationListFilter) {
  return {
    kinds: filter.kinds ?? null,
    countries: filter.countries ?? null,
    consortiumId: filter.consortiumId ?? null,
    nameContains: filter.nameContains ? filter.nameContains.toLowerCase() : null,
    minConsortia: filter.minConsortia ?? null,
  };
}

type PageRow = { org: OrganizationModel; sortKey: string | number };

/** The rows of one window of organisations, in the order read (reversed for a backward window). */
export async function listOrganizations(
  db: Database,
  filter: OrganizationListFilter,
  sort: OrganizationSort,
  window: KeysetWindow,
): Promise<PageRow[]> {
  return db.read<PageRow>(PAGE[anchorOf(filter)][sort.field][sort.direction][window.backward ? 1 : 0], {
    ...filterParams(filter),
    ...keysetParams(window),
  });
}

/** A window of organisations and how many match `filter` in all, read in one statement (see pageStatement). */
export async function listOrganizationsCounted(
  db: Database,
  filter: OrganizationListFilter,
  sort: OrganizationSort,
  window: KeysetWindow,
): Promise<{ rows: PageRow[]; total: number }> {
  const [row] = await db.read<{ rows: PageRow[]; total: number }>(
    COUNTED_PAGE[countKindOf(filter)][sort.field][sort.direction][window.backward ? 1 : 0],
    { ...filterParams(filter), ...keysetParams(window) },
  );
  return { rows: row?.rows ?? [], total: row?.total ?? 0 };
}

/** How many organisations match `filter`: from the count store, a consortium's members, an index range or a scan. */
export async function countOrganizations(db: Database, filter: OrganizationListFilter): Promise<number> {
  const [row] = await db.read<{ total: number }>(COUNTS[countKindOf(filter)], filterParams(filter));
  return row?.total ?? 0;
}
