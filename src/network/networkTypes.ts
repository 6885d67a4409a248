import type { MembershipRole, OrganizationKind } from '../model/kinds';

/** How the membership graph is turned into a network. */
export type NetworkProjection = 'BIPARTITE' | 'CO_MEMBERSHIP';

export type NetworkNodeType = 'ORGANIZATION' | 'CONSORTIUM';
export type NetworkEdgeType = 'MEMBERSHIP' | 'CO_MEMBERSHIP' | 'AFFILIATION';

/** Node-level measures, computed on the server for the projection asked for. */
export interface NodeMeasures {
  degree: number;
  weightedDegree: number;
  /** Normalised betweenness centrality (0..1): who bridges consortia. */
  betweenness: number;
  /** Louvain community id, 0-based, stable for the same input. */
  community: number;
}

/** A node measure's name. */
export type NetworkMeasure = keyof NodeMeasures;

/** Every measure, in the order the exports write them. */
export const NETWORK_MEASURES: readonly NetworkMeasure[] = ['degree', 'weightedDegree', 'betweenness', 'community'];

/**
 * Measures that need the whole network in memory (graphology): betweenness (Brandes, O(V·E)) and Louvain. Degree
 * and weighted degree are counted per node, also in Cypher, so they never stop an export from streaming.
 */
export const WHOLE_GRAPH_MEASURES: readonly NetworkMeasure[] = ['betweenness', 'community'];

/**
 * A node; only the measures that were asked for are present (all four unless the request said otherwise).
 */
export interface NetworkNode extends Partial<NodeMeasures> {
  /** Unique across types: `org:<id>` or `consortium:<id>`. */
  id: string;
  /** The organisation's or consortium's own id. */
  entityId: string;
  label: string;
  /** The language `label` is written in: the one asked for, or EN where the node has no name in it. */
  labelLanguage?: 'EN' | 'KO' | 'JA';
  /** The English name, and the Korean and Japanese ones where the sources give them (`null`: none). */
  name?: string;
  nameKo?: string | null;
  nameJa?: string | null;
  /** Written as `nodeKind` by the exports: `type` means a renderer in sigma.js. */
  type: NetworkNodeType;
  kind: OrganizationKind | null;
  country: string | null;
  /** For organisations, the consortia it belongs to in this network; for consortia, its member count. */
  consortiumCount: number;
  /** The server's layout position (layout.ts); every export carries one. */
  x?: number;
  y?: number;
  /** Drawing size, from consortiumCount ({@link nodeSize}). */
  size?: number;
  /** Dynamic GEXF only: the days the node is in the network (spells.ts). */
  spells?: readonly Spell[];
  /** Consortia only (absent on organisations): the project's title and framework programme (CORDIS), or null. */
  title?: string | null;
  frameworkProgramme?: string | null;
}

/** A closed interval of days (YYYY-MM-DD); `end` null is open (still holds). */
export interface Spell {
  start: string | null;
  end: string | null;
}

/** A node's drawing size: grows with the log of its consortia (organisations) or members (consortia). */
export const nodeSize = (consortiumCount: number): number =>
  Math.round((4 + 4 * Math.log2(1 + Math.max(0, consortiumCount))) * 100) / 100;

export interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  type: NetworkEdgeType;
  weight: number;
  role: MembershipRole | null;
  category: string | null;
  /** MEMBERSHIP only: the membership's own dates (YYYY-MM-DD), `null` when the sources give none. */
  since?: string | null;
  until?: string | null;
  /** Dynamic GEXF only: the days the edge is in the network (spells.ts). */
  spells?: readonly Spell[];
  /** MEMBERSHIP edges only (absent on the others): the EC contribution in euros (CORDIS), or null. */
  ecContribution?: number | null;
}

export interface Network {
  projection: NetworkProjection;
  /** The measures the nodes carry, in {@link NETWORK_MEASURES} order; all of them when absent. */
  measures?: readonly NetworkMeasure[];
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

/**
 * A network as the export writers read it: like {@link Network}, but the nodes and edges may arrive one by one
 * (from a Neo4j result stream), so the writers never need the whole network in memory.
 */
export interface NetworkSource {
  projection: NetworkProjection;
  measures?: readonly NetworkMeasure[];
  nodes: Iterable<NetworkNode> | AsyncIterable<NetworkNode>;
  edges: Iterable<NetworkEdge> | AsyncIterable<NetworkEdge>;
}
