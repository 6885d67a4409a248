/** About 64 KiB: large enough that a socket write is not per element, small enough to keep memory flat. */
export const TARGET_CHUNK_LENGTH = 64 * 1024;

/**
 * Joins small pieces, as they arrive (a writer reading a Neo4j result stream), into chunks of about `targetLength`
 * characters. A piece is never split, so a single piece longer than the target becomes a chunk of its own.
 */
export async function* batchChunksAsync(
  pieces: AsyncIterable<string>,
  targetLength = TARGET_CHUNK_LENGTH,
): AsyncGenerator<string> {
  let buffer: string[] = [];
  let length = 0;
  for await (const piece of pieces) {
    buffer.push(piece);
    length += piece.length;
    if (length >= targetLength) {
      yield buffer.join('');
      buffer = [];
      length = 0;
    }
  }
  if (length > 0) yield buffer.join('');
}

/**
 * Yields the chunks of a synchronous iterable asynchronously, giving the event loop a turn between chunks so that
 * a large export does not hold up other requests while it is generated.
 */
export async function* yieldingChunks(chunks: Iterable<string> | AsyncIterable<string>): AsyncGenerator<string> {
  for await (const chunk of chunks) {
    yield chunk;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
