import { createHash } from 'node:crypto';
import type { Database, Tx } from '../db/database';
import { GraphWrites } from '../db/writes/graphWrites';
import { lockOrganizations, membershipExists } from '../db/writes/lookups';
import { requireExisting } from './requireExisting';
import { checkDay, checkId, checkName, checkPeriod, checkRole, checkText, checkUrl, FieldError } from './validation';
import { catchRejection, validated, WriteRejected, type WriteResult } from './writeResult';

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

/** A new source's fields once checked: trimmed, blanks null. */
interface CheckedSource {
  title: string;
  url: string | null;
  publisher: string | null;
  date: string | null;
}

/** The id a new source gets: the same url (or, without one, title) gives the same id. */
export function newSourceId(source: CheckedSource): string {
  return `src-${createHash('sha256')
    .update(source.url ?? source.title)
    .digest('hex')
    .slice(0, 16)}`;
}

/** Checks every field of the input (INVALID_INPUT naming the field), before anything is read or written. */
function checkedMembership(input: MembershipInput) {
  return validated(() => {
    const since = input.since ? checkDay('since', input.since) : null;
    const until = input.until ? checkDay('until', input.until) : null;
    checkPeriod(since, until);
    const { sourceId, source } = checkedCitation(input);
    return {
      organizationId: checkId('organizationId', input.organizationId),
      consortiumId: checkId('consortiumId', input.consortiumId),
      role: checkRole('role', input.role ?? 'MEMBER'),
      category: checkText('category', input.category, 'category'),
      note: checkText('note', input.note, 'note'),
      since,
      until,
      sourceId,
      source,
    };
  });
}

/** A write's citation once checked: an existing source's id, or a new source's fields. */
export interface CheckedCitation {
  sourceId: string | null;
  source: CheckedSource | null;
}

/**
 * Checks that exactly one of sourceId (an existing source) and source (a new one) is given, and the new source's
 * fields; throws FieldError. Every write that cites a source checks it so (memberships, the program timeline).
 */
export function checkedCitation(input: { sourceId?: string | null; source?: NewSourceInput | null }): CheckedCitation {
  if ((input.sourceId ? 1 : 0) + (input.source ? 1 : 0) !== 1) {
    throw new FieldError('sourceId', 'give exactly one of sourceId (an existing source) or source (a new one)');
  }
  const source = input.source
    ? {
        title: checkName('source.title', input.source.title),
        url: checkUrl('source.url', input.source.url),
        publisher: checkText('source.publisher', input.source.publisher, 'name'),
        date: input.source.date ? checkDay('source.date', input.source.date) : null,
      }
    : null;
  return { sourceId: input.sourceId ? checkId('sourceId', input.sourceId) : null, source };
}

/**
 * Adds a membership citing a source, in one transaction. NOT_FOUND for an unknown organisation,
 * consortium or sourceId; ALREADY_EXISTS when the organisation is already a member (the checks run
 * under the organisation's lock, so of identical parallel requests exactly one succeeds, and an
 * organisation merged away meanwhile is NOT_FOUND rather than a membership silently not written).
 */
export function addMembership(db: Database, input: MembershipInput): Promise<WriteResult<MembershipKey>> {
  return catchRejection(async () => {
    const fields = checkedMembership(input);
    const key = { organizationId: fields.organizationId, consortiumId: fields.consortiumId };
    return db.writeTx(async (tx) => {
      await lockOrganizations(db, tx, [key.organizationId]);
      await requireExisting(db, tx, 'Organization', 'organizationId', [key.organizationId]);
      await requireExisting(db, tx, 'Consortium', 'consortiumId', [key.consortiumId]);
      const sourceId = await citedSource(db, tx, fields);
      if (await membershipExists(db, tx, key)) {
        const message = `${key.organizationId} is already a member of ${key.consortiumId}`;
        throw new WriteRejected({ code: 'ALREADY_EXISTS', message, field: null });
      }
      const { role, category, note, since, until } = fields;
      await new GraphWrites(db, tx).mergeMemberships([
        {
          orgId: key.organizationId,
          consortiumId: key.consortiumId,
          role,
          category,
          note,
          since,
          until,
          sources: [sourceId],
        },
      ]);
      return key;
    });
  });
}

/** Removes a membership (NOT_FOUND when there is none) and refreshes both counts. */
export function removeMembership(db: Database, input: MembershipKey): Promise<WriteResult<MembershipKey>> {
  return catchRejection(() => {
    const key = validated(() => ({
      organizationId: checkId('organizationId', input.organizationId),
      consortiumId: checkId('consortiumId', input.consortiumId),
    }));
    return db.writeTx(async (tx) => {
      const removed = await new GraphWrites(db, tx).removeMembership(key.organizationId, key.consortiumId);
      if (removed === 0) {
        const message = `${key.organizationId} is not a member of ${key.consortiumId}`;
        throw new WriteRejected({ code: 'NOT_FOUND', message, field: null });
      }
      return key;
    });
  });
}

/** The id of the source a write cites: an existing one (checked, NOT_FOUND) or a new one (created). */
export async function citedSource(db: Database, tx: Tx, fields: CheckedCitation): Promise<string> {
  if (fields.sourceId !== null) {
    await requireExisting(db, tx, 'Source', 'sourceId', [fields.sourceId]);
    return fields.sourceId;
  }
  const source = fields.source!;
  const id = newSourceId(source);
  await new GraphWrites(db, tx).sourceIfNew({ id, ...source });
  return id;
}
