import { ErrorCode } from '../../../src/errors';
import { attackNeo4jOptions } from '../attackGraph';
import { startAttackTarget, type AttackTarget } from '../attackTarget';
import type { AttackCase } from '../harness';

type Payload = { ok: boolean; error: { code: string; message: string; field: string | null } | null };

const ADD_MEMBERSHIP = `mutation ($input: AddMembershipInput!) {
  addMembership(input: $input) { ok error { code message field } }
}`;
const UPSERT_ORG = `mutation ($input: UpsertOrganizationInput!) {
  upsertOrganization(input: $input) { ok error { code message field } }
}`;

/** Sends a mutation with the target's token; answers the HTTP status and the payload (no top-level error). */
async function mutate(target: AttackTarget, query: string, variables: Record<string, unknown>) {
  const response = await target.gql<Record<string, Payload>>(query, variables, {
    authorization: `Bearer ${target.token}`,
  });
  expect(response.body.errors).toBeUndefined();
  return { status: response.status, payload: Object.values(response.body.data!)[0]! };
}

/** Ids that need not exist: every field is checked before the database is asked anything. */
const membership = (extra: Record<string, unknown>) => ({
  organizationId: 'attack-errors-org',
  consortiumId: 'attack-errors-team',
  ...extra,
});

/** Questions that take a few hundred ms on the S graph: with a 1 ms timeout, Neo4j's next check ends them. */
const HEAVY = [
  '{ organizationsInMultipleConsortia(minConsortia: 1, includeAffiliates: true, first: 1000) { organization { id } } }',
  '{ network(projection: CO_MEMBERSHIP, includeAffiliations: true) { nodes { id } } }',
];
const MAX_TIMEOUT_TRIES = 40;
const TIMEOUT_TRIES_MS = 30_000;

export const cases: AttackCase[] = [
  {
    name: 'a 1 MB note on addMembership',
    attack: async (target) => {
      const { status, payload } = await mutate(target, ADD_MEMBERSHIP, {
        input: membership({ sourceId: 'attack-errors-source', note: 'x'.repeat(1_000_000) }),
      });
      expect(status).toBe(200);
      expect(payload).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'note' } });
      expect(payload.error!.message).toBe('note must be at most 2000 characters, got 1000000');
      return { status, note: `refused INVALID_INPUT: ${payload.error!.message}` };
    },
  },
  {
    name: 'a javascript: URL as a new source',
    attack: async (target) => {
      const { status, payload } = await mutate(target, ADD_MEMBERSHIP, {
        input: membership({ source: { title: 'Attack', url: 'javascript:alert(document.cookie)' } }),
      });
      expect(payload).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'source.url' } });
      return { status, note: `refused INVALID_INPUT: ${payload.error!.message}` };
    },
  },
  {
    name: '1,000 aliases of 500 characters',
    attack: async (target) => {
      const aliases = Array.from({ length: 1000 }, (_, i) => `${i}`.padEnd(500, 'a'));
      const { status, payload } = await mutate(target, UPSERT_ORG, {
        input: { id: 'attack-errors-org', name: 'Attack Co', kind: 'COMPANY', aliases },
      });
      expect(payload).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'aliases' } });
      return { status, note: `refused INVALID_INPUT: ${payload.error!.message}` };
    },
  },
  {
    name: 'questions past a 1 ms query timeout answer QUERY_TIMEOUT, not SERVICE_UNAVAILABLE',
    timeoutMs: 120_000,
    attack: async () => {
      // A second API on the same graph whose every transaction may run 1 ms: Neo4j ends the ones it finds running.
      const strict = await startAttackTarget(`bolt://127.0.0.1:${attackNeo4jOptions().port}`, {
        NEO4J_QUERY_TIMEOUT_MS: '1',
      });
      const codes = new Map<string, number>();
      try {
        const deadline = Date.now() + TIMEOUT_TRIES_MS;
        for (let sent = 0; sent < MAX_TIMEOUT_TRIES && !codes.has(ErrorCode.QUERY_TIMEOUT); sent += 1) {
          if (Date.now() > deadline) break;
          const response = await strict.gql(HEAVY[sent % HEAVY.length]!);
          expect(response.status).toBe(200);
          for (const error of response.body.errors ?? []) {
            const code = String(error.extensions?.code);
            codes.set(code, (codes.get(code) ?? 0) + 1);
          }
        }
      } finally {
        await strict.stop();
      }
      expect([...codes.keys()]).toEqual([ErrorCode.QUERY_TIMEOUT]);
      return { status: 200, note: `errors: ${[...codes].map(([code, n]) => `${n} ${code}`).join(', ')}` };
    },
  },
];
