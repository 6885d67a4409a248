import type { ParticipationFunding, ProjectFunding } from '../../model/models';
import type { Database, Tx } from '../database';
import { aliasTextOf } from '../reads/fragments';
import { refreshStoredCounts } from './storedCounts';

/**
 * The statements a bulk import sends, a few per batch. They are shaped for throughput: each batch travels as one
 * packed string (below) and names every organisation and consortium once (the caller deduplicates); a write
 * statement says what it created through Neo4j's update counters; none reads what it writes, so none needs an
 * Eager (tests/integration/import.test.ts EXPLAINs them); and the stored counts (`consortiumCount`, `memberCount`)
 * are set once per node per batch, from the node's degree (a constant-time read) rather than by counting
 * relationships.
 */

/** An organisation an import refers to; `kind` is null when no row of the batch gives one. */
export interface ImportedOrganization {
  id: string;
  name: string;
  kind: string | null;
  country: string | null;
  aliases: string[];
}

export interface ImportedConsortium extends ProjectFunding {
  id: string;
  name: string;
  startDate: string | null;
  endDate: string | null;
}

export interface ImportedMembership extends ParticipationFunding {
  orgId: string;
  consortiumId: string;
  role: string | null;
  category: string | null;
  since: string | null;
  until: string | null;
}

/** An amount as a packed field: JavaScript's shortest round-trip text, which Cypher's toFloat reads back exactly. */
const amount = (value: number | null): string | null => (value === null ? null : String(value));

/**
 * A batch travels as one string: records joined by RECORD_SEPARATOR (U+001E), fields by FIELD_SEPARATOR
 * (U+001F), list items by ITEM_SEPARATOR (U+001D), an empty field meaning null; Cypher splits it again. Measured
 * here, 50,000 membership rows took about 2.5 s to send as a list of maps (the driver packs and Neo4j unpacks
 * every value) and 0.1–0.3 s as one string. The importer refuses control characters in every text field, so a
 * separator is only ever a separator (`packRecords` checks again).
 */
export const RECORD_SEPARATOR = '\u001e';
export const FIELD_SEPARATOR = '\u001f';
export const ITEM_SEPARATOR = '\u001d';
const SEPARATORS = {
  recordSeparator: RECORD_SEPARATOR,
  fieldSeparator: FIELD_SEPARATOR,
  itemSeparator: ITEM_SEPARATOR,
};

/**
 * Which of the batch's organisations exist, and how many of those this import had not linked yet (none of their
 * memberships cites its Source yet), so each is counted once over all batches; the check stops at the first citing
 * membership, and a node's newest relationships come first. A read of its own: in one statement with the MERGE
 * below, reading and creating the same nodes makes the planner put an Eager (the whole batch materialised) between
 * them.
 */
const KNOWN_ORGANIZATIONS = `UNWIND split($ids, $recordSeparator) AS id
  MATCH (known:Organization {id: id})
  RETURN collect(id) AS known,
    count(CASE WHEN NOT EXISTS { (known)-[m:MEMBER_OF]->() WHERE $sourceId IN m.sources } THEN 1 END) AS matched`;

/**
 * Creates organisations the batch needs and the graph lacks (the caller sends only those, each with a kind). MERGE
 * rather than CREATE: a writer that created one since the read above is matched, and never rewritten.
 */
const CREATE_ORGANIZATIONS = `UNWIND split($organizations, $recordSeparator) AS record
  WITH split(record, $fieldSeparator) AS f
  MERGE (o:Organization {id: f[0]})
  ON CREATE SET o.name = f[1], o.nameKo = null, o.nameJa = null,
    o.aliases = CASE f[4] WHEN '' THEN [] ELSE split(f[4], $itemSeparator) END,
    o.aliasText = ${aliasTextOf("CASE f[4] WHEN '' THEN [] ELSE split(f[4], $itemSeparator) END")},
    o.kind = f[2], o.country = CASE f[3] WHEN '' THEN null ELSE f[3] END, o.consortiumCount = 0`;

const KNOWN_CONSORTIA = `UNWIND split($ids, $recordSeparator) AS id
  MATCH (known:Consortium {id: id})
  RETURN collect(id) AS known,
    count(CASE WHEN NOT EXISTS { ()-[m:MEMBER_OF]->(known) WHERE $sourceId IN m.sources } THEN 1 END) AS matched`;

const CREATE_CONSORTIA = `UNWIND split($consortia, $recordSeparator) AS record
  WITH split(record, $fieldSeparator) AS f
  MERGE (c:Consortium {id: f[0]})
  ON CREATE SET c.name = f[1], c.startDate = date(CASE f[2] WHEN '' THEN null ELSE f[2] END),
    c.endDate = date(CASE f[3] WHEN '' THEN null ELSE f[3] END),
    c.title = CASE f[4] WHEN '' THEN null ELSE f[4] END,
    c.frameworkProgramme = CASE f[5] WHEN '' THEN null ELSE f[5] END,
    c.programmePart = CASE f[6] WHEN '' THEN null ELSE f[6] END,
    c.totalCost = toFloat(CASE f[7] WHEN '' THEN null ELSE f[7] END),
    c.ecMaxContribution = toFloat(CASE f[8] WHEN '' THEN null ELSE f[8] END),
    c.sources = [$sourceId], c.sloganSources = [], c.strategySources = [], c.memberCount = 0`;

/**
 * Adds a membership, or restates an existing one: the import's Source joins its sources and a field the row gives
 * replaces the stored one (an empty field keeps it). The stored counts are set apart, once per node per batch: set
 * here, from the degree that this statement is changing, they made the planner materialise the batch (Eager).
 * The fields are read from `f` where they are used: naming them in a second WITH also made it plan an Eager
 * ("read/set conflict"), as it did for the organisations and consortia.
 */
const MERGE_MEMBERSHIPS = `UNWIND split($memberships, $recordSeparator) AS record
  WITH split(record, $fieldSeparator) AS f
  MATCH (o:Organization {id: f[0]})
  MATCH (c:Consortium {id: f[1]})
  MERGE (o)-[m:MEMBER_OF]->(c)
  ON CREATE SET m.role = coalesce(CASE f[2] WHEN '' THEN null ELSE f[2] END, 'MEMBER'),
    m.category = CASE f[3] WHEN '' THEN null ELSE f[3] END,
    m.since = date(CASE f[4] WHEN '' THEN null ELSE f[4] END),
    m.until = date(CASE f[5] WHEN '' THEN null ELSE f[5] END),
    m.ecContribution = toFloat(CASE f[6] WHEN '' THEN null ELSE f[6] END),
    m.netEcContribution = toFloat(CASE f[7] WHEN '' THEN null ELSE f[7] END),
    m.totalCost = toFloat(CASE f[8] WHEN '' THEN null ELSE f[8] END), m.sources = [$sourceId]
  ON MATCH SET m.role = coalesce(CASE f[2] WHEN '' THEN null ELSE f[2] END, m.role),
    m.category = coalesce(CASE f[3] WHEN '' THEN null ELSE f[3] END, m.category),
    m.since = coalesce(date(CASE f[4] WHEN '' THEN null ELSE f[4] END), m.since),
    m.until = coalesce(date(CASE f[5] WHEN '' THEN null ELSE f[5] END), m.until),
    m.ecContribution = coalesce(toFloat(CASE f[6] WHEN '' THEN null ELSE f[6] END), m.ecContribution),
    m.netEcContribution = coalesce(toFloat(CASE f[7] WHEN '' THEN null ELSE f[7] END), m.netEcContribution),
    m.totalCost = coalesce(toFloat(CASE f[8] WHEN '' THEN null ELSE f[8] END), m.totalCost),
    m.sources = CASE WHEN $sourceId IN m.sources THEN m.sources ELSE coalesce(m.sources, []) + $sourceId END`;

/** Names of organisations (any language, and aliases) that match one of `$names`, lower-cased. */
const ORGANIZATIONS_NAMED = `MATCH (o:Organization)
  UNWIND [x IN [o.name, o.nameKo, o.nameJa] + coalesce(o.aliases, []) WHERE x IS NOT NULL | toLower(x)] AS key
  WITH o, key WHERE key IN $names
  RETURN key, min(o.id) AS id`;

const CONSORTIA_NAMED = `MATCH (c:Consortium) WITH c, toLower(c.name) AS key WHERE key IN $names
  RETURN key, min(c.id) AS id`;

/**
 * The empty lists an online import writes (`aliases: []` on an organisation without aliases, no slogan or strategy
 * sources on a consortium), which the offline importer's CSV cannot express: set after an initial load, one
 * transaction per label (a few hundred thousand property writes: tens of MB of transaction state).
 */
const EMPTY_ALIASES = 'MATCH (o:Organization) WHERE o.aliases IS NULL SET o.aliases = []';
const EMPTY_CONSORTIUM_SOURCES = `MATCH (c:Consortium) WHERE c.sloganSources IS NULL
  SET c.sloganSources = [], c.strategySources = []`;
const EMPTY_LIST_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * Gives the nodes of an initial load the empty lists an online import would have written: organisations and
 * consortia in two transactions at once (they touch different nodes).
 */
export async function setEmptyListsOfInitialLoad(db: Database): Promise<void> {
  await Promise.all(
    [EMPTY_ALIASES, EMPTY_CONSORTIUM_SOURCES].map((statement) =>
      db.writeTx((tx) => db.run(tx, statement), EMPTY_LIST_TIMEOUT_MS),
    ),
  );
}

/** How many nodes the graph holds (an initial load needs none). */
export async function countNodes(db: Database): Promise<number> {
  const [result] = await db.read<{ nodes: number }>('MATCH (n) RETURN count(n) AS nodes');
  return result?.nodes ?? 0;
}

/** Joins records into one batch string (null → empty field); throws on a value holding a separator. */
export function packRecords(records: ReadonlyArray<ReadonlyArray<string | null>>): string {
  const field = (value: string | null): string => {
    if (value !== null && [RECORD_SEPARATOR, FIELD_SEPARATOR, ITEM_SEPARATOR].some((mark) => value.includes(mark))) {
      throw new Error(`an import value contains a separator control character: ${JSON.stringify(value)}`);
    }
    return value ?? '';
  };
  return records.map((fields) => fields.map(field).join(FIELD_SEPARATOR)).join(RECORD_SEPARATOR);
}

const COUNTS_PER_STATEMENT = 50_000;

/**
 * The nodes whose stored counts an import has changed, kept so they are set once at the end of a one-transaction
 * import rather than after every batch. Measured at M (bench/importFloor.ts): set per batch, the two statements took
 * 6.9 of 40.6 s, as each batch's index seeks read a transaction state that grows with the import; once at the end,
 * under a second. Nothing reads the counts before the commit. The same ids tell the next batches which nodes this
 * import has linked already (ImportWrites.known). It holds each distinct id once (a few tens of MB at a million
 * rows), so a commit per batch, which keeps its memory flat, sets the counts per batch instead.
 */
export class PendingStoredCounts {
  private readonly orgIds = new Set<string>();
  private readonly consortiumIds = new Set<string>();

  add(memberships: ReadonlyArray<{ orgId: string; consortiumId: string }>): void {
    for (const { orgId, consortiumId } of memberships) {
      this.orgIds.add(orgId);
      this.consortiumIds.add(consortiumId);
    }
  }

  /** Whether an organisation (`Organization`) or consortium is among those this import has linked already. */
  linked(label: 'Organization' | 'Consortium', id: string): boolean {
    return (label === 'Organization' ? this.orgIds : this.consortiumIds).has(id);
  }

  /** Sets the stored counts of every node added, inside the import's transaction, a bounded list per statement. */
  async write(db: Database, tx: Tx): Promise<void> {
    const orgIds = [...this.orgIds];
    const consortiumIds = [...this.consortiumIds];
    for (let start = 0; start < Math.max(orgIds.length, consortiumIds.length); start += COUNTS_PER_STATEMENT) {
      const end = start + COUNTS_PER_STATEMENT;
      await refreshStoredCounts(db, tx, orgIds.slice(start, end), consortiumIds.slice(start, end));
    }
  }
}

/** An import's writes inside the transaction its caller owns, all citing the import's Source. */
export class ImportWrites {
  /** `pending`: collect the nodes whose stored counts change, for the caller to set at the end (else per batch). */
  constructor(
    private readonly db: Database,
    private readonly tx: Tx,
    private readonly sourceId: string,
    private readonly pending?: PendingStoredCounts,
  ) {}

  /**
   * Creates the missing organisations; answers how many it created, how many existing ones the import linked
   * for the first time, and the ids it could not create (no kind).
   */
  async createMissingOrganizations(
    organizations: ImportedOrganization[],
  ): Promise<{ created: number; matched: number; kindless: Set<string> }> {
    if (organizations.length === 0) return { created: 0, matched: 0, kindless: new Set() };
    const { known, matched } = await this.known(KNOWN_ORGANIZATIONS, 'Organization', organizations);
    const missing = organizations.filter((org) => !known.has(org.id));
    const creatable = missing.filter((org) => org.kind !== null);
    let created = 0;
    if (creatable.length > 0) {
      const packed = packRecords(
        creatable.map((org) => [org.id, org.name, org.kind, org.country, org.aliases.join(ITEM_SEPARATOR)]),
      );
      ({ nodesCreated: created } = await this.db.runCountingUpdates(this.tx, CREATE_ORGANIZATIONS, {
        organizations: packed,
        ...SEPARATORS,
      }));
    }
    return { created, matched, kindless: new Set(missing.filter((org) => org.kind === null).map((org) => org.id)) };
  }

  /** Creates the missing consortia; answers how many it created and how many existing ones it linked first. */
  async createMissingConsortia(consortia: ImportedConsortium[]): Promise<{ created: number; matched: number }> {
    if (consortia.length === 0) return { created: 0, matched: 0 };
    const { known, matched } = await this.known(KNOWN_CONSORTIA, 'Consortium', consortia);
    const missing = consortia.filter((c) => !known.has(c.id));
    if (missing.length === 0) return { created: 0, matched };
    const packed = packRecords(
      missing.map((c) => [
        c.id,
        c.name,
        c.startDate,
        c.endDate,
        c.title,
        c.frameworkProgramme,
        c.programmePart,
        amount(c.totalCost),
        amount(c.ecMaxContribution),
      ]),
    );
    const { nodesCreated } = await this.db.runCountingUpdates(this.tx, CREATE_CONSORTIA, {
      consortia: packed,
      sourceId: this.sourceId,
      ...SEPARATORS,
    });
    return { created: nodesCreated, matched };
  }

  /**
   * Which of `nodes` exist (one of the KNOWN_ statements), and how many of those the import links first. A node this
   * import has linked in an earlier batch (`pending`) exists and is not linked first, so it is not asked about:
   * measured at M, the two statements took 5.9 of 33 s, mostly for consortia that recur in batch after batch.
   */
  private async known(
    statement: string,
    label: 'Organization' | 'Consortium',
    nodes: Array<{ id: string }>,
  ): Promise<{ known: Set<string>; matched: number }> {
    const linked = nodes.filter((node) => this.pending?.linked(label, node.id) === true).map((node) => node.id);
    const unknown = linked.length === 0 ? nodes : nodes.filter((node) => !this.pending!.linked(label, node.id));
    if (unknown.length === 0) return { known: new Set(linked), matched: 0 };
    const [result] = await this.db.run<{ known: string[]; matched: number }>(this.tx, statement, {
      ids: packRecords(unknown.map((node) => [node.id])),
      sourceId: this.sourceId,
      ...SEPARATORS,
    });
    return { known: new Set([...linked, ...(result?.known ?? [])]), matched: result?.matched ?? 0 };
  }

  /** Adds or restates memberships, then sets (or leaves to `pending`) both ends' stored counts; answers how many it created. */
  async mergeMemberships(memberships: ImportedMembership[]): Promise<number> {
    if (memberships.length === 0) return 0;
    const packed = packRecords(
      memberships.map((m) => [
        m.orgId,
        m.consortiumId,
        m.role,
        m.category,
        m.since,
        m.until,
        amount(m.ecContribution),
        amount(m.netEcContribution),
        amount(m.totalCost),
      ]),
    );
    const { relationshipsCreated } = await this.db.runCountingUpdates(this.tx, MERGE_MEMBERSHIPS, {
      memberships: packed,
      sourceId: this.sourceId,
      ...SEPARATORS,
    });
    if (this.pending !== undefined) this.pending.add(memberships);
    else {
      await refreshStoredCounts(
        this.db,
        this.tx,
        memberships.map((m) => m.orgId),
        memberships.map((m) => m.consortiumId),
      );
    }
    return relationshipsCreated;
  }

  /** Lower-cased name → id of organisations whose name, other-language name or alias is one of `names`. */
  organizationIdsNamed(names: string[]): Promise<Array<{ key: string; id: string }>> {
    return this.db.run<{ key: string; id: string }>(this.tx, ORGANIZATIONS_NAMED, { names });
  }

  /** Lower-cased name → id of consortia named one of `names`. */
  consortiumIdsNamed(names: string[]): Promise<Array<{ key: string; id: string }>> {
    return this.db.run<{ key: string; id: string }>(this.tx, CONSORTIA_NAMED, { names });
  }
}
