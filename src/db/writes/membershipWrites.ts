import { createHash } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../database';
import { GraphWrites } from './graphWrites';
import { lockOrganizations, requireExisting } from './lookups';
import { validated } from './organizationWrites';
import { checkDay, checkName, checkPeriod, checkRole, FieldError } from './validation';
import { catchRejection, WriteRejected, type WriteResult } from './writeResult';

export interface NewSourceInput {
  title: string;
  url?: string | null;
  publisher?: string | null;
  date?: string | null;
}

export interface MembershipInput {
  organizationId: string;
  consortiumId: string;
  /** LEAD or MEMBER (the default). */
  role?: string | null;
  category?: string | null;
  since?: string | null;
  until?: string | null;
  note?: string | null;
  /** An existing source the membership cites... */
  sourceId?: string | null;
  /** ...or a new one, created with an id derived from its url (or title), so resending is harmless. */
  source?: NewSourceInput | null;
}

export interface MembershipKey {
  organizationId: string;
  consortiumId: string;
}

const blankToNull = (value: string | null | undefined) => (value == null || value.trim() === '' ? null : value.trim());

/** The id a new source gets: the same url (or, without one, title) gives the same id. */
export function newSourceId(source: NewSourceInput): string {
  const key = blankToNull(source.url) ?? source.title.trim();
  return `src-${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
}

/**
 * Adds a membership citing a source, in one transaction. NOT_FOUND for an unknown organisation,
 * consortium or sourceId; ALREADY_EXISTS when the organisation is already a member (the check runs
 * under the organisation's lock, so of identical parallel requests exactly one succeeds).
 */
export function addMembership(db: Database, input: MembershipInput): Promise<WriteResult<MembershipKey>> {
  return catchRejection(async () => {
    const fields = validated(() => {
      const since = input.since ? checkDay('since', input.since) : null;
      const until = input.until ? checkDay('until', input.until) : null;
      checkPeriod(since, until);
      if ((input.sourceId ? 1 : 0) + (input.source ? 1 : 0) !== 1) {
        throw new FieldError('sourceId', 'give exactly one of sourceId (an existing source) or source (a new one)');
      }
      if (input.source) checkName('source.title', input.source.title);
      if (input.source?.date) checkDay('source.date', input.source.date);
      return { role: checkRole('role', input.role ?? 'MEMBER'), since, until };
    });
    return db.writeTx(async (tx) => {
      await requireExisting(db, tx, 'Organization', 'organizationId', [input.organizationId]);
      await requireExisting(db, tx, 'Consortium', 'consortiumId', [input.consortiumId]);
      const sourceId = await citedSource(db, tx, input);
      await lockOrganizations(db, tx, [input.organizationId]);
      if (await membershipExists(db, tx, input)) {
        const message = `${input.organizationId} is already a member of ${input.consortiumId}`;
        throw new WriteRejected({ code: 'ALREADY_EXISTS', message, field: null });
      }
      await new GraphWrites(db, tx).mergeMemberships([
        {
          orgId: input.organizationId,
          consortiumId: input.consortiumId,
          ...fields,
          category: blankToNull(input.category),
          note: blankToNull(input.note),
          sources: [sourceId],
        },
      ]);
      return { organizationId: input.organizationId, consortiumId: input.consortiumId };
    });
  });
}

/** Removes a membership (NOT_FOUND when there is none) and refreshes both counts. */
export function removeMembership(db: Database, key: MembershipKey): Promise<WriteResult<MembershipKey>> {
  return catchRejection(() =>
    db.writeTx(async (tx) => {
      const [row] = await db.run<{ removed: number }>(
        tx,
        `OPTIONAL MATCH (:Organization {id: $organizationId})-[m:MEMBER_OF]->(:Consortium {id: $consortiumId})
         DELETE m
         RETURN count(m) AS removed`,
        { ...key },
      );
      if (row!.removed === 0) {
        const message = `${key.organizationId} is not a member of ${key.consortiumId}`;
        throw new WriteRejected({ code: 'NOT_FOUND', message, field: null });
      }
      await new GraphWrites(db, tx).refreshCounts([key.organizationId], [key.consortiumId]);
      return key;
    }),
  );
}

async function membershipExists(db: Database, tx: ManagedTransaction, key: MembershipKey): Promise<boolean> {
  const [row] = await db.run<{ exists: boolean }>(
    tx,
    `RETURN EXISTS { (:Organization {id: $organizationId})-[:MEMBER_OF]->(:Consortium {id: $consortiumId}) } AS exists`,
    { organizationId: key.organizationId, consortiumId: key.consortiumId },
  );
  return row!.exists;
}

/** The id of the source the membership cites: an existing one (checked) or a new one (created). */
async function citedSource(db: Database, tx: ManagedTransaction, input: MembershipInput): Promise<string> {
  if (input.sourceId) {
    await requireExisting(db, tx, 'Source', 'sourceId', [input.sourceId]);
    return input.sourceId;
  }
  const source = input.source!;
  const id = newSourceId(source);
  await db.run(
    tx,
    `MERGE (s:Source {id: $id})
     ON CREATE SET s.title = $title, s.url = $url, s.publisher = $publisher, s.date = date($date)`,
    {
      id,
      title: source.title.trim(),
      url: blankToNull(source.url),
      publisher: blankToNull(source.publisher),
      date: blankToNull(source.date),
    },
  );
  return id;
}
