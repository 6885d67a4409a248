import type { Database } from '../db/database';
import {
  similarOrganizations as readSimilar,
  type SimilarityQuery,
  type SimilarOrganizationModel,
} from '../db/reads/similarityReads';

/** One page of similar organisations, with the organisation they are compared to. */
export interface SimilarityPageModel {
  query: SimilarityQuery;
  /** The organisation compared (the asked one, or its top-level parent); null when the id is unknown. */
  subjectId: string | null;
  subjectConsortiumCount: number;
  items: SimilarOrganizationModel[];
  hasNextPage: boolean;
}

/** similarOrganizations: one page, reading one item more than asked to know whether another page follows. */
export async function similarOrganizationsPage(db: Database, query: SimilarityQuery): Promise<SimilarityPageModel> {
  const read = await readSimilar(db, { ...query, first: query.first + 1 });
  return {
    query,
    subjectId: read?.subjectId ?? null,
    subjectConsortiumCount: read?.subjectConsortiumCount ?? 0,
    items: read?.items.slice(0, query.first) ?? [],
    hasNextPage: (read?.items.length ?? 0) > query.first,
  };
}
