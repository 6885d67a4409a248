import { pausedExportReader } from '../../support/pausedReader';
import type { AttackCase, AttackTarget } from '../harness';

// The defaults of src/config.ts, which the attack server runs with.
const MAX_CONCURRENT_EXPORTS = 4;
const EXPORT_STALL_TIMEOUT_MS = 30_000;
const READERS = 50;
// The whole attack graph as GraphML (about 10 MB), far more than the loopback socket buffers hold.
const EXPORT = '/export/network.graphml?measures=none';
const ANSWER_WITHIN_MS = 20_000;

/** A reader of the whole attack graph's export that stops after its first chunk (see tests/support/pausedReader.ts). */
const pausedReader = (target: AttackTarget) => pausedExportReader(`${target.baseUrl}${EXPORT}`, ANSWER_WITHIN_MS);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const cases: AttackCase[] = [
  {
    name: `${READERS} export readers that stop reading after the first chunk`,
    timeoutMs: EXPORT_STALL_TIMEOUT_MS + 45_000,
    attack: async (target) => {
      const settled = await Promise.allSettled(Array.from({ length: READERS }, () => pausedReader(target)));
      const readers = settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
      try {
        expect(readers).toHaveLength(READERS);
        const downloads = readers.filter((reader) => reader.status === 200);
        const refused = readers.filter((reader) => reader.status === 429);
        expect([downloads.length, refused.length]).toEqual([MAX_CONCURRENT_EXPORTS, READERS - MAX_CONCURRENT_EXPORTS]);
        for (const reader of refused) {
          expect(reader.retryAfter).toBe('5');
          expect(reader.error?.code).toBe('TOO_MANY_REQUESTS');
        }

        // While every export place is held by a client that reads nothing, the rest of the API answers.
        expect((await target.fetch('/health/ready')).status).toBe(200);
        const network = await target.gql<{ network: { nodes: unknown[] } }>(
          '{ network(consortia: ["upstage"]) { nodes { id } } }',
        );
        expect([network.status, network.body.errors]).toEqual([200, undefined]);

        // The stall timeout (30 s once the buffers are full) ends those downloads and frees their places.
        await sleep(EXPORT_STALL_TIMEOUT_MS + 5_000);
        expect(await Promise.all(downloads.map((reader) => reader.readRest()))).toEqual(downloads.map(() => 'cut'));
        const again = await target.fetch('/export/network.graphml?consortia=upstage');
        expect([again.status, (await again.text()).includes('</graphml>')]).toEqual([200, true]);
        return {
          status: `${downloads.length}×200, ${refused.length}×429`,
          note: `the ${downloads.length} stalled downloads were cut after the stall timeout; a new export then succeeded`,
        };
      } finally {
        for (const reader of readers) reader.destroy();
      }
    },
  },
];
