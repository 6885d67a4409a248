import type { Database } from '../db/database';
import { GraphWrites } from '../db/writes/graphWrites';
import { affiliateState, lockOrganizations } from '../db/writes/lookups';
import { requireExisting } from './requireExisting';
import { checkCount, checkCountry, checkDay, checkId, checkKind, checkName, FieldError } from './validation';
import { catchRejection, validated, WriteRejected, type WriteResult } from './writeResult';

export interface OrganizationInput {
  id: string;
  name: string;
  kind: string;
  nameKo?: string | null;
  nameJa?: string | null;
  aliases?: string[] | null;
  country?: string | null;
}

export interface ConsortiumInput {
  id: string;
  name: string;
  programId?: string | null;
  startDate?: string | null;
  endDate?: string | null;
}

export interface AffiliateInput {
  childId: string;
  parentId: string;
  sourceId: string;
}

/** At most LIST_LIMITS.aliases names, each checked as a name; duplicates dropped. */
function checkAliases(aliases: readonly string[]): string[] {
  checkCount('aliases', aliases);
  return [...new Set(aliases.map((alias) => checkName('aliases', alias)))];
}

const optional = <T>(value: string | null | undefined, check: (value: string) => T): T | null =>
  value === null || value === undefined || value.trim() === '' ? null : check(value);

/**
 * Creates the organisation or updates it (fields left out keep their value; aliases given replace
 * the list). One transaction; INVALID_INPUT for a bad id, name, kind or country. Answers its id.
 */
export function upsertOrganization(db: Database, input: OrganizationInput): Promise<WriteResult<string>> {
  return catchRejection(async () => {
    const row = validated(() => ({
      id: checkId('id', input.id),
      name: checkName('name', input.name),
      kind: checkKind('kind', input.kind),
      nameKo: optional(input.nameKo, (value) => checkName('nameKo', value)),
      nameJa: optional(input.nameJa, (value) => checkName('nameJa', value)),
      aliases: input.aliases ? checkAliases(input.aliases) : null,
      country: optional(input.country, (value) => checkCountry('country', value)),
    }));
    await db.writeTx((tx) => new GraphWrites(db, tx).upsertOrganizations([row]));
    return row.id;
  });
}

/** Creates the consortium or updates it; NOT_FOUND for an unknown programId. Answers its id. */
export function upsertConsortium(db: Database, input: ConsortiumInput): Promise<WriteResult<string>> {
  return catchRejection(async () => {
    const row = validated(() => {
      const startDate = optional(input.startDate, (value) => checkDay('startDate', value));
      const endDate = optional(input.endDate, (value) => checkDay('endDate', value));
      if (startDate !== null && endDate !== null && endDate < startDate) {
        throw new FieldError('endDate', `endDate ${endDate} is before startDate ${startDate}`);
      }
      const programId = optional(input.programId, (value) => checkId('programId', value));
      return { id: checkId('id', input.id), name: checkName('name', input.name), programId, startDate, endDate };
    });
    await db.writeTx(async (tx) => {
      if (row.programId !== null) await requireExisting(db, tx, 'Program', 'programId', [row.programId]);
      await new GraphWrites(db, tx).upsertConsortia([{ ...row, sources: [] }]);
    });
    return row.id;
  });
}

/**
 * Records that `childId` is part of `parentId` (a foundation of its university), citing a source.
 * Refuses a self-link, a cycle, a second parent (CONFLICT) and a link that exists (ALREADY_EXISTS).
 */
export function linkAffiliate(db: Database, input: AffiliateInput): Promise<WriteResult<string>> {
  return catchRejection(() => {
    const { childId, parentId, sourceId } = validated(() => ({
      childId: checkId('childId', input.childId),
      parentId: checkId('parentId', input.parentId),
      sourceId: checkId('sourceId', input.sourceId),
    }));
    if (childId === parentId) {
      throw new WriteRejected({
        code: 'INVALID_INPUT',
        message: 'an organisation cannot be part of itself',
        field: 'parentId',
      });
    }
    return db.writeTx(async (tx) => {
      // Locked before the checks, so neither can be merged away between the check and the write.
      await lockOrganizations(db, tx, [childId, parentId]);
      await requireExisting(db, tx, 'Organization', 'childId', [childId]);
      await requireExisting(db, tx, 'Organization', 'parentId', [parentId]);
      await requireExisting(db, tx, 'Source', 'sourceId', [sourceId]);
      const state = await affiliateState(db, tx, childId, parentId);
      if (state.parentIds.includes(parentId)) {
        throw new WriteRejected({
          code: 'ALREADY_EXISTS',
          message: `${childId} is already part of ${parentId}`,
          field: null,
        });
      }
      if (state.parentIds.length > 0) {
        const message = `${childId} is already part of ${state.parentIds.join(', ')}; an organisation has one parent`;
        throw new WriteRejected({ code: 'CONFLICT', message, field: 'childId' });
      }
      if (state.cycle) {
        throw new WriteRejected({
          code: 'CONFLICT',
          message: `${parentId} is itself part of ${childId}`,
          field: 'parentId',
        });
      }
      await new GraphWrites(db, tx).partOf([{ fromId: childId, toId: parentId, sources: [sourceId] }]);
      return childId;
    });
  });
}
