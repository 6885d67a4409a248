import type { AttackTarget, TimedResponse } from './attackTarget';

type ConsortiumSize = { id: string; memberCount: number };
type Page = {
  consortiaConnection: {
    edges: Array<{ node: ConsortiumSize }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

/** At most this many pages of 1000: far more consortia than any graph the suite builds. */
const MAX_PAGES = 200;
/** A page Neo4j stopped at the time limit (a cold page cache on a loaded machine) is asked again, this often. */
const TRIES_PER_PAGE = 3;

/** Whether every error of an answer is a QUERY_TIMEOUT: the question was fine, the machine slow. */
export const timedOut = (response: TimedResponse<unknown>): boolean =>
  (response.body.errors?.length ?? 0) > 0 &&
  response.body.errors!.every((error) => error.extensions?.code === 'QUERY_TIMEOUT');

/**
 * Every consortium with its memberCount, as a client reads them through the API: the plain `consortia` list
 * answers at most 1000, so this pages through consortiaConnection.
 */
export async function everyConsortium(target: AttackTarget): Promise<ConsortiumSize[]> {
  const found: ConsortiumSize[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    let response: TimedResponse<Page> | undefined;
    for (let tries = 0; tries < TRIES_PER_PAGE && (!response || timedOut(response)); tries += 1) {
      response = await target.gql<Page>(
        `query ($after: String) { consortiaConnection(first: 1000, after: $after) {
           edges { node { id memberCount } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
    }
    if (response!.body.errors) throw new Error(`consortiaConnection failed: ${JSON.stringify(response!.body.errors)}`);
    const connection: Page['consortiaConnection'] = response!.body.data!.consortiaConnection;
    found.push(...connection.edges.map((edge) => edge.node));
    if (!connection.pageInfo.hasNextPage) return found;
    after = connection.pageInfo.endCursor;
  }
  throw new Error(`more than ${MAX_PAGES} pages of consortia`);
}
