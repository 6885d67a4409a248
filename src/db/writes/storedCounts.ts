import type { Database, Tx } from '../database';

/**
 * The stored `consortiumCount` of organisations and `memberCount` of consortia, kept on the nodes so "order by
 * number of consortia" reads an index instead of counting every organisation's relationships on each request.
 * Set from the node's MEMBER_OF degree: MEMBER_OF always links an organisation to a consortium, so the degree is
 * the count, and Neo4j reads it in constant time rather than by walking the relationships.
 */
const SET_CONSORTIUM_COUNTS = `UNWIND $ids AS id
  MATCH (o:Organization {id: id})
  SET o.consortiumCount = COUNT { (o)-[:MEMBER_OF]->() }`;
const SET_MEMBER_COUNTS = `UNWIND $ids AS id
  MATCH (c:Consortium {id: id})
  SET c.memberCount = COUNT { ()-[:MEMBER_OF]->(c) }`;

/**
 * Recomputes the stored counts of these organisations and consortia (each once, however often named), inside the
 * caller's transaction: the one way every writer of memberships (seed, import, mutations, merge) keeps them.
 */
export async function refreshStoredCounts(
  db: Database,
  tx: Tx,
  orgIds: readonly string[],
  consortiumIds: readonly string[],
): Promise<void> {
  await db.run(tx, SET_CONSORTIUM_COUNTS, { ids: [...new Set(orgIds)] });
  await db.run(tx, SET_MEMBER_COUNTS, { ids: [...new Set(consortiumIds)] });
}
