import type { Database, Tx } from '../database';
import type { StageRow } from './graphWrites';

/**
 * The statements of the program-timeline mutations (src/edits/timeline.ts holds their rules). Each runs inside the
 * caller's transaction, so a mutation is one transaction: all of it or none.
 */

/** A stage to create or restate (the seed's stage row, citing one source); its sources and quotes are added to the stored ones. */
export type StageWriteRow = Omit<StageRow, 'sources' | 'evaluatesTeams'> & {
  evaluatesTeams: boolean;
  sourceId: string;
};

/** A standing to record (or restate, adding its source and quote). */
export interface StandingWriteRow {
  consortiumId: string;
  stageId: string;
  status: string;
  reason: string | null;
  quote: string | null;
  sourceId: string;
}

/** What the timeline rules check a stage against: where it is, and which stage holds its order. */
export interface StageFacts {
  programId: string | null;
  stageAtOrder: string | null;
}

/** The stored program of stage `id` (null for a new stage) and the id of the program's stage at `order`. */
export async function stageFacts(
  db: Database,
  tx: Tx,
  stage: { id: string; programId: string; order: number },
): Promise<StageFacts> {
  const [row] = await db.run<StageFacts>(
    tx,
    `OPTIONAL MATCH (existing:Stage {id: $id})<-[:HAS_STAGE]-(owner:Program)
     OPTIONAL MATCH (:Program {id: $programId})-[:HAS_STAGE]->(taken:Stage {order: $order})
     RETURN owner.id AS programId, head(collect(taken.id)) AS stageAtOrder`,
    stage,
  );
  return row!;
}

/** Takes the program's write lock, so two timeline writes to one program check and write one after the other. */
export async function lockProgram(db: Database, tx: Tx, programId: string): Promise<void> {
  await db.run(tx, 'MATCH (p:Program {id: $programId}) SET p.writeLock = true REMOVE p.writeLock', { programId });
}

export async function mergeStage(db: Database, tx: Tx, row: StageWriteRow): Promise<void> {
  await db.run(
    tx,
    `MATCH (p:Program {id: $programId})
     MERGE (s:Stage {id: $id})
     SET s.order = $order, s.name = $name, s.status = $status, s.date = date($date), s.endDate = date($endDate),
         s.period = $period, s.knownBy = date($knownBy), s.evaluatesTeams = $evaluatesTeams,
         s.description = $description,
         s.sources = coalesce(s.sources, []) + [x IN [$sourceId] WHERE NOT x IN coalesce(s.sources, [])]
     MERGE (p)-[:HAS_STAGE]->(s)`,
    { ...row },
  );
}

/** What a standing is checked against: the consortium's program, the stage's program and day, standings there. */
export interface StandingFacts {
  consortiumProgramId: string | null;
  stageProgramId: string;
  stageDay: string | null;
  statusesAtStage: string[];
}

/** The facts a standing is checked against; undefined when the consortium or the stage does not exist. */
export async function standingFacts(
  db: Database,
  tx: Tx,
  key: { consortiumId: string; stageId: string },
): Promise<StandingFacts | undefined> {
  const [row] = await db.run<StandingFacts>(
    tx,
    `MATCH (c:Consortium {id: $consortiumId})
     MATCH (st:Stage {id: $stageId})<-[:HAS_STAGE]-(sp:Program)
     RETURN [(c)-[:IN_PROGRAM]->(p) | p.id][0] AS consortiumProgramId, sp.id AS stageProgramId,
            toString(coalesce(st.date, st.knownBy)) AS stageDay,
            [(c)-[r:STANDING]->(st) | r.status] AS statusesAtStage`,
    key,
  );
  return row;
}

export async function mergeStanding(db: Database, tx: Tx, row: StandingWriteRow): Promise<void> {
  await db.run(
    tx,
    `MATCH (c:Consortium {id: $consortiumId})
     MATCH (st:Stage {id: $stageId})
     MERGE (c)-[r:STANDING {status: $status}]->(st)
     SET r.reason = coalesce($reason, r.reason), r.provenance = 'STATED',
         r.sources = coalesce(r.sources, []) + [x IN [$sourceId] WHERE NOT x IN coalesce(r.sources, [])],
         r.quotes = coalesce(r.quotes, []) + [q IN [$quote] WHERE q IS NOT NULL AND NOT q IN coalesce(r.quotes, [])]`,
    { ...row },
  );
}

/** The stored `since` and `until` of a membership, or undefined when there is none. */
export async function membershipDays(
  db: Database,
  tx: Tx,
  key: { organizationId: string; consortiumId: string },
): Promise<{ since: string | null; until: string | null } | undefined> {
  const [row] = await db.run<{ since: string | null; until: string | null }>(
    tx,
    `MATCH (:Organization {id: $organizationId})-[m:MEMBER_OF]->(:Consortium {id: $consortiumId})
     RETURN toString(m.since) AS since, toString(m.until) AS until`,
    key,
  );
  return row;
}

/** Sets the last day a membership held, adding the source (and quote) that reports its end. */
export async function endMembership(
  db: Database,
  tx: Tx,
  row: { organizationId: string; consortiumId: string; until: string; quote: string | null; sourceId: string },
): Promise<void> {
  await db.run(
    tx,
    `MATCH (:Organization {id: $organizationId})-[m:MEMBER_OF]->(:Consortium {id: $consortiumId})
     SET m.until = date($until),
         m.sources = coalesce(m.sources, []) + [x IN [$sourceId] WHERE NOT x IN coalesce(m.sources, [])],
         m.quotes = coalesce(m.quotes, []) + [q IN [$quote] WHERE q IS NOT NULL AND NOT q IN coalesce(m.quotes, [])]`,
    { ...row },
  );
}
