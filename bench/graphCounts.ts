import neo4j, { type Driver } from 'neo4j-driver';

/** Node and relationship counts by label and type, with the stored counts summed: what two loads must agree on. */
export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  storedConsortiumCounts: number;
  storedMemberCounts: number;
}

/** The graph's counts, read through Cypher (so independent of the code that loaded it). */
export async function graphCounts(driver: Driver): Promise<GraphCounts> {
  const one = async (statement: string) =>
    (await driver.executeQuery(statement, {}, { database: 'neo4j', routing: neo4j.routing.READ })).records;
  const byKey = (records: Awaited<ReturnType<typeof one>>) =>
    Object.fromEntries(records.map((record) => [record.get('key') as string, Number(record.get('count'))]));
  const stored = (
    await one(`MATCH (o:Organization) WITH sum(o.consortiumCount) AS organizations
      MATCH (c:Consortium) RETURN organizations, sum(c.memberCount) AS consortia`)
  )[0]!;
  return {
    nodes: byKey(await one('MATCH (n) UNWIND labels(n) AS key RETURN key, count(*) AS count ORDER BY key')),
    relationships: byKey(await one('MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS count ORDER BY key')),
    storedConsortiumCounts: Number(stored.get('organizations')),
    storedMemberCounts: Number(stored.get('consortia')),
  };
}

/** Runs `work` with a driver of its own on a loopback benchmark Neo4j, closed afterwards. */
export async function withDriver<T>(uri: string, work: (driver: Driver) => Promise<T>): Promise<T> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), { disableLosslessIntegers: true });
  try {
    return await work(driver);
  } finally {
    await driver.close();
  }
}
