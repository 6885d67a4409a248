import http from 'node:http';
import type { AttackCase, AttackTarget } from '../harness';

// The defaults of src/config.ts, which the attack server runs with.
const MAX_CONCURRENT_EXPORTS = 4;
const EXPORT_STALL_TIMEOUT_MS = 30_000;
const READERS = 50;
// The whole attack graph as GraphML (about 10 MB), far more than the loopback socket buffers hold.
const EXPORT = '/export/network.graphml?measures=none';
const ANSWER_WITHIN_MS = 20_000;

interface Reader {
  status: number;
  retryAfter: string | undefined;
  /** The JSON error of a refused export. */
  error?: { code: string; message: string };
  /** Reads on: `complete` when the whole file arrives, `cut` when the server ended the download first. */
  readRest: () => Promise<'complete' | 'cut'>;
  destroy: () => void;
}

/**
 * A raw TCP client on 127.0.0.1: a download (200) is read up to its first chunk and then no more, so its socket
 * buffers fill and the server waits for `drain`; a refusal is read whole. Rejects if no answer comes in time.
 */
function pausedReader(target: AttackTarget): Promise<Reader> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${target.baseUrl}${EXPORT}`, { agent: false }, (response) => {
      const status = response.statusCode!;
      const retryAfter = response.headers['retry-after'];
      const destroy = () => request.destroy();
      if (status !== 200) {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.once('end', () =>
          resolve({
            status,
            retryAfter,
            error: (JSON.parse(text) as { error: Reader['error'] }).error,
            readRest: async () => 'complete',
            destroy,
          }),
        );
        return;
      }
      const ended = new Promise<'complete' | 'cut'>((done) => {
        response.once('end', () => done(response.complete ? 'complete' : 'cut'));
        response.once('error', () => done('cut'));
        response.once('aborted', () => done('cut'));
      });
      response.once('data', () => {
        response.pause();
        resolve({
          status,
          retryAfter,
          readRest: () => {
            response.resume();
            return ended;
          },
          destroy,
        });
      });
    });
    request.setTimeout(ANSWER_WITHIN_MS, () => request.destroy(new Error(`no answer within ${ANSWER_WITHIN_MS} ms`)));
    request.on('error', () => undefined);
    request.once('error', reject);
  });
}

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
