import {
  membershipsFromOrganizations,
  membershipsOfConsortia,
  membershipsOn,
  organizationDegrees,
  partOfLinks,
  searchStartOf,
  type MembershipEdge,
  type PartOfEdge,
  type PathFilter,
  type SearchStart,
} from '../db/reads/connectionReads';
import type { Database, Reader } from '../db/database';
import type { MembershipModel } from '../model/models';
import { CONNECTION_LIMITS } from './questionLimits';
import { shortestPaths, type ExpandFrontier, type FoundPath, type GraphEdge } from './shortestPaths';

export interface ConnectionsQuery extends PathFilter {
  from: string;
  to: string;
  includeAffiliates: boolean;
  maxHops: number;
  first: number;
  /** Paths of earlier pages to skip. */
  offset: number;
  /**
   * Whether the memberships on the paths are wanted (a hop's fromMembership/toMembership): when not, their read is
   * skipped and the hops carry null there. Absent: read.
   */
  withMemberships?: boolean;
}

/** A PART_OF relationship on a path. */
export interface PathAffiliationLinkModel {
  childId: string;
  parentId: string;
  sources: string[];
}

/** One hop of a path: organisation to organisation through a shared consortium, or through PART_OF. */
export interface ConnectionHopModel {
  fromId: string;
  toId: string;
  consortiumId: string | null;
  fromMembership: MembershipModel | null;
  toMembership: MembershipModel | null;
  partOf: PathAffiliationLinkModel | null;
}

export interface ConnectionPathModel {
  organizationIds: string[];
  hops: ConnectionHopModel[];
}

export type ConnectionsOutcome =
  'FOUND' | 'SAME_ORGANIZATION' | 'NONE_WITHIN_MAX_HOPS' | 'NOT_CONNECTED' | 'UNKNOWN_ORGANIZATION';

export interface ConnectionsModel {
  fromId: string;
  toId: string;
  /** Paths of earlier pages, skipped (for the page's cursor). */
  offset: number;
  outcome: ConnectionsOutcome;
  reason: string;
  length: number | null;
  paths: ConnectionPathModel[];
  hasNextPage: boolean;
  explored: number;
}

// Nodes of the search: organisations, consortia, and one node per PART_OF relationship (keyed by its child, which
// has one parent), so that a hop through PART_OF is two relationships long like a hop through a consortium.
type Link =
  { kind: 'membership'; orgId: string; consortiumId: string } | { kind: 'partOf'; partOf: PathAffiliationLinkModel };
const org = (id: string) => `o:${id}`;
const consortium = (id: string) => `c:${id}`;
const affiliation = (childId: string) => `a:${childId}`;
const idOf = (key: string) => key.slice(2);

/**
 * The shortest paths between two organisations through shared consortia (memberships held on `asOf`, of
 * consortia in their program with `activeOnly`) and, with `includeAffiliates`, PART_OF: one page of them, with
 * the outcome saying why there are none. Refused with PathWorkError past CONNECTION_LIMITS.maxWork.
 */
export function connections(db: Database, query: ConnectionsQuery): Promise<ConnectionsModel> {
  // One transaction for the whole search: its statements follow each other, each needing the one before.
  return db.readTogether((reader) => searchConnections(reader, query));
}

async function searchConnections(db: Reader, query: ConnectionsQuery): Promise<ConnectionsModel> {
  // Without affiliates, the degrees come with the first frontier (a hop through PART_OF needs its own read).
  const start = query.includeAffiliates ? null : await searchStartOf(db, query.from, query.to, query, maxWork);
  const degrees = start === null ? await organizationDegrees(db, [query.from, query.to]) : degreesOf(query, start);
  const missing = [query.from, query.to].filter((id) => !degrees.has(id));
  if (missing.length > 0) {
    return none(query, 'UNKNOWN_ORGANIZATION', `no organisation has the id ${[...new Set(missing)].join(', ')}`, 0);
  }
  if (query.from === query.to) {
    const path = { organizationIds: [query.from], hops: [] };
    return {
      ...none(query, 'SAME_ORGANIZATION', 'from and to are the same organisation', 0),
      length: 0,
      paths: [path],
    };
  }
  const result = await shortestPaths<Link>({
    source: org(query.from),
    target: org(query.to),
    sourceDegree: degrees.get(query.from)!,
    targetDegree: degrees.get(query.to)!,
    maxLength: 2 * query.maxHops,
    budget: maxWork,
    expand: answeringFirst(start?.first ?? null, maxWork + 1, frontierReader(db, query)),
  });
  switch (result.kind) {
    case 'none-within':
      return none(query, 'NONE_WITHIN_MAX_HOPS', `no path of at most ${query.maxHops} hops exists`, result.explored);
    case 'disconnected':
      return none(query, 'NOT_CONNECTED', 'no path of any length exists: nothing links the two', result.explored);
    case 'found': {
      const page = pageOf(result.paths(), query.offset, query.first);
      const memberships = query.withMemberships === false ? null : await membershipsOfPaths(db, page.paths);
      return {
        fromId: query.from,
        toId: query.to,
        offset: query.offset,
        outcome: 'FOUND',
        reason: `shortest paths have ${result.length / 2} hops`,
        length: result.length / 2,
        paths: page.paths.map((path) => asConnectionPath(path, memberships)),
        hasNextPage: page.hasNextPage,
        explored: result.explored,
      };
    }
  }
}

const maxWork = CONNECTION_LIMITS.maxWork;

function degreesOf(query: ConnectionsQuery, start: SearchStart): Map<string, number> {
  const degrees = new Map<string, number>();
  if (start.fromDegree !== null) degrees.set(query.from, start.fromDegree);
  if (start.toDegree !== null) degrees.set(query.to, start.toDegree);
  return degrees;
}

/**
 * `expand`, except that the search's first expansion (one organisation, the whole budget) is answered from the
 * frontier SEARCH_START read with the degrees, if that is the one read: the same edges the reader would return.
 */
function answeringFirst(
  first: SearchStart['first'],
  firstLimit: number,
  expand: ExpandFrontier<Link>,
): ExpandFrontier<Link> {
  let pending = first;
  return (nodes, limit) => {
    const read = pending;
    pending = null;
    if (read === null || nodes.length !== 1 || nodes[0] !== org(read.orgId) || limit !== firstLimit) {
      return expand(nodes, limit);
    }
    return Promise.resolve(read.edges.map(membershipEdgeFromOrganization));
  };
}

const membershipLinkOf = ({ orgId, consortiumId }: MembershipEdge): Link => ({
  kind: 'membership',
  orgId,
  consortiumId,
});

/** A membership read from its organisation, as an edge of the search. */
const membershipEdgeFromOrganization = (edge: MembershipEdge): GraphEdge<Link> => ({
  from: org(edge.orgId),
  to: consortium(edge.consortiumId),
  link: membershipLinkOf(edge),
  toDegree: edge.degree,
});

function none(
  query: ConnectionsQuery,
  outcome: ConnectionsOutcome,
  reason: string,
  explored: number,
): ConnectionsModel {
  return {
    fromId: query.from,
    toId: query.to,
    offset: 0,
    outcome,
    reason,
    length: null,
    paths: [],
    hasNextPage: false,
    explored,
  };
}

/** Skips `offset` paths and takes `first`, reading one more to know whether another page exists. */
function pageOf<T>(paths: Generator<T>, offset: number, first: number): { paths: T[]; hasNextPage: boolean } {
  const taken: T[] = [];
  let index = 0;
  for (const path of paths) {
    if (index >= offset + first) return { paths: taken, hasNextPage: true };
    if (index >= offset) taken.push(path);
    index += 1;
  }
  return { paths: taken, hasNextPage: false };
}

/**
 * Reads the relationships of a frontier, of every kind of node in it, within `limit` in all. It remembers the
 * PART_OF relationships it has read: a PART_OF node leads to both ends, which its relationship names (no read).
 */
function frontierReader(db: Reader, query: ConnectionsQuery): ExpandFrontier<Link> {
  const partOfByNode = new Map<string, PartOfEdge>();
  return async (nodes, limit) => {
    const orgIds = nodes.filter((node) => node.startsWith('o:')).map(idOf);
    const consortiumIds = nodes.filter((node) => node.startsWith('c:')).map(idOf);
    const edges: Array<GraphEdge<Link>> = [];
    if (orgIds.length > 0) {
      for (const edge of await membershipsFromOrganizations(db, orgIds, query, limit)) {
        edges.push(membershipEdgeFromOrganization(edge));
      }
    }
    if (orgIds.length > 0 && query.includeAffiliates && edges.length <= limit) {
      const asked = new Set(orgIds);
      for (const edge of await partOfLinks(db, orgIds, limit - edges.length + 1)) {
        const node = affiliation(edge.childId);
        partOfByNode.set(node, edge);
        const link = partOfLink(edge);
        if (asked.has(edge.childId)) edges.push({ from: org(edge.childId), to: node, link, toDegree: 2 });
        if (asked.has(edge.parentId)) edges.push({ from: org(edge.parentId), to: node, link, toDegree: 2 });
      }
    }
    if (consortiumIds.length > 0 && edges.length <= limit) {
      for (const edge of await membershipsOfConsortia(db, consortiumIds, query, limit - edges.length + 1)) {
        edges.push({
          from: consortium(edge.consortiumId),
          to: org(edge.orgId),
          link: membershipLinkOf(edge),
          toDegree: edge.degree,
        });
      }
    }
    for (const node of nodes.filter((key) => key.startsWith('a:'))) {
      const edge = partOfByNode.get(node)!;
      const link = partOfLink(edge);
      edges.push({ from: node, to: org(edge.childId), link, toDegree: edge.childDegree });
      edges.push({ from: node, to: org(edge.parentId), link, toDegree: edge.parentDegree });
    }
    return edges;
  };
}

const partOfLink = (edge: PartOfEdge): Link => ({
  kind: 'partOf',
  partOf: { childId: edge.childId, parentId: edge.parentId, sources: edge.sources },
});

const pairKey = (orgId: string, consortiumId: string) => `${orgId}\u0000${consortiumId}`;

/** The memberships on a page of paths, by organisation and consortium: one read for the whole page. */
async function membershipsOfPaths(
  db: Reader,
  paths: ReadonlyArray<FoundPath<Link>>,
): Promise<Map<string, MembershipModel>> {
  const pairs = new Map<string, { orgId: string; consortiumId: string }>();
  for (const link of paths.flatMap((path) => path.links)) {
    if (link.kind === 'membership') pairs.set(pairKey(link.orgId, link.consortiumId), link);
  }
  const rows = pairs.size === 0 ? [] : await membershipsOn(db, [...pairs.values()]);
  return new Map(rows.map(({ membership }) => [pairKey(membership.orgId, membership.consortiumId), membership]));
}

/** A path of the search (organisation, consortium or PART_OF node, organisation, …) as hops between organisations. */
function asConnectionPath(
  path: FoundPath<Link>,
  memberships: ReadonlyMap<string, MembershipModel> | null,
): ConnectionPathModel {
  const organizationIds = path.nodes.filter((_node, index) => index % 2 === 0).map(idOf);
  const membershipOf = (link: Link & { kind: 'membership' }) => {
    if (memberships === null) return null;
    const membership = memberships.get(pairKey(link.orgId, link.consortiumId));
    // Read in a later statement than the search: a membership deleted between the two is a conflict, not a path.
    if (!membership) throw new Error(`the membership of ${link.orgId} in ${link.consortiumId} is gone; ask again`);
    return membership;
  };
  const hops: ConnectionHopModel[] = [];
  for (let hop = 0; hop < organizationIds.length - 1; hop += 1) {
    const [first, second] = [path.links[2 * hop]!, path.links[2 * hop + 1]!];
    const fromId = organizationIds[hop]!;
    const toId = organizationIds[hop + 1]!;
    if (first.kind === 'membership' && second.kind === 'membership') {
      hops.push({
        fromId,
        toId,
        consortiumId: first.consortiumId,
        fromMembership: membershipOf(first),
        toMembership: membershipOf(second),
        partOf: null,
      });
    } else if (first.kind === 'partOf') {
      hops.push({ fromId, toId, consortiumId: null, fromMembership: null, toMembership: null, partOf: first.partOf });
    }
  }
  return { organizationIds, hops };
}
