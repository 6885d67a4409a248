/**
 * Cypher fragments shared by the read queries. They are constant text (variable names chosen in
 * code, never values); every value reaches Neo4j as a parameter.
 */

/** Projects organisation `v` to an OrganizationModel. */
export const organizationFields = (v: string) =>
  `${v} { .id, .name, .nameKo, .nameJa, aliases: coalesce(${v}.aliases, []), .kind, .country,
     consortiumCount: coalesce(${v}.consortiumCount, 0) }`;

/** Projects consortium `v` to a ConsortiumModel. */
export const consortiumFields = (v: string) =>
  `${v} { .id, .name, programId: [(${v})-[:IN_PROGRAM]->(p) | p.id][0], .slogan,
     sloganSources: coalesce(${v}.sloganSources, []), .strategy, strategySources: coalesce(${v}.strategySources, []),
     memberCount: coalesce(${v}.memberCount, 0), startDate: toString(${v}.startDate), endDate: toString(${v}.endDate) }`;

/**
 * How much of a node a read projects: `full` is the whole model; `brief` only the fields a large nested list is
 * usually asked for (a consortium's id and name, an organisation's id, name and kind, a membership's role and
 * dates). Projecting ten fields of
 * 50,000 consortia costs Neo4j and the driver several times what the two asked for cost; the GraphQL layer asks
 * for `brief` only when the selection needs nothing more (src/graphql/lookahead.ts).
 */
export type Projection = 'brief' | 'full';

/** Projects consortium `v` to the brief part of a ConsortiumModel (id, name). */
export const consortiumBrief = (v: string) => `${v} { .id, .name }`;

/** Projects organisation `v` to the brief part of an OrganizationModel (id, name, kind). */
export const organizationBrief = (v: string) => `${v} { .id, .name, .kind }`;

/** Projects membership `m` to the brief part of a MembershipModel (ends, role, since, until). */
export const membershipBrief = (m: string, o: string, c: string) =>
  `{ orgId: ${o}.id, consortiumId: ${c}.id, role: ${m}.role, since: toString(${m}.since), until: toString(${m}.until) }`;

/** Projects membership `m` of organisation `o` in consortium `c` to a MembershipModel. */
export const membershipFields = (m: string, o: string, c: string) =>
  `{ orgId: ${o}.id, consortiumId: ${c}.id, role: ${m}.role, category: ${m}.category, since: toString(${m}.since),
     until: toString(${m}.until), note: ${m}.note, sources: coalesce(${m}.sources, []) }`;

/**
 * The top-level parent of organisation `o`: the end of its PART_OF chain (up to five levels) that is part of
 * nothing; `null` for an organisation that is part of nothing (or whose chain is longer). The one roll-up rule of
 * `includeAffiliates`, shared by the main question, the overlaps and the network.
 */
export const topLevelParent = (o: string) =>
  `head([(${o})-[:PART_OF*1..5]->(top:Organization) WHERE NOT (top)-[:PART_OF]->() | top])`;

/**
 * True when membership `m` in consortium `c` held on `$asOf` (always, when `$asOf` is null).
 * A membership with no `since` holds from the consortium's start.
 */
export const membershipHeld = (m: string, c: string) =>
  `($asOf IS NULL OR (coalesce(${m}.since, ${c}.startDate, date($asOf)) <= date($asOf)
     AND (${m}.until IS NULL OR ${m}.until >= date($asOf))))`;

/**
 * A subquery giving `standingStatus` of consortium `c` on `$asOf` (today when null): the status of
 * its last stage on or before that day. Dated loosely stages count from the day they are known by.
 */
export const standingOnDay = (c: string) =>
  `CALL (${c}) {
     OPTIONAL MATCH (${c})-[s:STANDING]->(st:Stage)
     WHERE coalesce(st.date, st.knownBy) <= coalesce(date($asOf), date())
     WITH s, st ORDER BY st.order DESC LIMIT 1
     RETURN s.status AS standingStatus
   }`;

/**
 * True when consortium `c` is in its program on the day (after `standingOnDay`): its standing is
 * one of `$activeStatuses`, or it has no standings and the day falls within its start and end dates.
 */
export const consortiumActive = (c: string) =>
  `(standingStatus IN $activeStatuses OR (standingStatus IS NULL AND NOT EXISTS { (${c})-[:STANDING]->() }
     AND coalesce(${c}.startDate, coalesce(date($asOf), date())) <= coalesce(date($asOf), date())
     AND coalesce(${c}.endDate, coalesce(date($asOf), date())) >= coalesce(date($asOf), date())))`;
