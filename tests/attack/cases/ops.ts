import type { AttackCase } from '../harness';
import { mostComparedIn } from '../../support/authBudget';

const POISONED_NAMES = 120;
const POISONED_NAME_LENGTH = 100_000;
const WRONG_TOKENS = 2_000;
const WAVE = 20;
/** A mutation that changes nothing: the membership does not exist. */
const HARMLESS_MUTATION =
  'mutation { removeMembership(organizationId: "kaist", consortiumId: "t-attack-none") { ok } }';

export const cases: AttackCase[] = [
  {
    name: 'metrics poisoning: 120 operations named with 100 KB, then a scrape',
    attack: async (target) => {
      for (let i = 0; i < POISONED_NAMES; i++) {
        const response = await target.gql(`query Poison${i}_${'x'.repeat(POISONED_NAME_LENGTH)} { __typename }`);
        expect(response.status).toBe(200);
      }
      const started = performance.now();
      const scrape = await target.fetch('/metrics');
      const text = await scrape.text();
      const scrapeMs = performance.now() - started;
      expect(scrape.status).toBe(200);
      // Before the allow-list: 150 MB and seconds per scrape; now the poisoned names are all "(other)".
      expect(text.length).toBeLessThan(POISONED_NAME_LENGTH);
      expect(text).not.toContain('Poison');
      return { status: scrape.status, note: `scrape ${text.length} bytes in ${scrapeMs.toFixed(0)} ms` };
    },
  },
  {
    name: '2,000 wrong bearer tokens, 20 at a time',
    attack: async (target) => {
      const statuses = new Map<number, number>();
      let retryAfter = 0;
      const started = performance.now();
      for (let wave = 0; wave < WRONG_TOKENS / WAVE; wave++) {
        const responses = await Promise.all(
          Array.from({ length: WAVE }, (_, i) =>
            target.gql(HARMLESS_MUTATION, {}, { authorization: `Bearer wrong-attack-token-${wave}-${i}` }),
          ),
        );
        for (const response of responses) {
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          if (response.status === 429) {
            expect(response.body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
            retryAfter = Number(response.headers.get('retry-after'));
          }
        }
      }
      // AUTH_FAILURES_PER_MINUTE=10: ten are compared (UNAUTHENTICATED), plus one per 6 s the run lasted (the
      // budget refills); the rest are refused unread.
      const compared = statuses.get(200) ?? 0;
      expect(compared).toBeGreaterThanOrEqual(10);
      expect(compared).toBeLessThanOrEqual(mostComparedIn(performance.now() - started, 10));
      expect(Object.fromEntries(statuses)).toEqual({ 200: compared, 429: WRONG_TOKENS - compared });
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      // Once Retry-After has passed, the right token writes again (and the cases after this one can).
      await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 + 200));
      const writer = await target.gql(HARMLESS_MUTATION, {}, { authorization: `Bearer ${target.token}` });
      expect(writer.status).toBe(200);
      expect(writer.body.errors).toBeUndefined();
      return { status: 429, note: `${statuses.get(429)} of ${WRONG_TOKENS} refused; Retry-After ${retryAfter} s` };
    },
  },
];
