import type { Database } from '../db/database';
import { lockOrganizations } from '../db/writes/lookups';
import * as timelineWrites from '../db/writes/timelineWrites';
import { citedSource } from './membershipEdits';
import { requireExisting } from './requireExisting';
import { checkPeriod } from './validation';
import { catchRejection, validated, WriteRejected, type WriteFailureCode, type WriteResult } from './writeResult';
import {
  checkedMembershipEnd,
  checkedStage,
  checkedStanding,
  type MembershipEndInput,
  type StageInput,
  type StandingInput,
} from './timelineRules';

/**
 * The program-timeline use cases: check the input, then in one transaction check it against the graph and write
 * it, citing a source (created in the same transaction when new). An expected failure is answered as data and
 * leaves the graph unchanged.
 */

function reject(code: WriteFailureCode, message: string, field: string): never {
  throw new WriteRejected({ code, message, field });
}

/**
 * Records a stage of a program, or restates the stage with that id (its fields replaced, the source added).
 * NOT_FOUND for an unknown program or sourceId; INVALID_INPUT for a stage id of another program; ALREADY_EXISTS when
 * another stage of the program has that order (the rule for the standing on a day reads stages in order).
 */
export function recordStage(db: Database, input: StageInput): Promise<WriteResult<string>> {
  return catchRejection(async () => {
    const stage = checkedStage(input);
    return db.writeTx(async (tx) => {
      await requireExisting(db, tx, 'Program', 'programId', [stage.programId]);
      await timelineWrites.lockProgram(db, tx, stage.programId);
      const facts = await timelineWrites.stageFacts(db, tx, stage);
      if (facts.programId !== null && facts.programId !== stage.programId) {
        reject('INVALID_INPUT', `stage "${stage.id}" is a stage of program "${facts.programId}"`, 'id');
      }
      if (facts.stageAtOrder !== null && facts.stageAtOrder !== stage.id) {
        reject(
          'ALREADY_EXISTS',
          `order ${stage.order} of "${stage.programId}" is stage "${facts.stageAtOrder}"`,
          'order',
        );
      }
      const sourceId = await citedSource(db, tx, stage);
      await timelineWrites.mergeStage(db, tx, { ...stage, sourceId });
      return stage.id;
    });
  });
}

/**
 * Records a team's standing after a stage, as a source reports it. NOT_FOUND for an unknown consortium, stage or
 * sourceId; INVALID_INPUT when the stage is not of the team's program or has no day yet (record it with recordStage);
 * CONFLICT when another standing is recorded for the team at that stage. Recording the same standing again adds
 * its source and quote.
 */
export function recordStanding(
  db: Database,
  input: StandingInput,
): Promise<WriteResult<{ consortiumId: string; stageId: string }>> {
  return catchRejection(async () => {
    const standing = checkedStanding(input);
    return db.writeTx(async (tx) => {
      await requireExisting(db, tx, 'Consortium', 'consortiumId', [standing.consortiumId]);
      const facts = await timelineWrites.standingFacts(db, tx, standing);
      if (!facts) reject('NOT_FOUND', `no Stage with id "${standing.stageId}"`, 'stageId');
      await timelineWrites.lockProgram(db, tx, facts.stageProgramId);
      checkStandingFits(standing, facts);
      const sourceId = await citedSource(db, tx, standing);
      await timelineWrites.mergeStanding(db, tx, { ...standing, sourceId });
      return { consortiumId: standing.consortiumId, stageId: standing.stageId };
    });
  });
}

function checkStandingFits(
  standing: { consortiumId: string; stageId: string; status: string },
  facts: timelineWrites.StandingFacts,
): void {
  if (facts.consortiumProgramId !== facts.stageProgramId) {
    const program = facts.consortiumProgramId ?? 'no program';
    reject(
      'INVALID_INPUT',
      `stage "${standing.stageId}" is not a stage of ${program}, the program of "${standing.consortiumId}"`,
      'stageId',
    );
  }
  if (facts.stageDay === null) {
    reject(
      'INVALID_INPUT',
      `stage "${standing.stageId}" has no date or knownBy: record its day first (recordStage)`,
      'stageId',
    );
  }
  const other = facts.statusesAtStage.find((status) => status !== standing.status);
  if (other !== undefined) {
    reject(
      'CONFLICT',
      `"${standing.consortiumId}" already has standing ${other} after "${standing.stageId}"`,
      'status',
    );
  }
}

/**
 * Records the last day a membership held, citing the source that reports its end. NOT_FOUND when there is no such
 * membership (or sourceId); INVALID_INPUT when `until` is before its `since`.
 */
export function recordMembershipEnd(
  db: Database,
  input: MembershipEndInput,
): Promise<WriteResult<{ organizationId: string; consortiumId: string }>> {
  return catchRejection(async () => {
    const end = checkedMembershipEnd(input);
    const key = { organizationId: end.organizationId, consortiumId: end.consortiumId };
    return db.writeTx(async (tx) => {
      await lockOrganizations(db, tx, [key.organizationId]);
      const days = await timelineWrites.membershipDays(db, tx, key);
      if (!days) reject('NOT_FOUND', `${key.organizationId} is not a member of ${key.consortiumId}`, 'organizationId');
      validated(() => checkPeriod(days.since, end.until));
      const sourceId = await citedSource(db, tx, end);
      await timelineWrites.endMembership(db, tx, { ...key, until: end.until, quote: end.quote, sourceId });
      return key;
    });
  });
}
