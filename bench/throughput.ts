import autocannon from 'autocannon';
import type { Operation } from './questions';

export interface Throughput {
  requestsPerSecond: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  requests: number;
}

/** Loads one GraphQL operation at fixed concurrency over loopback for `seconds`. */
export async function loadTest(
  url: string,
  operation: Operation,
  connections: number,
  seconds: number,
): Promise<Throughput> {
  const result = await autocannon({
    url,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(operation),
  });
  return {
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}
