import { createHash } from 'node:crypto';
import type { ImportedConsortium, ImportedMembership, ImportedOrganization } from '../db/writes/importWrites';
import { slugOf } from './validation';
import type { ImportRow, Rejection } from './importRows';

/** What batches wrote; an existing organisation or consortium counts as matched once per import. */
export interface BatchCounts {
  organizationsCreated: number;
  /** Existing organisations the rows resolved to (by id, name or alias). */
  organizationsMatched: number;
  consortiaCreated: number;
  consortiaMatched: number;
  membershipsCreated: number;
  /** Memberships that existed already (their sources now include this import). */
  membershipsMerged: number;
}

export interface BatchResult {
  rejections: Rejection[];
  counts: BatchCounts;
}

export const NO_COUNTS: BatchCounts = {
  organizationsCreated: 0,
  organizationsMatched: 0,
  consortiaCreated: 0,
  consortiaMatched: 0,
  membershipsCreated: 0,
  membershipsMerged: 0,
};

/** Adds one batch's counts to a running total. */
export function addCounts(total: BatchCounts, batch: BatchCounts): BatchCounts {
  const sum = { ...total };
  for (const key of Object.keys(sum) as Array<keyof BatchCounts>) sum[key] += batch[key];
  return sum;
}

/**
 * Where a batch is written: the graph through Bolt (ImportWrites, inside the import's transaction) or the
 * in-memory graph of an initial load (MemoryImportGraph), which answers each call as the statements would.
 */
export interface ImportTarget {
  /** Creates the organisations that do not exist; those without a kind are not created but named `kindless`. */
  createMissingOrganizations(
    organizations: ImportedOrganization[],
  ): Promise<{ created: number; matched: number; kindless: Set<string> }>;
  createMissingConsortia(consortia: ImportedConsortium[]): Promise<{ created: number; matched: number }>;
  /** Adds or restates memberships; answers how many it created. */
  mergeMemberships(memberships: ImportedMembership[]): Promise<number>;
  /** Lower-cased name → id of organisations whose name, other-language name or alias is one of `names`. */
  organizationIdsNamed(names: string[]): Promise<Array<{ key: string; id: string }>>;
  consortiumIdsNamed(names: string[]): Promise<Array<{ key: string; id: string }>>;
}

/** A readable id from a name; names without Latin letters (한국어, 日本語) get a hash-based one. */
export function idFromName(prefix: string, name: string): string {
  return slugOf(name) || `${prefix}-${createHash('sha256').update(name).digest('hex').slice(0, 12)}`;
}

/**
 * Writes an import's rows batch by batch, resolving entities as it goes: a row naming an organisation only by
 * name reuses the organisation whose name or alias matches case-insensitively (in the graph, which includes
 * earlier batches of this import, or earlier in the batch), else gets a slug id. Existing organisations and
 * consortia are cited, never rewritten.
 *
 * It keeps nothing between batches, so its memory does not grow with the file: each batch sends its organisations
 * and consortia once, and the graph (an index seek per id) says which exist.
 */
export class ImportBatchWriter {
  /**
   * Writes one batch to `writes`; answers what it wrote and the rows it had to reject (a new organisation without a
   * kind). The caller adds the counts up once the transaction has committed, so a batch the driver retries is
   * not counted twice.
   */
  async write(writes: ImportTarget, rows: ImportRow[]): Promise<BatchResult> {
    const orgIds = await this.resolveOrganizations(writes, rows);
    const consortiumIds = await this.resolveConsortia(writes, rows);

    const organizations = await writes.createMissingOrganizations(organizationsOf(rows, orgIds));
    const rejections: Rejection[] = [];
    const accepted: number[] = [];
    rows.forEach((row, index) => {
      if (!organizations.kindless.has(orgIds[index]!)) accepted.push(index);
      else {
        rejections.push({
          location: row.location,
          reason: `kind is required for the new organisation "${orgIds[index]}"`,
        });
      }
    });

    const consortia = await writes.createMissingConsortia(
      consortiaOf(
        accepted.map((index) => rows[index]!),
        accepted.map((index) => consortiumIds[index]!),
      ),
    );
    const memberships = accepted.map((index): ImportedMembership => {
      const row = rows[index]!;
      return {
        orgId: orgIds[index]!,
        consortiumId: consortiumIds[index]!,
        role: row.role,
        category: row.category,
        since: row.since,
        until: row.until,
        ...row.funding,
      };
    });
    const membershipsCreated = await writes.mergeMemberships(memberships);
    return {
      rejections,
      counts: {
        organizationsCreated: organizations.created,
        organizationsMatched: organizations.matched,
        consortiaCreated: consortia.created,
        consortiaMatched: consortia.matched,
        membershipsCreated,
        membershipsMerged: memberships.length - membershipsCreated,
      },
    };
  }

  /** The organisation id of each row: given, matched by name, or derived from the name. */
  private async resolveOrganizations(writes: ImportTarget, rows: ImportRow[]): Promise<string[]> {
    const byName = new Map<string, string>();
    // A name given with an id names that organisation for the name-only rows of the same batch, which the graph
    // cannot answer yet (the batch is not written).
    for (const { organization } of rows) {
      if (organization.id !== null && organization.name !== null) {
        const key = organization.name.toLowerCase();
        if (!byName.has(key)) byName.set(key, organization.id);
      }
    }
    const refs = rows.map((row) => row.organization);
    await this.lookUpNames(refs, byName, (names) => writes.organizationIdsNamed(names));
    return refs.map((ref) => idOf(ref, byName, 'org'));
  }

  private async resolveConsortia(writes: ImportTarget, rows: ImportRow[]): Promise<string[]> {
    const byName = new Map<string, string>();
    const refs = rows.map((row) => row.consortium);
    await this.lookUpNames(refs, byName, (names) => writes.consortiumIdsNamed(names));
    return refs.map((ref) => idOf(ref, byName, 'consortium'));
  }

  /** Looks up, in one statement, the names of name-only rows that the batch itself does not resolve. */
  private async lookUpNames(
    refs: Array<{ id: string | null; name: string | null }>,
    byName: Map<string, string>,
    lookUp: (names: string[]) => Promise<Array<{ key: string; id: string }>>,
  ): Promise<void> {
    const names = [...new Set(refs.filter((ref) => ref.id === null).map((ref) => ref.name!.toLowerCase()))].filter(
      (name) => !byName.has(name),
    );
    if (names.length === 0) return;
    for (const { key, id } of await lookUp(names)) byName.set(key, id);
  }
}

function idOf(ref: { id: string | null; name: string | null }, byName: Map<string, string>, prefix: string): string {
  if (ref.id !== null) return ref.id;
  const key = ref.name!.toLowerCase();
  const id = byName.get(key) ?? idFromName(prefix, ref.name!);
  byName.set(key, id);
  return id;
}

/** Each organisation of the batch once: the first row's name, the first kind and country any row gives. */
function organizationsOf(rows: ImportRow[], ids: string[]): ImportedOrganization[] {
  const byId = new Map<string, ImportedOrganization>();
  rows.forEach(({ organization }, index) => {
    const id = ids[index]!;
    const known = byId.get(id);
    if (known === undefined) {
      byId.set(id, {
        id,
        name: organization.name ?? id,
        kind: organization.kind,
        country: organization.country,
        aliases: organization.aliases,
      });
    } else {
      known.kind ??= organization.kind;
      known.country ??= organization.country;
    }
  });
  return [...byId.values()];
}

/** Each consortium of the batch once, as its first row describes it. */
function consortiaOf(rows: ImportRow[], ids: string[]): ImportedConsortium[] {
  const byId = new Map<string, ImportedConsortium>();
  rows.forEach(({ consortium }, index) => {
    const id = ids[index]!;
    if (!byId.has(id)) {
      byId.set(id, {
        id,
        name: consortium.name ?? id,
        startDate: consortium.startDate,
        endDate: consortium.endDate,
        ...consortium.funding,
      });
    }
  });
  return [...byId.values()];
}
