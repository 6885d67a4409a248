/** A problem starting or stopping the local Neo4j, worded for the person at the terminal. */
export class LocalNeo4jError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalNeo4jError';
  }
}
