import inspector from 'node:inspector/promises';
import { loadConfig } from '../src/config';
import { connectDatabase } from '../src/db/connect';
import { startQuietServer } from './cordisLayoutGraph';

/**
 * Where one request's time goes inside the API process: `npx tsx bench/requestProfile.ts --uri bolt://127.0.0.1:PORT
 * --query '<query>' [--requests 300]`. Starts the server in process (production settings), asks the query a few
 * times to warm it, then records a CPU profile while asking it `--requests` times one after another over HTTP, and
 * prints the self time by where the code lives (each package of node_modules, this project's folders, Node's own),
 * with the mean wall time per request. Time spent waiting for Neo4j is idle, so it is not in the profile.
 */

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}

function argument(name: string, fallback?: string): string {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? fallback : process.argv[at + 1];
  if (value === undefined) throw new Error(`give --${name}`);
  return value;
}

/** A profile frame's place: `node_modules/<package>`, `src/<folder>`, `node:` internals, or the engine's own. */
function placeOf(url: string, functionName: string): string {
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inModules) return inModules[1]!;
  const inProject = /\/(src|bench)\/([^/]+)/.exec(url);
  if (inProject) return `${inProject[1]}/${inProject[2]}`;
  if (url.startsWith('node:')) return url;
  return url === '' ? `(${functionName || 'engine'})` : url;
}

async function main(): Promise<void> {
  const uri = argument('uri');
  const query = argument('query');
  const requests = Math.min(Number(argument('requests', '300')), 5000);
  const db = connectDatabase({ ...loadConfig({}), NEO4J_QUERY_TIMEOUT_MS: 60_000 }, uri);
  const { server, url } = await startQuietServer(db);
  const ask = async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };
  const session = new inspector.Session();
  session.connect();
  try {
    for (let warm = 0; warm < 30; warm++) await ask();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    const started = performance.now();
    for (let sent = 0; sent < requests; sent++) await ask();
    const wallMs = performance.now() - started;
    const { profile } = await session.post('Profiler.stop');
    const nodes = profile.nodes as ProfileNode[];
    const byId = new Map(nodes.map((node) => [node.id, node]));
    const selfMs = new Map<string, number>();
    const deltas = profile.timeDeltas ?? [];
    (profile.samples ?? []).forEach((id, at) => {
      const node = byId.get(id)!;
      const place = placeOf(node.callFrame.url, node.callFrame.functionName);
      selfMs.set(place, (selfMs.get(place) ?? 0) + (deltas[at] ?? 0) / 1000);
    });
    const rows = [...selfMs.entries()].sort((a, b) => b[1] - a[1]);
    console.log(`${requests} requests, ${(wallMs / requests).toFixed(2)} ms each (wall)`);
    console.log('| where | self ms per request | share |\n|---|---|---|');
    const total = rows.reduce((sum, [, ms]) => sum + ms, 0);
    for (const [place, ms] of rows.slice(0, 25)) {
      console.log(`| ${place} | ${(ms / requests).toFixed(3)} | ${((100 * ms) / total).toFixed(1)}% |`);
    }
  } finally {
    session.disconnect();
    await server.stop();
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
