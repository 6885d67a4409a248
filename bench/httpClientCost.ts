import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { measureInterleaved } from './latency';

/**
 * What the benchmark's HTTP client costs by itself: `npx tsx bench/httpClientCost.ts`. A server on 127.0.0.1 that
 * answers a fixed GraphQL-sized JSON at once is asked interleaved through fetch and through node:http on a
 * kept-alive agent (what bench/latency.ts uses); the difference is the client's own time per request.
 */
async function main(): Promise<void> {
  const echo = http.createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.setHeader('content-type', 'application/json');
      response.end('{"data":{"__typename":"Query"}}');
    });
  });
  await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(echo.address() as AddressInfo).port}/`;
  const agent = new http.Agent({ keepAlive: true });
  const nodeHttp = () =>
    new Promise<number>((resolve, reject) => {
      const request = http.request(url, { method: 'POST', agent }, (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.length));
        response.on('end', () => resolve(bytes));
      });
      request.on('error', reject);
      request.end('{}');
    });
  const viaFetch = async () => (await (await fetch(url, { method: 'POST', body: '{}' })).text()).length;
  try {
    const { latencies } = await measureInterleaved(
      { warmup: 100, maxRuns: 1000, minRuns: 100, maxMs: 30_000 },
      { fetch: viaFetch, 'node:http (kept alive)': nodeHttp },
    );
    for (const [way, latency] of Object.entries(latencies))
      console.log(`${way}: p50 ${latency.p50} ms, p95 ${latency.p95} ms (${latency.runs} requests)`);
  } finally {
    agent.destroy();
    echo.close();
  }
}

void main();
