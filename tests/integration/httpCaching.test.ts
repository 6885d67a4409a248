import fs from 'node:fs';
/**
 * Validators, cache headers and gzip over real HTTP: exports carry a weak ETag of the graph's version and answer
 * 304 while nothing was written; the /viz page and its files carry theirs; gzip (asked by Accept-Encoding) still
 * streams a large export chunk by chunk, and unpacks to exactly the identity download.
 */
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Database } from '../../src/db/database';
import { useTestServer, type TestServer } from '../support/testServer';

let db: Database;
let server: TestServer;
useTestServer((started) => ({ db, server } = started));

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.baseUrl}${path}`, { headers });

/**
 * A conditional GET over node's http (fetch adds Cache-Control: no-cache to any request with If-None-Match, which
 * tells a server not to answer from what the client holds).
 */
function revalidate(path: string, etag: string): Promise<{ status: number; etag?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${server.baseUrl}${path}`, { headers: { 'if-none-match': etag } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.once('end', () => resolve({ status: response.statusCode!, etag: response.headers.etag, body }));
    });
    request.setTimeout(30_000, () => request.destroy(new Error('no answer within 30 s')));
    request.once('error', reject);
  });
}

describe('export validators', () => {
  const EXPORT = '/export/network.graphml?projection=CO_MEMBERSHIP';

  it('answers a weak ETag with Cache-Control: no-cache, and 304 with no body while the graph is unchanged', async () => {
    const first = await get(EXPORT);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"[\w-]{27}"$/);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    expect(await first.text()).toContain('<graphml');

    expect(await revalidate(EXPORT, etag)).toEqual({ status: 304, etag, body: '' });

    const otherOptions = await get(`${EXPORT}&labelLanguage=JA`);
    expect(otherOptions.headers.get('etag')).not.toBe(etag);
    await otherOptions.text();
    const otherFormat = await get(EXPORT.replace('graphml', 'gexf'));
    expect(otherFormat.headers.get('etag')).not.toBe(etag);
    await otherFormat.text();
  });

  it('changes the ETag with any committed write, so a kept copy is downloaded again', async () => {
    const before = (await get(EXPORT)).headers.get('etag')!;
    // A write nothing reads: the tag follows the database's last transaction, whatever it touched.
    await db.write('CREATE (:EtagProbe)');
    await db.write('MATCH (p:EtagProbe) DELETE p');
    const after = await revalidate(EXPORT, before);
    expect(after.status).toBe(200);
    expect(after.etag).not.toBe(before);
    expect(after.body).toContain('<graphml');
  });
});

describe('static assets', () => {
  // The page's own files are revalidated on every load (they change with the project); the libraries it loads are
  // served under their versioned names, so a year's cache is safe.
  const sigmaVersion = (
    JSON.parse(fs.readFileSync(path.join('node_modules', 'sigma', 'package.json'), 'utf8')) as { version: string }
  ).version;
  it.each([
    ['/viz', 'no-cache'],
    ['/viz/viz.js', 'no-cache'],
    ['/viz/viz.css', 'no-cache'],
    [`/viz/lib/sigma-${sigmaVersion}.min.js`, 'public, max-age=31536000, immutable'],
  ])('%s carries an ETag and Cache-Control: %s, and answers 304 to its ETag', async (path, cacheControl) => {
    const first = await get(path);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe(cacheControl);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/".+"$/);
    await first.arrayBuffer();
    expect(await revalidate(path, etag)).toEqual({ status: 304, etag, body: '' });
  });
});

/** A raw download (no automatic unpacking), paused after its first chunk; `rest` reads the bytes after it. */
function rawDownload(url: string, headers: Record<string, string>) {
  return new Promise<{ response: http.IncomingMessage; firstChunk: Buffer; rest: () => Promise<Buffer> }>(
    (resolve, reject) => {
      const request = http.get(url, { agent: false, headers }, (response) => {
        const chunks: Buffer[] = [];
        const ended = new Promise<Buffer>((done, fail) => {
          response.once('end', () => done(Buffer.concat(chunks)));
          response.once('error', fail);
        });
        response.once('data', (chunk: Buffer) => {
          response.pause();
          response.on('data', (more: Buffer) => chunks.push(more));
          resolve({ response, firstChunk: chunk, rest: () => (response.resume(), ended) });
        });
      });
      request.setTimeout(30_000, () => request.destroy(new Error('no answer within 30 s')));
      request.once('error', reject);
    },
  );
}

describe('gzip', () => {
  it('compresses a GraphQL answer when asked, and not when not', async () => {
    const query = encodeURIComponent('{ __schema { types { name description } } }');
    const packed = await rawDownload(`${server.baseUrl}/graphql?query=${query}`, { 'accept-encoding': 'gzip' });
    expect(packed.response.headers['content-encoding']).toBe('gzip');
    const body = JSON.parse(zlib.gunzipSync(Buffer.concat([packed.firstChunk, await packed.rest()])).toString());
    expect(body.data.__schema.types.length).toBeGreaterThan(10);
    const plain = await rawDownload(`${server.baseUrl}/graphql?query=${query}`, { 'accept-encoding': 'identity' });
    expect(plain.response.headers['content-encoding']).toBeUndefined();
    await plain.rest();
  });

  describe('of a large streamed export', () => {
    // Members whose names are random UUIDs (gzip cannot shrink them to nothing): several MB even packed, far more than
    // the loopback socket buffers, so a client that stops reading leaves the export waiting mid-way.
    const CONSORTIUM = 'gzip-test-consortium';
    const MEMBERS = 5000;
    const NAME_UUIDS = 36;
    const BATCH = 500;
    const SCOPE = `consortia=${CONSORTIUM}&measures=none`;

    beforeAll(async () => {
      await db.write(`CREATE (:Consortium {id: $consortium, name: 'Gzip test consortium'})`, {
        consortium: CONSORTIUM,
      });
      // In batches: one transaction of all of them can outlast the query timeout on a loaded machine.
      for (let from = 1; from <= MEMBERS; from += BATCH) {
        await db.write(
          `MATCH (c:Consortium {id: $consortium}) UNWIND range($from, $to) AS i
           CREATE (:Organization {
                    id: 'gzip-test-' + i, kind: 'COMPANY',
                    name: reduce(name = '', k IN range(1, $uuids) | name + randomUUID())
                  })-[:MEMBER_OF {role: 'MEMBER'}]->(c)`,
          { consortium: CONSORTIUM, from, to: Math.min(MEMBERS, from + BATCH - 1), uuids: NAME_UUIDS },
        );
      }
    }, 120_000);

    afterAll(async () => {
      await db.write(
        `MATCH (c:Consortium {id: $consortium}) OPTIONAL MATCH (o:Organization)-[:MEMBER_OF]->(c) DETACH DELETE c, o`,
        { consortium: CONSORTIUM },
      );
    });

    async function exportTransactionsOpen(): Promise<number> {
      const session = db.driver.session({ database: db.name });
      try {
        const { records } = await session.run(
          "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'MEMBER_OF' AND NOT currentQuery STARTS WITH 'SHOW' RETURN count(*) AS n",
        );
        return Number(records[0]!.get('n'));
      } finally {
        await session.close();
      }
    }

    it('arrives chunk by chunk: its first bytes unpack to the file head while the export still runs', async () => {
      const url = `${server.baseUrl}/export/network.graphml?${SCOPE}`;
      const packed = await rawDownload(url, { 'accept-encoding': 'gzip' });
      expect(packed.response.headers['content-encoding']).toBe('gzip');
      expect(packed.response.headers['content-length']).toBeUndefined();
      // Each write is flushed, so what has arrived unpacks on its own (no end of stream yet).
      const head = zlib.gunzipSync(packed.firstChunk, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString();
      expect(head.startsWith('<?xml')).toBe(true);
      // The client reads no further: the server is still in the export's transaction, not done and buffered.
      // Polled (at most 10 s): on a loaded machine the export's statement may not be listed yet at the first look.
      let open = 0;
      for (let look = 0; look < 100 && open === 0; look += 1) {
        open = await exportTransactionsOpen();
        if (open === 0) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(open).toBe(1);

      const whole = zlib.gunzipSync(Buffer.concat([packed.firstChunk, await packed.rest()])).toString();
      const identity = await get(`/export/network.graphml?${SCOPE}`, { 'accept-encoding': 'identity' });
      expect(identity.headers.get('content-encoding')).toBeNull();
      expect(whole).toBe(await identity.text());
      expect(whole.match(/<node /g)).toHaveLength(MEMBERS + 1);
      expect(Buffer.byteLength(whole)).toBeGreaterThan(MEMBERS * NAME_UUIDS * 36);
    }, 120_000);
  });
});
