import type { Database } from '../db/database';
import { consortiaByIds } from '../db/reads/consortiumReads';
import { sourcesByIds } from '../db/reads/sourceReads';
import { NetworkOptionsError, type NetworkOptions } from './networkOptions';

/**
 * Refuses an export whose `consortia` or `sources` names an id the graph does not hold: a misspelt id would
 * otherwise give an empty file that looks like an answer. GraphQL's `network` makes the same check through its
 * loaders (src/graphql/filterArguments.ts).
 *
 * @throws NetworkOptionsError naming every unknown id of the first list that has one.
 */
export async function refuseUnknownFilterIds(db: Database, options: NetworkOptions): Promise<void> {
  await refuseUnknown('consortia', options.consortia, (ids) => consortiaByIds(db, ids), 'consortiaConnection');
  await refuseUnknown('sources', options.sources, (ids) => sourcesByIds(db, ids), 'sourcesConnection');
}

async function refuseUnknown(
  name: string,
  ids: readonly string[] | null,
  read: (ids: readonly string[]) => Promise<readonly unknown[]>,
  listedBy: string,
): Promise<void> {
  if (ids === null || ids.length === 0) return;
  const found = await read(ids);
  const unknown = ids.filter((_, index) => found[index] === undefined);
  if (unknown.length === 0) return;
  throw new NetworkOptionsError(
    `${name}: no such id ${unknown.map((id) => JSON.stringify(id)).join(', ')}; GraphQL's ${listedBy} lists the ids`,
  );
}
