import type { Database } from '../db/database';
import {
  affiliationsTouching,
  coMemberships,
  networkMemberships,
  type AffiliationRow,
  type CoMembershipRow,
  type NetworkMembershipRow,
  type NetworkOrganizationRow,
} from '../db/reads/networkReads';
import { computeMeasures, type UnmeasuredNode } from './measures';
import type { LabelLanguage, NetworkOptions } from './networkOptions';
import type { Network, NetworkEdge } from './networkTypes';

interface NetworkRows {
  memberships: NetworkMembershipRow[];
  coMemberships: CoMembershipRow[];
  affiliations: AffiliationRow[];
}

/**
 * Builds the network the GraphQL `network` field, the `/export/network.*` downloads and `npm run export` serve:
 * nodes (organisations, and consortia in BIPARTITE) with their measures, and edges, at most one per pair of nodes.
 * Organisations come first, then consortia, each sorted by name, so the same graph always gives the same network.
 */
export async function buildNetwork(db: Database, options: NetworkOptions): Promise<Network> {
  const rows = await readNetworkRows(db, options);
  const organizations = organizationNodes(rows, options.labelLanguage);
  const consortia = options.projection === 'BIPARTITE' ? consortiumNodes(rows.memberships) : [];
  const edges =
    options.projection === 'BIPARTITE' ? membershipEdges(rows.memberships) : coMembershipEdges(rows.coMemberships);
  const nodes = [...organizations, ...consortia];
  const allEdges = withAffiliations(edges, rows.affiliations);
  return { projection: options.projection, nodes: computeMeasures(nodes, allEdges), edges: allEdges };
}

/** One read transaction, so the nodes, the pairs and the affiliations come from the same state of the graph. */
function readNetworkRows(db: Database, options: NetworkOptions): Promise<NetworkRows> {
  const scope = { consortia: options.consortia, kinds: options.kinds, asOf: options.asOf };
  return db.readTx(async (tx) => {
    const memberships = await networkMemberships(db, tx, scope);
    const pairs =
      options.projection === 'CO_MEMBERSHIP' ? await coMemberships(db, tx, scope, options.minWeight ?? 1) : [];
    const memberIds = [...new Set(memberships.map((row) => row.organization.id))];
    const affiliations = options.includeAffiliations
      ? await affiliationsTouching(db, tx, memberIds, options.kinds)
      : [];
    return { memberships, coMemberships: pairs, affiliations };
  });
}

export const organizationNodeId = (id: string) => `org:${id}`;
export const consortiumNodeId = (id: string) => `consortium:${id}`;

function labelOf(organization: NetworkOrganizationRow, language: LabelLanguage): string {
  if (language === 'KO') return organization.nameKo ?? organization.name;
  if (language === 'JA') return organization.nameJa ?? organization.name;
  return organization.name;
}

// By English name whatever the label language, so communities do not depend on it.
const byName = (a: { id: string; name: string }, b: { id: string; name: string }) =>
  a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id, 'en');

/**
 * Members of the scope, with the number of its consortia each belongs to; with affiliations, the other end of
 * each PART_OF link joins with a count of 0.
 */
function organizationNodes(rows: NetworkRows, language: LabelLanguage): UnmeasuredNode[] {
  const consortiaOf = new Map<string, { organization: NetworkOrganizationRow; count: number }>();
  for (const { organization } of rows.memberships) {
    const entry = consortiaOf.get(organization.id) ?? { organization, count: 0 };
    entry.count += 1;
    consortiaOf.set(organization.id, entry);
  }
  for (const { part, whole } of rows.affiliations) {
    for (const organization of [part, whole]) {
      if (!consortiaOf.has(organization.id)) consortiaOf.set(organization.id, { organization, count: 0 });
    }
  }
  return [...consortiaOf.values()]
    .sort((a, b) => byName(a.organization, b.organization))
    .map(({ organization, count }) => ({
      id: organizationNodeId(organization.id),
      entityId: organization.id,
      label: labelOf(organization, language),
      type: 'ORGANIZATION' as const,
      kind: organization.kind,
      country: organization.country,
      consortiumCount: count,
    }));
}

/** Consortia with at least one member in the scope; `consortiumCount` is that number of members. */
function consortiumNodes(memberships: readonly NetworkMembershipRow[]): UnmeasuredNode[] {
  const membersOf = new Map<string, { name: string; count: number }>();
  for (const { consortium } of memberships) {
    const entry = membersOf.get(consortium.id) ?? { name: consortium.name, count: 0 };
    entry.count += 1;
    membersOf.set(consortium.id, entry);
  }
  return [...membersOf.entries()]
    .sort(([aId, a], [bId, b]) => byName({ id: aId, name: a.name }, { id: bId, name: b.name }))
    .map(([id, { name, count }]) => ({
      id: consortiumNodeId(id),
      entityId: id,
      label: name,
      type: 'CONSORTIUM' as const,
      kind: null,
      country: null,
      consortiumCount: count,
    }));
}

function membershipEdges(memberships: readonly NetworkMembershipRow[]): NetworkEdge[] {
  return memberships.map(({ organization, consortium, role, category }) =>
    edge(organizationNodeId(organization.id), consortiumNodeId(consortium.id), {
      type: 'MEMBERSHIP',
      weight: 1,
      role,
      category,
    }),
  );
}

function coMembershipEdges(pairs: readonly CoMembershipRow[]): NetworkEdge[] {
  return pairs.map(({ sourceId, targetId, weight }) =>
    edge(organizationNodeId(sourceId), organizationNodeId(targetId), { type: 'CO_MEMBERSHIP', weight }),
  );
}

/** Adds an AFFILIATION edge per PART_OF link, except where the pair already has an edge (one edge per pair). */
function withAffiliations(edges: readonly NetworkEdge[], affiliations: readonly AffiliationRow[]): NetworkEdge[] {
  const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  const linked = new Set(edges.map((e) => pairKey(e.source, e.target)));
  const added = affiliations
    .map(({ part, whole }) =>
      edge(organizationNodeId(part.id), organizationNodeId(whole.id), { type: 'AFFILIATION', weight: 1 }),
    )
    .filter((e) => !linked.has(pairKey(e.source, e.target)));
  return [...edges, ...added];
}

function edge(
  source: string,
  target: string,
  fields: Pick<NetworkEdge, 'type' | 'weight'> & Partial<Pick<NetworkEdge, 'role' | 'category'>>,
): NetworkEdge {
  return { id: `${source}|${target}`, source, target, role: null, category: null, ...fields };
}
