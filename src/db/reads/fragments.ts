/**
 * Cypher fragments shared by the statements (reads, and the writes that store derived fields). They are constant
 * text (variable names chosen in code, never values); every value reaches Neo4j as a parameter.
 */

/** Projects organisation `v` to an OrganizationModel. */
export const organizationFields = (v: string) =>
  `${v} { .id, .name, .nameKo, .nameJa, aliases: coalesce(${v}.aliases, []), .kind, .country,
     consortiumCount: coalesce(${v}.consortiumCount, 0) }`;

/** Projects consortium `v` to a ConsortiumModel. */
export const consortiumFields = (v: string) =>
  `${v} { .id, .name, programId: [(${v})-[:IN_PROGRAM]->(p) | p.id][0], .slogan,
     sloganSources: coalesce(${v}.sloganSources, []), .strategy, strategySources: coalesce(${v}.strategySources, []),
     memberCount: coalesce(${v}.memberCount, 0), startDate: toString(${v}.startDate), endDate: toString(${v}.endDate),
     .title, .frameworkProgramme, .programmePart, .totalCost, .ecMaxContribution }`;

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

/**
 * The ProvenanceModel fields of relationship `r`. A relationship written without them (an import) is STATED by its
 * sources, with no quote.
 */
export const provenanceFields = (r: string) =>
  `provenance: coalesce(${r}.provenance, 'STATED'), quotes: coalesce(${r}.quotes, []), inference: ${r}.inference,
     sources: coalesce(${r}.sources, [])`;

/** Projects membership `m` of organisation `o` in consortium `c` to a MembershipModel. */
export const membershipFields = (m: string, o: string, c: string) =>
  `{ orgId: ${o}.id, consortiumId: ${c}.id, role: ${m}.role, category: ${m}.category, since: toString(${m}.since),
     until: toString(${m}.until), note: ${m}.note, ecContribution: ${m}.ecContribution,
     netEcContribution: ${m}.netEcContribution, totalCost: ${m}.totalCost, ${provenanceFields(m)} }`;

/** Projects HOLDS_POSITION `r` of person `p` at organisation `o` to a PositionModel. */
export const POSITION_FIELDS = `{ personId: p.id, orgId: o.id, title: r.title, ${provenanceFields('r')} }`;

/** Projects link `r` from node `a` to node `b` (PART_OF, RUN_BY, BASED_ON) to a LinkModel. */
export const linkFields = (r: string, a: string, b: string) =>
  `{ fromId: ${a}.id, toId: ${b}.id, ${provenanceFields(r)} }`;

/**
 * True when membership `m` in consortium `c` held on `$asOf` (always, when `$asOf` is null).
 * A membership with no `since` holds from the consortium's start.
 */
export const membershipHeld = (m: string, c: string) =>
  `($asOf IS NULL OR (coalesce(${m}.since, ${c}.startDate, date($asOf)) <= date($asOf)
     AND (${m}.until IS NULL OR ${m}.until >= date($asOf))))`;

/**
 * True when membership `m` cites at least one of `$sources` (always, when `$sources` is null): the `sources` filter
 * of every question that counts memberships ("as the ministry lists them" versus "as the article words them"). A
 * membership stated by several sources (merged by the seed loader) cites each of them.
 */
export const membershipCites = (m: string) =>
  `($sources IS NULL OR any(source IN coalesce(${m}.sources, []) WHERE source IN $sources))`;

/**
 * True when organisation `o` is of one of `$kinds` and in one of `$countries` (each: any, when null): the `kinds` and
 * `countries` filters of the main question, applied to the organisation answered (rolled up, the top-level parent).
 */
export const organizationInFilter = (o: string) =>
  `($kinds IS NULL OR ${o}.kind IN $kinds) AND ($countries IS NULL OR ${o}.country IN $countries)`;

/**
 * The one rule for a consortium's standing on a day (`$asOf`, today when null), as a subquery on consortium `c`
 * giving:
 * - `standingStatus` and `standingStageId`: its last recorded standing on or before that day (a loosely dated stage
 *   counts from the day it is known to be over by);
 * - `unresolvedStageId`: when that standing is one of `$activeStatuses` (still in the program), the first later
 *   stage that evaluates the teams (`evaluatesTeams`), whose day has passed, with no standing recorded for `c` at
 *   it. Then the standing on the day is UNKNOWN: no source reports the result. Null when the standing is known.
 * Every reader of "the standing on a day" goes through this (Consortium.standing, Program.teams, activeOnly of the
 * multi-consortium question and of the network); it needs `$asOf` and `$activeStatuses`.
 */
export const standingOnDay = (c: string) =>
  `CALL (${c}) {
     OPTIONAL MATCH (${c})-[s:STANDING]->(st:Stage)
     WHERE coalesce(st.date, st.knownBy) <= coalesce(date($asOf), date())
     WITH s, st ORDER BY st.order DESC LIMIT 1
     OPTIONAL MATCH (st)<-[:HAS_STAGE]-(:Program)-[:HAS_STAGE]->(later:Stage)
     WHERE s.status IN $activeStatuses AND later.evaluatesTeams AND later.order > st.order
       AND coalesce(later.date, later.knownBy) <= coalesce(date($asOf), date())
     WITH s, st, later ORDER BY later.order LIMIT 1
     RETURN s.status AS standingStatus, st.id AS standingStageId, later.id AS unresolvedStageId
   }`;

/**
 * True when consortium `c` is in its program on the day (after `standingOnDay`): its last recorded standing is
 * one of `$activeStatuses`, or it has no standings and the day falls within its start and end dates. A team whose
 * standing is UNKNOWN counts as in (it is known to be in as of its last standing); the answer says it is
 * incomplete through `standingKnowledge`.
 */
export const consortiumActive = (c: string) =>
  `(standingStatus IN $activeStatuses OR (standingStatus IS NULL AND NOT EXISTS { (${c})-[:STANDING]->() }
     AND coalesce(${c}.startDate, coalesce(date($asOf), date())) <= coalesce(date($asOf), date())
     AND coalesce(${c}.endDate, coalesce(date($asOf), date())) >= coalesce(date($asOf), date())))`;

/**
 * The top-level parent of organisation `o`: the end of its PART_OF chain within five levels, or null (`o` is a top,
 * or its chain is longer). A body counts as its top-level parent when a read rolls affiliates up.
 */
export const topLevelParent = (o: string) =>
  `head([(${o})-[:PART_OF*1..5]->(top:Organization) WHERE NOT (top)-[:PART_OF]->() | top])`;

/**
 * The `aliasText` stored with an organisation, from its list of aliases `aliases`: each alias followed by a
 * newline, so the full-text index (src/db/schema.ts) and `nameContains` see every alias. `aliasText` below is the
 * same in TypeScript, for the offline import's files.
 */
export const aliasTextOf = (aliases: string) => `reduce(text = '', alias IN ${aliases} | text + alias + '\n')`;

/** `aliasTextOf`, computed here rather than by Neo4j. */
export const aliasText = (aliases: readonly string[]): string => aliases.map((alias) => `${alias}\n`).join('');

/** The organisation `o` counts for when affiliates roll up: its top-level parent, or itself when it has none. */
export const rolledUpHolder = (o: string) => `coalesce(${topLevelParent(o)}, ${o})`;
