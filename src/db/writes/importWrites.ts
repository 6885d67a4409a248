import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../database';

/**
 * The statements a bulk import sends, one of each per batch. They are shaped for throughput: each batch travels
 * as one packed string (below) and names every organisation and consortium once (the caller deduplicates); each
 * statement says what it created through Neo4j's update counters instead of a separate existence check; and the
 * stored counts (`consortiumCount`, `memberCount`) are set by the statement that writes the memberships, from the
 * node's degree (a constant-time read) rather than by counting relationships.
 */

/** An organisation an import refers to; `kind` is null when no row of the batch gives one. */
export interface ImportedOrganization {
  id: string;
  name: string;
  kind: string | null;
  country: string | null;
  aliases: string[];
}

export interface ImportedConsortium {
  id: string;
  name: string;
  startDate: string | null;
  endDate: string | null;
}

export interface ImportedMembership {
  orgId: string;
  consortiumId: string;
  role: string | null;
  category: string | null;
  since: string | null;
  until: string | null;
}

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
 * Creates the organisations that do not exist and leaves existing ones untouched (an import cites what the graph
 * knows, it never rewrites names). A new organisation needs a kind: those without one are not created and come
 * back as `kindless`, so their rows can be rejected. `matched` counts the existing organisations this import had
 * not linked yet (none of their memberships cites its Source yet), so each is counted once over all batches; the
 * check stops at the first citing membership, and a node's newest relationships come first.
 */
const CREATE_MISSING_ORGANIZATIONS = `UNWIND split($organizations, $recordSeparator) AS record
  WITH split(record, $fieldSeparator) AS f
  WITH f[0] AS id, f[1] AS name, CASE f[2] WHEN '' THEN null ELSE f[2] END AS kind,
    CASE f[3] WHEN '' THEN null ELSE f[3] END AS country,
    CASE f[4] WHEN '' THEN [] ELSE split(f[4], $itemSeparator) END AS aliases
  OPTIONAL MATCH (known:Organization {id: id})
  WITH id, name, kind, country, aliases, known,
    known IS NOT NULL AND NOT EXISTS { (known)-[m:MEMBER_OF]->() WHERE $sourceId IN m.sources } AS firstMatch
  CALL (id, name, kind, country, aliases, known) {
    WITH id, name, kind, country, aliases WHERE known IS NULL AND kind IS NOT NULL
    MERGE (o:Organization {id: id})
    ON CREATE SET o.name = name, o.nameKo = null, o.nameJa = null, o.aliases = aliases,
      o.aliasText = reduce(text = '', alias IN aliases | text + alias + '\n'),
      o.kind = kind, o.country = country, o.consortiumCount = 0
  }
  RETURN collect(CASE WHEN known IS NULL AND kind IS NULL THEN id END) AS kindless,
    count(CASE WHEN firstMatch THEN id END) AS matched`;

/** Creates the consortia that do not exist; `matched` as for organisations. */
const CREATE_MISSING_CONSORTIA = `UNWIND split($consortia, $recordSeparator) AS record
  WITH split(record, $fieldSeparator) AS f
  OPTIONAL MATCH (known:Consortium {id: f[0]})
  WITH f, known,
    known IS NOT NULL AND NOT EXISTS { ()-[m:MEMBER_OF]->(known) WHERE $sourceId IN m.sources } AS firstMatch
  CALL (f, known) {
    WITH f WHERE known IS NULL
    MERGE (c:Consortium {id: f[0]})
    ON CREATE SET c.name = f[1], c.startDate = date(CASE f[2] WHEN '' THEN null ELSE f[2] END),
      c.endDate = date(CASE f[3] WHEN '' THEN null ELSE f[3] END),
      c.sources = [$sourceId], c.sloganSources = [], c.strategySources = [], c.memberCount = 0
  }
  RETURN count(CASE WHEN firstMatch THEN known END) AS matched`;

/**
 * Adds a membership, or restates an existing one: the import's Source joins its sources and a field the row gives
 * replaces the stored one (an empty field keeps it). Then both ends' stored counts are set from their degree:
 * MEMBER_OF always links an organisation to a consortium, so the degree is the count.
 */
const MERGE_MEMBERSHIPS = `UNWIND split($memberships, $recordSeparator) AS record
  WITH split(record, $fieldSeparator) AS f
  WITH f[0] AS orgId, f[1] AS consortiumId, CASE f[2] WHEN '' THEN null ELSE f[2] END AS role,
    CASE f[3] WHEN '' THEN null ELSE f[3] END AS category,
    date(CASE f[4] WHEN '' THEN null ELSE f[4] END) AS since, date(CASE f[5] WHEN '' THEN null ELSE f[5] END) AS until
  MATCH (o:Organization {id: orgId})
  MATCH (c:Consortium {id: consortiumId})
  MERGE (o)-[m:MEMBER_OF]->(c)
  ON CREATE SET m.role = coalesce(role, 'MEMBER'), m.category = category, m.since = since, m.until = until,
    m.sources = [$sourceId]
  ON MATCH SET m.role = coalesce(role, m.role), m.category = coalesce(category, m.category),
    m.since = coalesce(since, m.since), m.until = coalesce(until, m.until),
    m.sources = CASE WHEN $sourceId IN m.sources THEN m.sources ELSE coalesce(m.sources, []) + $sourceId END
  WITH o, c
  SET o.consortiumCount = COUNT { (o)-[:MEMBER_OF]->() }, c.memberCount = COUNT { ()-[:MEMBER_OF]->(c) }`;

/** Names of organisations (any language, and aliases) that match one of `$names`, lower-cased. */
const ORGANIZATIONS_NAMED = `MATCH (o:Organization)
  UNWIND [x IN [o.name, o.nameKo, o.nameJa] + coalesce(o.aliases, []) WHERE x IS NOT NULL | toLower(x)] AS key
  WITH o, key WHERE key IN $names
  RETURN key, min(o.id) AS id`;

const CONSORTIA_NAMED = `MATCH (c:Consortium) WITH c, toLower(c.name) AS key WHERE key IN $names
  RETURN key, min(c.id) AS id`;

/**
 * The empty lists an online import writes (`aliases: []` on an organisation without aliases, no slogan or strategy
 * sources on a consortium), which the offline importer's CSV cannot express. Set after an initial load, a bounded
 * batch per transaction.
 */
const EMPTY_ALIASES = `MATCH (o:Organization) WHERE o.aliases IS NULL
  WITH o LIMIT $batch SET o.aliases = [] RETURN count(o) AS done`;
const EMPTY_CONSORTIUM_SOURCES = `MATCH (c:Consortium) WHERE c.sloganSources IS NULL
  WITH c LIMIT $batch SET c.sloganSources = [], c.strategySources = [] RETURN count(c) AS done`;
const EMPTY_LIST_BATCH = 50_000;
const EMPTY_LIST_TIMEOUT_MS = 10 * 60 * 1000;

/** Gives the nodes of an initial load the empty lists an online import would have written. */
export async function setEmptyListsOfInitialLoad(db: Database): Promise<void> {
  for (const statement of [EMPTY_ALIASES, EMPTY_CONSORTIUM_SOURCES]) {
    // Each round sets one batch; a round that sets nothing ends it (bounded by the node count).
    for (;;) {
      const [result] = await db.writeTx(
        (tx) => db.run<{ done: number }>(tx, statement, { batch: EMPTY_LIST_BATCH }),
        EMPTY_LIST_TIMEOUT_MS,
      );
      if ((result?.done ?? 0) < EMPTY_LIST_BATCH) break;
    }
  }
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

/** An import's writes inside the transaction its caller owns, all citing the import's Source. */
export class ImportWrites {
  constructor(
    private readonly db: Database,
    private readonly tx: ManagedTransaction,
    private readonly sourceId: string,
  ) {}

  /**
   * Creates the missing organisations; answers how many it created, how many existing ones the import linked
   * for the first time, and the ids it could not create (no kind).
   */
  async createMissingOrganizations(
    organizations: ImportedOrganization[],
  ): Promise<{ created: number; matched: number; kindless: Set<string> }> {
    if (organizations.length === 0) return { created: 0, matched: 0, kindless: new Set() };
    const packed = packRecords(
      organizations.map((org) => [org.id, org.name, org.kind, org.country, org.aliases.join(ITEM_SEPARATOR)]),
    );
    const { records, nodesCreated } = await this.db.runCountingUpdates<{ kindless: string[]; matched: number }>(
      this.tx,
      CREATE_MISSING_ORGANIZATIONS,
      { organizations: packed, sourceId: this.sourceId, ...SEPARATORS },
    );
    return { created: nodesCreated, matched: records[0]?.matched ?? 0, kindless: new Set(records[0]?.kindless) };
  }

  /** Creates the missing consortia; answers how many it created and how many existing ones it linked first. */
  async createMissingConsortia(consortia: ImportedConsortium[]): Promise<{ created: number; matched: number }> {
    if (consortia.length === 0) return { created: 0, matched: 0 };
    const packed = packRecords(consortia.map((c) => [c.id, c.name, c.startDate, c.endDate]));
    const { records, nodesCreated } = await this.db.runCountingUpdates<{ matched: number }>(
      this.tx,
      CREATE_MISSING_CONSORTIA,
      { consortia: packed, sourceId: this.sourceId, ...SEPARATORS },
    );
    return { created: nodesCreated, matched: records[0]?.matched ?? 0 };
  }

  /** Adds or restates memberships; answers how many it created (the rest existed). */
  async mergeMemberships(memberships: ImportedMembership[]): Promise<number> {
    if (memberships.length === 0) return 0;
    const packed = packRecords(memberships.map((m) => [m.orgId, m.consortiumId, m.role, m.category, m.since, m.until]));
    const { relationshipsCreated } = await this.db.runCountingUpdates(this.tx, MERGE_MEMBERSHIPS, {
      memberships: packed,
      sourceId: this.sourceId,
      ...SEPARATORS,
    });
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
