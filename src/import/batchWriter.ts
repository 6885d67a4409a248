import { createHash } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/database';
import { GraphWrites, type MembershipMergeRow, type OrganizationRow } from '../db/writes/graphWrites';
import { existingIds } from '../db/writes/lookups';
import { slugOf } from '../db/writes/validation';
import type { ImportRow, Rejection } from './importTypes';

export interface ImportCounts {
  organizationsCreated: number;
  organizationsMatched: number;
  consortiaCreated: number;
  consortiaMatched: number;
  membershipsCreated: number;
  membershipsMerged: number;
}

/** Names of organisations (any language, and aliases) that match one of `$names`, lower-cased. */
const ORGANIZATIONS_NAMED = `MATCH (o:Organization)
  UNWIND [x IN [o.name, o.nameKo, o.nameJa] + coalesce(o.aliases, []) WHERE x IS NOT NULL | toLower(x)] AS key
  WITH o, key WHERE key IN $names
  RETURN key, min(o.id) AS id`;

const CONSORTIA_NAMED = `MATCH (c:Consortium) WITH c, toLower(c.name) AS key WHERE key IN $names
  RETURN key, min(c.id) AS id`;

const MEMBERSHIPS_EXISTING = `UNWIND $pairs AS pair
  MATCH (:Organization {id: pair.orgId})-[:MEMBER_OF]->(:Consortium {id: pair.consortiumId})
  RETURN pair.orgId + '|' + pair.consortiumId AS key`;

/** A readable id from a name; names without Latin letters (한국어, 日本語) get a hash-based one. */
export function idFromName(prefix: string, name: string): string {
  return slugOf(name) || `${prefix}-${createHash('sha256').update(name).digest('hex').slice(0, 12)}`;
}

/**
 * Writes an import's rows batch by batch inside its one transaction, resolving entities as it
 * goes: a row naming an organisation only by name reuses the organisation whose name or alias
 * matches case-insensitively (earlier rows of this import included), else gets a slug id.
 * Existing organisations and consortia are cited, never rewritten.
 */
export class ImportBatchWriter {
  readonly counts: ImportCounts = {
    organizationsCreated: 0,
    organizationsMatched: 0,
    consortiaCreated: 0,
    consortiaMatched: 0,
    membershipsCreated: 0,
    membershipsMerged: 0,
  };
  private readonly organizationByName = new Map<string, string>();
  private readonly consortiumByName = new Map<string, string>();
  private readonly seenOrganizations = new Set<string>();
  private readonly seenConsortia = new Set<string>();
  private readonly writes: GraphWrites;

  constructor(
    private readonly db: Database,
    private readonly tx: ManagedTransaction,
    private readonly sourceId: string,
  ) {
    this.writes = new GraphWrites(db, tx);
  }

  /** Writes one batch; answers the rows it had to reject (a new organisation without a kind). */
  async write(rows: ImportRow[]): Promise<Rejection[]> {
    const orgIds: Array<string | null> = await this.resolveOrganizations(rows);
    const consortiumIds = await this.resolveConsortia(rows);
    const rejections = await this.createOrganizations(rows, orgIds);
    const accepted = rows.flatMap((row, index) =>
      orgIds[index] === null ? [] : [{ row, orgId: orgIds[index]!, consortiumId: consortiumIds[index]! }],
    );
    await this.createConsortia(
      accepted.map((item) => item.row),
      accepted.map((item) => item.consortiumId),
    );
    await this.writeMemberships(
      accepted.map(({ row, orgId, consortiumId }) => ({
        orgId,
        consortiumId,
        role: row.role,
        category: row.category,
        since: row.since,
        until: row.until,
        note: null,
        sources: [this.sourceId],
      })),
    );
    return rejections;
  }

  /** The organisation id of each row: given, matched by name, or derived from the name. */
  private async resolveOrganizations(rows: ImportRow[]): Promise<string[]> {
    for (const { organization } of rows) {
      if (organization.id !== null && organization.name !== null) {
        const key = organization.name.toLowerCase();
        if (!this.organizationByName.has(key)) this.organizationByName.set(key, organization.id);
      }
    }
    await this.lookUpNames(
      ORGANIZATIONS_NAMED,
      rows.map((row) => row.organization),
      this.organizationByName,
    );
    return rows.map(({ organization }) => this.idOf(organization, this.organizationByName, 'org'));
  }

  private async resolveConsortia(rows: ImportRow[]): Promise<string[]> {
    await this.lookUpNames(
      CONSORTIA_NAMED,
      rows.map((row) => row.consortium),
      this.consortiumByName,
    );
    return rows.map(({ consortium }) => this.idOf(consortium, this.consortiumByName, 'consortium'));
  }

  /** Looks up, in one statement, the names this import has not resolved yet. */
  private async lookUpNames(
    statement: string,
    refs: Array<{ id: string | null; name: string | null }>,
    byName: Map<string, string>,
  ): Promise<void> {
    const names = [...new Set(refs.filter((ref) => ref.id === null).map((ref) => ref.name!.toLowerCase()))].filter(
      (name) => !byName.has(name),
    );
    if (names.length === 0) return;
    const found = await this.db.run<{ key: string; id: string }>(this.tx, statement, { names });
    for (const { key, id } of found) byName.set(key, id);
  }

  private idOf(ref: { id: string | null; name: string | null }, byName: Map<string, string>, prefix: string) {
    if (ref.id !== null) return ref.id;
    const key = ref.name!.toLowerCase();
    const id = byName.get(key) ?? idFromName(prefix, ref.name!);
    byName.set(key, id);
    return id;
  }

  /**
   * Creates the organisations first seen in this batch that the graph lacks. A new organisation
   * needs a kind: its rows are rejected when none gives one (`ids[i]` set to null).
   */
  private async createOrganizations(rows: ImportRow[], ids: Array<string | null>): Promise<Rejection[]> {
    const firstSeen = [...new Set(ids as string[])].filter((id) => !this.seenOrganizations.has(id));
    const existing = await existingIds(this.db, this.tx, 'Organization', firstSeen);
    const created = new Map<string, OrganizationRow>();
    rows.forEach(({ organization }, index) => {
      const id = ids[index]!;
      if (!firstSeen.includes(id) || existing.has(id)) return;
      const row = created.get(id);
      if (row === undefined) {
        created.set(id, {
          id,
          name: organization.name ?? id,
          nameKo: null,
          nameJa: null,
          aliases: organization.aliases,
          kind: organization.kind ?? '',
          country: organization.country,
        });
      } else {
        row.kind ||= organization.kind ?? '';
        row.country ??= organization.country;
      }
    });
    const rejections: Rejection[] = [];
    rows.forEach((row, index) => {
      if (created.get(ids[index]!)?.kind !== '') return;
      const reason = `kind is required for the new organisation "${ids[index]}"`;
      rejections.push({ location: row.location, reason });
      ids[index] = null;
    });
    const toCreate = [...created.values()].filter((row) => row.kind !== '');
    await this.writes.createMissingOrganizations(toCreate);
    for (const id of existing) this.seenOrganizations.add(id);
    for (const row of toCreate) this.seenOrganizations.add(row.id);
    this.counts.organizationsMatched += existing.size;
    this.counts.organizationsCreated += toCreate.length;
    return rejections;
  }

  private async createConsortia(rows: ImportRow[], ids: string[]): Promise<void> {
    const firstSeen = [...new Set(ids)].filter((id) => !this.seenConsortia.has(id));
    const existing = await existingIds(this.db, this.tx, 'Consortium', firstSeen);
    const created = new Map<string, { id: string; name: string; startDate: string | null; endDate: string | null }>();
    rows.forEach(({ consortium }, index) => {
      const id = ids[index]!;
      if (existing.has(id) || created.has(id) || !firstSeen.includes(id)) return;
      created.set(id, {
        id,
        name: consortium.name ?? id,
        startDate: consortium.startDate,
        endDate: consortium.endDate,
      });
    });
    const toCreate = [...created.values()].map((row) => ({ ...row, programId: null, sources: [this.sourceId] }));
    await this.writes.createMissingConsortia(toCreate);
    for (const id of firstSeen) this.seenConsortia.add(id);
    this.counts.consortiaMatched += existing.size;
    this.counts.consortiaCreated += toCreate.length;
  }

  /** Adds or restates memberships; counts each distinct one as created or merged (existing). */
  private async writeMemberships(rows: MembershipMergeRow[]): Promise<void> {
    if (rows.length === 0) return;
    const keyOf = (row: MembershipMergeRow) => `${row.orgId}|${row.consortiumId}`;
    const existing = await this.db.run<{ key: string }>(this.tx, MEMBERSHIPS_EXISTING, {
      pairs: rows.map((row) => ({ orgId: row.orgId, consortiumId: row.consortiumId })),
    });
    const existed = new Set(existing.map((row) => row.key));
    const seen = new Set<string>();
    for (const row of rows) {
      const key = keyOf(row);
      if (existed.has(key) || seen.has(key)) this.counts.membershipsMerged += 1;
      else this.counts.membershipsCreated += 1;
      seen.add(key);
    }
    await this.writes.mergeMemberships(rows);
  }
}
