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

/** Keyset pagination: one constant statement per anchor, sort and reading direction, so each can use its index. */
type Statements = Record<OrganizationSort['field'], Record<OrganizationSort['direction'], [string, string]>>;
const SORT_KEYS: Record<OrganizationSort['field'], string> = { NAME: 'o.name', CONSORTIUM_COUNT: 'o.consortiumCount' };

const PAGE: Record<Anchor, Statements> = { all: pagesFrom('all'), consortium: pagesFrom('consortium') };

function pagesFrom(anchor: Anchor): Statements {
  const both = (key: string, direction: 'ASC' | 'DESC'): [string, string] => [
    pageStatement(anchor, key, direction, false),
    pageStatement(anchor, key, direction, true),
  ];
  return {
    NAME: { ASC: both(SORT_KEYS.NAME, 'ASC'), DESC: both(SORT_KEYS.NAME, 'DESC') },
    CONSORTIUM_COUNT: {
      ASC: both(SORT_KEYS.CONSORTIUM_COUNT, 'ASC'),
      DESC: both(SORT_KEYS.CONSORTIUM_COUNT, 'DESC'),
    },
  };
}

function pageStatement(anchor: Anchor, key: string, direction: 'ASC' | 'DESC', backward: boolean): string {
  return `${ANCHOR[anchor]}
    WHERE ${key} IS NOT NULL AND ${FIELD_FILTER}
      AND ${keysetBounds(key, 'o.id', direction)}
    WITH o ORDER BY ${keysetOrder(key, 'o.id', direction, backward)} LIMIT $limit
    RETURN ${organizationFields('o')} AS org, ${key} AS sortKey`;
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

/** The rows of one window of organisations, in the order read (reversed for a backward window). */
export async function listOrganizations(
  db: Database,
  filter: OrganizationListFilter,
  sort: OrganizationSort,
  window: KeysetWindow,
): Promise<Array<{ org: OrganizationModel; sortKey: string | number }>> {
  return db.read<{ org: OrganizationModel; sortKey: string | number }>(
    PAGE[anchorOf(filter)][sort.field][sort.direction][window.backward ? 1 : 0],
    { ...filterParams(filter), ...keysetParams(window) },
  );
}

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

/** How many organisations match `filter`: from the count store, a consortium's members, an index range or a scan. */
export async function countOrganizations(db: Database, filter: OrganizationListFilter): Promise<number> {
  const params = filterParams(filter);
  const unfiltered = Object.values(params).every((value) => value === null);
  const anchor = anchorOf(filter);
  const statement = unfiltered
    ? COUNT_ALL
    : anchor === 'all' && params.minConsortia !== null
      ? COUNT_FROM_MIN_CONSORTIA
      : COUNT[anchor];
  const [row] = await db.read<{ total: number }>(statement, params);
  return row?.total ?? 0;
}
