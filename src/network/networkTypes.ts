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

export interface NetworkNode extends NodeMeasures {
  /** Unique across types: `org:<id>` or `consortium:<id>`. */
  id: string;
  /** The organisation's or consortium's own id. */
  entityId: string;
  label: string;
  type: NetworkNodeType;
  kind: OrganizationKind | null;
  country: string | null;
  /** For organisations, the consortia it belongs to in this network; for consortia, its member count. */
  consortiumCount: number;
}

export interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  type: NetworkEdgeType;
  weight: number;
  role: MembershipRole | null;
  category: string | null;
}

export interface Network {
  projection: NetworkProjection;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}
