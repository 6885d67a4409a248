import type { NetworkEdge, NetworkNode } from './networkTypes';

/** A node's attributes other than its id, as the JSON exports write them (`null` kept as `null`). */
export function nodeAttributes(node: NetworkNode): Omit<NetworkNode, 'id'> {
  return {
    label: node.label,
    entityId: node.entityId,
    type: node.type,
    kind: node.kind,
    country: node.country,
    consortiumCount: node.consortiumCount,
    degree: node.degree,
    weightedDegree: node.weightedDegree,
    betweenness: node.betweenness,
    community: node.community,
  };
}

/** An edge's attributes other than id, source and target, as the JSON exports write them. */
export function edgeAttributes(edge: NetworkEdge): Omit<NetworkEdge, 'id' | 'source' | 'target'> {
  return { type: edge.type, weight: edge.weight, role: edge.role, category: edge.category };
}
