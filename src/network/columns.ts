import type { NetworkEdge, NetworkNode } from './networkTypes';

/** How a column's values are typed in formats that declare types (GraphML, GEXF). */
export type ColumnType = 'string' | 'integer' | 'double';

/** One attribute of a node or an edge, as every tabular or keyed export writes it. */
export interface Column<T> {
  name: string;
  type: ColumnType;
  /** `null` means "no value": the attribute is left out (XML) or empty (CSV). */
  value: (item: T) => string | number | null;
}

/** Node attributes besides the id, in the order every export writes them. */
export const NODE_COLUMNS: readonly Column<NetworkNode>[] = [
  { name: 'label', type: 'string', value: (node) => node.label },
  { name: 'entityId', type: 'string', value: (node) => node.entityId },
  { name: 'type', type: 'string', value: (node) => node.type },
  { name: 'kind', type: 'string', value: (node) => node.kind },
  { name: 'country', type: 'string', value: (node) => node.country },
  { name: 'consortiumCount', type: 'integer', value: (node) => node.consortiumCount },
  { name: 'degree', type: 'integer', value: (node) => node.degree },
  { name: 'weightedDegree', type: 'double', value: (node) => node.weightedDegree },
  { name: 'betweenness', type: 'double', value: (node) => node.betweenness },
  { name: 'community', type: 'integer', value: (node) => node.community },
];

/** Edge attributes besides id, source and target, in the order every export writes them. */
export const EDGE_COLUMNS: readonly Column<NetworkEdge>[] = [
  { name: 'type', type: 'string', value: (edge) => edge.type },
  { name: 'weight', type: 'double', value: (edge) => edge.weight },
  { name: 'role', type: 'string', value: (edge) => edge.role },
  { name: 'category', type: 'string', value: (edge) => edge.category },
];
