import type { SearchHitModel, SearchMatchModel } from '../../model/models';
import { closestName } from '../../search/closestName';
import {
  luceneQuery,
  matchPatterns,
  MAX_SEARCH_CANDIDATES,
  searchWords,
  type SearchWord,
} from '../../search/searchText';
import type { Database } from '../database';
import { organizationFields } from './fragments';
import { keysetBounds, keysetOrder, keysetParams, type KeysetWindow } from './keyset';

const MATCHES: readonly SearchMatchModel[] = ['EXACT', 'ALIAS', 'WORDS', 'PREFIX', 'FUZZY'];

// The index's best hits, each ranked by how it matched (0 EXACT … 4 FUZZY, see matchPatterns), then by score: the
// rank is that tier plus 1/(1+score), so one number orders the list and is the keyset key (ascending, then id). A
// candidate's tier is the first test it passes, in tier order (CASE stops there: most candidates of a common word
// pass the third, so the prefix test is never run on them), and the name it matched is read for the page alone.
const RANKED_HITS = `CALL db.index.fulltext.queryNodes('organization_names', $query, {limit: $candidates})
  YIELD node, score
  WITH node, score, [n IN [node.name, node.nameKo, node.nameJa] WHERE n IS NOT NULL] AS names,
       coalesce(node.aliases, []) AS aliases
  WITH node, score, names, aliases, names + aliases AS all
  WITH node, score, names, aliases, all, CASE
    WHEN any(n IN names WHERE n =~ $exact) THEN 0 WHEN any(a IN aliases WHERE a =~ $exact) THEN 1
    WHEN any(n IN all WHERE n =~ $words) THEN 2 WHEN any(n IN all WHERE n =~ $prefix) THEN 3 ELSE 4 END AS tier
  WITH node, score, names, aliases, all, tier, tier + 1.0 / (1.0 + score) AS rank`;

const searchPage = (backward: boolean) => `${RANKED_HITS}
  WHERE ${keysetBounds('rank', 'node.id', 'ASC')}
  WITH node, score, names, aliases, all, tier, rank ORDER BY ${keysetOrder('rank', 'node.id', 'ASC', backward)}
  LIMIT $limit
  RETURN ${organizationFields('node')} AS organization, score, tier, CASE tier
    WHEN 0 THEN head([n IN names WHERE n =~ $exact]) WHEN 1 THEN head([a IN aliases WHERE a =~ $exact])
    WHEN 2 THEN head([n IN all WHERE n =~ $words]) WHEN 3 THEN head([n IN all WHERE n =~ $prefix]) END AS matchedName,
    all AS names, rank`;
const SEARCH_PAGE = [searchPage(false), searchPage(true)] as const;

interface RankedRow {
  organization: SearchHitModel['organization'];
  score: number;
  tier: number;
  matchedName: string | null;
  names: string[];
  rank: number;
}

const searchParams = (words: readonly SearchWord[]) => ({
  query: luceneQuery(words),
  candidates: MAX_SEARCH_CANDIDATES,
  ...matchPatterns(words),
});

/**
 * One window of the search's hits, ranked by how they matched and then by score (keyset on that rank); rows in the
 * order read. Throws BAD_USER_INPUT for text past the bounds (searchWords); no words, no hits.
 */
export async function pageOfSearchHits(db: Database, text: string, window: KeysetWindow): Promise<SearchHitModel[]> {
  const words = searchWords(text);
  if (words.length === 0) return [];
  const rows = await db.read<RankedRow>(SEARCH_PAGE[window.backward ? 1 : 0], {
    ...searchParams(words),
    ...keysetParams(window),
  });
  return rows.map(({ organization, score, tier, matchedName, names, rank }) => ({
    organization,
    score,
    rank,
    matchedBy: MATCHES[tier]!,
    matchedName: matchedName ?? closestName(words, names),
  }));
}

/** The search's first `first` hits (as the connection's first page). */
export const searchOrganizations = (db: Database, text: string, first: number): Promise<SearchHitModel[]> =>
  pageOfSearchHits(db, text, { after: null, before: null, limit: first, backward: false });

/** How many organisations the search finds for `text` (at most MAX_SEARCH_CANDIDATES). */
export async function countSearchHits(db: Database, text: string): Promise<number> {
  const words = searchWords(text);
  if (words.length === 0) return 0;
  const [row] = await db.read<{ total: number }>(
    `CALL db.index.fulltext.queryNodes('organization_names', $query, {limit: $candidates}) YIELD node
     RETURN count(node) AS total`,
    { query: luceneQuery(words), candidates: MAX_SEARCH_CANDIDATES },
  );
  return row?.total ?? 0;
}
