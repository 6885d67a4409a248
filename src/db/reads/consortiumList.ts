import type { ConsortiumModel } from '../../model/models';
import type { Database } from '../database';
import { consortiumFields } from './fragments';
import { keysetBounds, keysetOrder, keysetParams, type KeysetWindow } from './keyset';

// Two anchors, as in organizationList.ts: with a program, its consortia are found from the program's node.
const ANCHOR = {
  all: 'MATCH (c:Consortium)',
  program: 'MATCH (:Program {id: $programId})<-[:IN_PROGRAM]-(c:Consortium) WITH DISTINCT c',
} as const;
type Anchor = keyof typeof ANCHOR;

const pageStatement = (anchor: Anchor, backward: boolean) => `${ANCHOR[anchor]}
  WHERE c.name IS NOT NULL AND ${keysetBounds('c.name', 'c.id', 'ASC')}
  WITH c ORDER BY ${keysetOrder('c.name', 'c.id', 'ASC', backward)} LIMIT $limit
  RETURN ${consortiumFields('c')} AS consortium`;

const PAGE: Record<Anchor, readonly [string, string]> = {
  all: [pageStatement('all', false), pageStatement('all', true)],
  program: [pageStatement('program', false), pageStatement('program', true)],
};

const anchorOf = (programId: string | null): Anchor => (programId === null ? 'all' : 'program');

/** One window of consortia (of one program if given) by name, then id; rows in the order read. */
export async function pageOfConsortia(
  db: Database,
  programId: string | null,
  window: KeysetWindow,
): Promise<ConsortiumModel[]> {
  const rows = await db.read<{ consortium: ConsortiumModel }>(PAGE[anchorOf(programId)][window.backward ? 1 : 0], {
    programId,
    ...keysetParams(window),
  });
  return rows.map((row) => row.consortium);
}

const COUNT: Record<Anchor, string> = {
  // Without a program, Neo4j answers from its count store.
  all: 'MATCH (c:Consortium) RETURN count(c) AS total',
  program: `${ANCHOR.program} RETURN count(c) AS total`,
};

/** How many consortia (of one program if given) the graph holds. */
export async function countConsortia(db: Database, programId: string | null): Promise<number> {
  const [row] = await db.read<{ total: number }>(COUNT[anchorOf(programId)], { programId });
  return row?.total ?? 0;
}
