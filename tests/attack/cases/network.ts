import { everyConsortium } from '../everyConsortium';
import type { AttackCase, AttackTarget, TimedResponse } from '../harness';

// The `network` field over the S graph with the server's default limits: betweenness runs in a measure worker
// (the probe stays fast while it computes), a network whose V·(V+E) is over MAX_MEASURE_WORK (50,000,000) is
// refused before any worker starts, and an answer over MAX_NETWORK_NODES (5,000) is refused before it is read.

const MEASURED = `query Measured($consortia: [ID!]) {
  network(consortia: $consortia) { nodes { id degree betweenness community } edges { id } }
}`;
const PLAIN = '{ network { nodes { id label degree } edges { id source target } } }';

type NetworkBody = { network: { nodes: Array<{ betweenness?: number }>; edges: unknown[] } };

let largestFirst: Promise<string[]> | undefined;

/** Every consortium id, most members first (then by id), as a client finds them through the API. */
function consortiaBySize(target: AttackTarget): Promise<string[]> {
  largestFirst ??= everyConsortium(target).then((consortia) =>
    consortia
      .sort((a, b) => b.memberCount - a.memberCount || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((consortium) => consortium.id),
  );
  return largestFirst;
}

async function measuredNetwork(target: AttackTarget, count: number): Promise<TimedResponse<NetworkBody>> {
  const ids = (await consortiaBySize(target)).slice(0, count);
  expect(ids).toHaveLength(count);
  return target.gql<NetworkBody>(MEASURED, { consortia: ids });
}

const codeOf = (response: TimedResponse<NetworkBody>) =>
  response.body.errors?.[0]?.extensions?.code as string | undefined;

/** What came back, for the report: the network's size when served, the code and limit when refused. */
function outcomeOf(response: TimedResponse<NetworkBody>): { status: number; note: string } {
  const error = response.body.errors?.[0];
  if (!error) {
    const { nodes, edges } = response.body.data!.network;
    return { status: response.status, note: `served ${nodes.length} nodes, ${edges.length} edges` };
  }
  const limit = error.extensions?.limit as { name: string; max: number; found: number } | undefined;
  const detail = limit ? ` ${limit.name} ${limit.found} > ${limit.max}` : '';
  return { status: response.status, note: `refused ${String(error.extensions?.code)}${detail}` };
}

function expectServedWithBetweenness(response: TimedResponse<NetworkBody>): void {
  expect(response.status).toBe(200);
  expect(response.body.errors).toBeUndefined();
  expect(response.body.data!.network.nodes.some((node) => (node.betweenness ?? 0) > 0)).toBe(true);
}

function expectRefused(response: TimedResponse<NetworkBody>, limitName: string, max: number): void {
  expect(response.status).toBe(200);
  expect(response.body.data).toBeNull();
  const [error] = response.body.errors ?? [];
  expect(error?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: { name: limitName, max } });
  expect(error?.message).toContain(limitName);
}

export const cases: AttackCase[] = [
  {
    // V 2,517, E 4,002: 16 million steps, about 0.6–2.6 s of betweenness in the worker.
    name: 'network with betweenness over the 100 largest consortia',
    attack: async (target) => {
      const response = await measuredNetwork(target, 100);
      expectServedWithBetweenness(response);
      return outcomeOf(response);
    },
  },
  {
    // V 4,071, E 7,151: 46 million steps, just under the budget; on a loaded machine it may meet the deadline.
    name: 'network with betweenness over the 300 largest consortia',
    attack: async (target) => {
      const response = await measuredNetwork(target, 300);
      if (codeOf(response) === 'MEASURE_TIMEOUT') {
        expect(response.body.data).toBeNull();
      } else {
        expectServedWithBetweenness(response);
      }
      return outcomeOf(response);
    },
  },
  {
    // V 4,625, E 8,301: within the answer limits, but 60 million steps of betweenness.
    name: 'network with betweenness over the 400 largest consortia',
    attack: async (target) => {
      const response = await measuredNetwork(target, 400);
      expectRefused(response, 'MAX_MEASURE_WORK', 50_000_000);
      return outcomeOf(response);
    },
  },
  {
    // V 6,875, E 13,299.
    name: 'network with betweenness over the 1,000 largest consortia',
    attack: async (target) => {
      const response = await measuredNetwork(target, 1000);
      expectRefused(response, 'MAX_NETWORK_NODES', 5_000);
      return outcomeOf(response);
    },
  },
  {
    // The whole graph, 15,090 nodes: refused from a count in Neo4j, before any row is read.
    name: 'network with no arguments and no measures',
    attack: async (target) => {
      const response = await target.gql<NetworkBody>(PLAIN);
      expectRefused(response, 'MAX_NETWORK_NODES', 5_000);
      return outcomeOf(response);
    },
  },
  {
    // One worker computes, four wait (each at most NETWORK_MEASURE_TIMEOUT_MS), the rest are told to retry later.
    name: 'eight networks with betweenness at once over the 100 largest consortia',
    timeoutMs: 90_000,
    attack: async (target) => {
      await consortiaBySize(target);
      const responses = await Promise.all(Array.from({ length: 8 }, () => measuredNetwork(target, 100)));
      const codes = responses.map((response) => codeOf(response) ?? 'served');
      for (const response of responses) {
        if (codeOf(response) === 'MEASURE_BUSY') {
          expect(response.body.errors?.[0]?.extensions?.retryAfterSeconds).toBe(10);
        } else {
          expectServedWithBetweenness(response);
        }
      }
      expect(codes).toContain('MEASURE_BUSY');
      const served = codes.filter((code) => code === 'served').length;
      return {
        status: responses[0]!.status,
        note: `${served} served in turn, ${8 - served} MEASURE_BUSY (retry later)`,
      };
    },
  },
];
