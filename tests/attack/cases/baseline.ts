import type { AttackCase } from '../harness';

/** Not an attack: the probe alone, so the report shows what "fast" is on this machine today. */
export const cases: AttackCase[] = [
  {
    name: 'baseline: the probe alone for 2 s',
    attack: async () => {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      return { status: 'idle' };
    },
  },
  {
    name: 'health while idle',
    attack: async (target) => {
      const response = await target.fetch('/health/live');
      expect(response.status).toBe(200);
      return { status: response.status };
    },
  },
];
