import type { NetworkEdge, NetworkNode } from './networkTypes';

/**
 * A node's attributes other than its id, as the JSON exports write them (`null` kept as `null`); a measure that was
 * not computed is left out.
 */
export function nodeAttributes(node: NetworkNode): Omit<NetworkNode, 'id'> {
  const attributes: Omit<NetworkNode, 'id'> = {
    label: node.label,
    entityId: node.entityId,
    type: node.type,
    kind: node.kind,
    country: node.country,
    consortiumCount: node.consortiumCount,
  };
  // Consortia carry their title and programme (null when unknown); organisations have no such attribute.
  if (node.title !== undefined) attributes.title = node.title;
  if (node.frameworkProgramme !== undefined) attributes.frameworkProgramme = node.frameworkProgramme;
  if (node.degree !== undefined) attributes.degree = node.degree;
  if (node.weightedDegree !== undefined) attributes.weightedDegree = node.weightedDegree;
  if (node.betweenness !== undefined) attributes.betweenness = node.betweenness;
  if (node.community !== undefined) attributes.community = node.community;
  return attributes;
}

/** An edge's attributes other than id, source and target, as the JSON exports write them. */
export function edgeAttributes(edge: NetworkEdge): Omit<NetworkEdge, 'id' | 'source' | 'target'> {
  const attributes = { type: edge.type, weight: edge.weight, role: edge.role, category: edge.category };
  // Only MEMBERSHIP edges carry an EC contribution (null when unknown).
  return edge.ecContribution === undefined ? attributes : { ...attributes, ecContribution: edge.ecContribution };
}
