import type { Weighted } from './vocabulary';

/** Random choices from one seeded PRNG (`random` in [0, 1)), so the same seed gives the same graph. */
export class Sampler {
  constructor(readonly random: () => number) {}

  /** An integer in [0, bound). */
  below(bound: number): number {
    return Math.floor(this.random() * bound);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)]!;
  }

  weighted<T>(items: Weighted<T>): T {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let point = this.random() * total;
    for (const [item, weight] of items) {
      point -= weight;
      if (point < 0) return item;
    }
    return items[items.length - 1]![0];
  }

  /** Shuffles in place (Fisher–Yates). */
  shuffle(values: Int32Array): Int32Array {
    for (let i = values.length - 1; i > 0; i--) {
      const j = this.below(i + 1);
      const held = values[i]!;
      values[i] = values[j]!;
      values[j] = held;
    }
    return values;
  }
}
