import { ACTIVE_STATUSES } from '../../model/kinds';
import type { OrganizationModel } from '../../model/models';
import type { Database } from '../database';
import { consortiumActive, membershipHeld, organizationFields, rolledUpHolder, standingOnDay } from './fragments';

export type SimilarityMeasure = 'JACCARD' | 'ADAMIC_ADAR';

export interface SimilarityQuery {
  id: string;
  measure: SimilarityMeasure;
  asOf: string | null;
  activeOnly: boolean;
  includeAffiliates: boolean;
  first: number;
  offset: number;
}

/** A consortium two organisations share, with its number of members (holders, when rolled up) on the day. */
export interface SharedConsortiumModel {
  id: string;
  members: number;
}

export interface SimilarOrganizationModel {
  organization: OrganizationModel;
  score: number;
  /** Consortia of the organisation on the day (|B| of Jaccard). */
  consortiumCount: number;
  shared: SharedConsortiumModel[];
}

/**
 * A subquery giving `out`, the consortia of `holder` on the day: memberships held on `$asOf` of the holder and
 * (with `$includeAffiliates`) of its parts, of consortia in their program with `active`.
 */
const consortiaOf = (holder: string, out: string, active: boolean) => `CALL (${holder}) {
    CALL (${holder}) {
      RETURN ${holder} AS part
      UNION
      MATCH (part:Organization)-[:PART_OF*1..5]->(${holder}) WHERE $includeAffiliates
      RETURN part
    }
    MATCH (part)-[m:MEMBER_OF]->(c:Consortium)
    WHERE ${membershipHeld('m', 'c')}
    WITH DISTINCT c
    ${active ? `${standingOnDay('c')} WITH c, standingStatus WHERE ${consortiumActive('c')}` : ''}
    RETURN collect(c) AS ${out}
  }`;

/*
 * |B| of each candidate: all-time and without roll-up it is the stored consortiumCount (its MEMBER_OF degree, one
 * relationship per organisation and consortium, read in constant time); otherwise its consortia on the day, counted.
 * Recounting every candidate of the largest hub (thousands, each a hub itself) timed out at S.
 */
const theirCount = (stored: boolean, active: boolean) =>
  stored
    ? 'WITH other, shared, coalesce(other.consortiumCount, 0) AS otherCount'
    : `${consortiaOf('other', 'theirs', active)}
    WITH other, shared, size(theirs) AS otherCount`;

/*
 * From the subject's consortia to every other holder sharing one: each shared consortium with its members counted
 * as holders on the day, then the measure (see docs/questions.md for the formulas).
 */
const similar = (active: boolean, stored = false) => `MATCH (asked:Organization {id: $id})
  WITH CASE WHEN $includeAffiliates THEN ${rolledUpHolder('asked')} ELSE asked END AS subject
  ${consortiaOf('subject', 'mine', active)}
  CALL (subject, mine) {
    UNWIND mine AS c
    MATCH (o:Organization)-[m:MEMBER_OF]->(c)
    WHERE ${membershipHeld('m', 'c')}
    WITH c, collect(DISTINCT CASE WHEN $includeAffiliates THEN ${rolledUpHolder('o')} ELSE o END) AS holders
    UNWIND holders AS other
    WITH other, c, size(holders) AS members WHERE other <> subject
    WITH other, collect({id: c.id, members: members}) AS shared
    ${theirCount(stored, active)}
    WITH other, shared, otherCount,
         CASE $measure
           WHEN 'JACCARD' THEN toFloat(size(shared)) / (size(mine) + otherCount - size(shared))
           ELSE reduce(total = 0.0, x IN shared | total + 1.0 / log(x.members))
         END AS score
    ORDER BY score DESC, other.name, other.id
    SKIP $offset LIMIT $first
    RETURN collect({ organization: ${organizationFields('other')}, score: score, consortiumCount: otherCount,
                     shared: shared }) AS items
  }
  RETURN subject.id AS subjectId, size(mine) AS subjectConsortiumCount, items`;

const SIMILAR = { all: similar(false), active: similar(true), allTime: similar(false, true) };

/** One page of similar organisations, with the organisation they are compared to. */
export interface SimilarityRead {
  /** The organisation compared: the asked one, or its top-level parent with includeAffiliates. */
  subjectId: string;
  /** Its consortia on the day (|A| of Jaccard). */
  subjectConsortiumCount: number;
  items: SimilarOrganizationModel[];
}

/**
 * Organisations most like `query.id` by the consortia they share on the day, best first: one page (`offset`,
 * `first`), ordered by score, then name and id; undefined when no organisation has the id.
 */
export async function similarOrganizations(db: Database, query: SimilarityQuery): Promise<SimilarityRead | undefined> {
  const statement = query.activeOnly
    ? SIMILAR.active
    : query.asOf === null && !query.includeAffiliates
      ? SIMILAR.allTime
      : SIMILAR.all;
  const [row] = await db.read<SimilarityRead>(statement, {
    ...query,
    activeStatuses: ACTIVE_STATUSES,
  });
  return row;
}
