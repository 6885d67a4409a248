import type { Database } from '../../src/db/database';
import { openTestDatabase } from '../support/testDatabase';

/**
 * A statement longer than neo4j-driver's 1,400-byte chunk answers as fast as a short one. With Nagle's algorithm on
 * the driver's socket, its last chunk waited for Neo4j's delayed acknowledgement of the first (40 ms on Linux),
 * whatever the load: the long statement took 40 ms more than the short one. src/db/boltNoDelay.ts turns it off.
 */

let db: Database;
beforeAll(() => {
  db = openTestDatabase();
});
afterAll(() => db.close());

const ROUNDS = 15;
const WARM_UP = 3;
// Neo4j acknowledges at once for the first exchanges of a connection (quick-ack mode), then delays: the rounds ask
// enough times for the delay to show.
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

async function timed(text: string): Promise<number> {
  const started = performance.now();
  const [row] = await db.read<{ length: number }>('RETURN size($text) AS length', { text });
  expect(row!.length).toBe(text.length);
  return performance.now() - started;
}

it('sends a 6 kB statement without waiting for an acknowledgement (within 20 ms of a short one)', async () => {
  const long = 'x'.repeat(6_000);
  const short = 'x';
  const times = { long: [] as number[], short: [] as number[] };
  for (let round = 0; round < WARM_UP + ROUNDS; round++) {
    const longMs = await timed(long);
    const shortMs = await timed(short);
    if (round >= WARM_UP) {
      times.long.push(longMs);
      times.short.push(shortMs);
    }
  }
  expect(median(times.long) - median(times.short)).toBeLessThan(20);
});
