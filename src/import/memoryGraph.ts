import type { ImportedConsortium, ImportedMembership, ImportedOrganization } from '../db/writes/importWrites';
import type { ImportTarget } from '../edits/importBatch';
import type { MembershipRow } from '../db/writes/graphWrites';
import type { ParticipationFunding } from '../model/models';

export interface MemoryOrganization {
  /** Its place in creation order: its node id in the importer's files. */
  number: number;
  id: string;
  name: string;
  kind: string;
  country: string | null;
  aliases: string[];
  consortiumCount: number;
}

export interface MemoryConsortium extends ImportedConsortium {
  /** Its place in creation order (its node id in the importer's files comes after every organisation's). */
  number: number;
  memberCount: number;
}

/**
 * A membership as the online import writes it (GraphWrites' row and its CORDIS money), without what the import never
 * sets, its ends by number only: the rows' own copies of the two ids would otherwise stay in memory (a million pairs
 * at L) until the files are written.
 */
export type MemoryMembership = Omit<MembershipRow, 'note' | 'sources' | 'orgId' | 'consortiumId'> &
  ParticipationFunding & { orgNumber: number; consortiumNumber: number };

/**
 * A membership's key from its two ends' numbers: a number, not the two ids joined (a million look-ups and inserts
 * took half the time, measured apart). Exact while there are fewer than 2^26 consortia and 2^27 organisations, far
 * more than the memory of one process holds.
 */
const CONSORTIUM_SPAN = 2 ** 26;

/**
 * The graph an initial load builds before Neo4j's offline importer writes it: an empty database plus one import,
 * held in memory. Each method answers as the statement of ImportWrites with the same name answers on a graph
 * that holds only this import (the equality test in tests/integration/initialLoad.test.ts compares the two), so
 * ImportBatchWriter resolves names, rejects kindless rows and merges repeated memberships the same way on both.
 */
export class MemoryImportGraph implements ImportTarget {
  readonly organizations = new Map<string, MemoryOrganization>();
  readonly consortia = new Map<string, MemoryConsortium>();
  /** By membershipKey of its two ends, in creation order. */
  readonly memberships = new Map<number, MemoryMembership>();
  /** Lower-cased name or alias → the least id bearing it, as `min(o.id)` answers. */
  private readonly organizationNames = new Map<string, string>();
  private readonly consortiumNames = new Map<string, string>();

  async createMissingOrganizations(
    organizations: ImportedOrganization[],
  ): Promise<{ created: number; matched: number; kindless: Set<string> }> {
    let created = 0;
    let matched = 0;
    const kindless = new Set<string>();
    for (const org of organizations) {
      const known = this.organizations.get(org.id);
      // Every membership in this graph cites this import, so "no membership cites it yet" is "none at all".
      if (known !== undefined) matched += known.consortiumCount === 0 ? 1 : 0;
      else if (org.kind === null) kindless.add(org.id);
      else {
        const number = this.organizations.size;
        this.organizations.set(org.id, {
          ...org,
          number,
          kind: org.kind,
          aliases: [...org.aliases],
          consortiumCount: 0,
        });
        for (const name of [org.name, ...org.aliases]) keepLeast(this.organizationNames, name.toLowerCase(), org.id);
        created += 1;
      }
    }
    return { created, matched, kindless };
  }

  async createMissingConsortia(consortia: ImportedConsortium[]): Promise<{ created: number; matched: number }> {
    let created = 0;
    let matched = 0;
    for (const consortium of consortia) {
      const known = this.consortia.get(consortium.id);
      if (known !== undefined) matched += known.memberCount === 0 ? 1 : 0;
      else {
        this.consortia.set(consortium.id, { ...consortium, number: this.consortia.size, memberCount: 0 });
        keepLeast(this.consortiumNames, consortium.name.toLowerCase(), consortium.id);
        created += 1;
      }
    }
    return { created, matched };
  }

  /** In order, as UNWIND … MERGE: a repeated membership keeps what it had where the row gives nothing. */
  async mergeMemberships(memberships: ImportedMembership[]): Promise<number> {
    let created = 0;
    for (const row of memberships) {
      const org = this.organizations.get(row.orgId);
      const consortium = this.consortia.get(row.consortiumId);
      if (org === undefined || consortium === undefined) continue;
      const key = org.number * CONSORTIUM_SPAN + consortium.number;
      const known = this.memberships.get(key);
      if (known === undefined) {
        // Written out rather than spread: one shape for a million objects, and no copying of unknown keys.
        this.memberships.set(key, {
          orgNumber: org.number,
          consortiumNumber: consortium.number,
          role: row.role ?? 'MEMBER',
          category: row.category,
          since: row.since,
          until: row.until,
          ecContribution: row.ecContribution,
          netEcContribution: row.netEcContribution,
          totalCost: row.totalCost,
        });
        org.consortiumCount += 1;
        consortium.memberCount += 1;
        created += 1;
      } else {
        known.role = row.role ?? known.role;
        known.category = row.category ?? known.category;
        known.since = row.since ?? known.since;
        known.until = row.until ?? known.until;
        known.ecContribution = row.ecContribution ?? known.ecContribution;
        known.netEcContribution = row.netEcContribution ?? known.netEcContribution;
        known.totalCost = row.totalCost ?? known.totalCost;
      }
    }
    return created;
  }

  async organizationIdsNamed(names: string[]): Promise<Array<{ key: string; id: string }>> {
    return namesIn(this.organizationNames, names);
  }

  async consortiumIdsNamed(names: string[]): Promise<Array<{ key: string; id: string }>> {
    return namesIn(this.consortiumNames, names);
  }
}

function keepLeast(index: Map<string, string>, key: string, id: string): void {
  const known = index.get(key);
  if (known === undefined || id < known) index.set(key, id);
}

function namesIn(index: Map<string, string>, names: string[]): Array<{ key: string; id: string }> {
  return names.flatMap((key) => {
    const id = index.get(key);
    return id === undefined ? [] : [{ key, id }];
  });
}
