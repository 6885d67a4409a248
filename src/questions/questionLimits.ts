/** The hard caps of the graph questions (src/questions), whatever the client asks; the cost rule reads them too. */

/** Hard caps of `connections`, whatever the client asks. */
export const CONNECTION_LIMITS = {
  /** Longest path, in hops (organisation to organisation). */
  maxHops: 6,
  /** Paths in one page. */
  maxFirst: 20,
  /** Paths enumerated in all pages together (offset + first). */
  maxPaths: 100,
  /** MAX_PATH_WORK: relationships one search may read. */
  maxWork: 200_000,
} as const;

/** Hard caps of `similarOrganizations`. */
export const SIMILARITY_LIMITS = {
  /** Items in one page. */
  maxFirst: 100,
  /** Items over all pages together (offset + first). */
  maxItems: 1000,
} as const;
