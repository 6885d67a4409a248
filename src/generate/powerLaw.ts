/**
 * A degree sequence of `count` integers, largest first, falling off as rank^-exponent (a Zipf law), each at least
 * `min` and at most `max`, summing exactly to `total` (when `count * min <= total`).
 */
export function powerLawSequence(count: number, total: number, exponent: number, min: number, max: number): Int32Array {
  if (count * min > total) throw new RangeError(`${count} values of at least ${min} exceed the total ${total}`);
  const scale = scaleForTotal(count, total, exponent, min, max);
  const values = new Int32Array(count);
  let sum = 0;
  for (let rank = 0; rank < count; rank++) {
    values[rank] = valueAt(scale, rank, exponent, min, max);
    sum += values[rank]!;
  }
  spreadRemainder(values, total - sum, min, max);
  return values;
}

const valueAt = (scale: number, rank: number, exponent: number, min: number, max: number) =>
  Math.min(max, Math.max(min, Math.round(scale * Math.pow(rank + 1, -exponent))));

/** Bisects the scale whose rounded sequence sums closest to `total` from below. */
function scaleForTotal(count: number, total: number, exponent: number, min: number, max: number): number {
  let low = 0;
  let high = total;
  for (let step = 0; step < 60; step++) {
    const scale = (low + high) / 2;
    let sum = 0;
    for (let rank = 0; rank < count && sum <= total; rank++) sum += valueAt(scale, rank, exponent, min, max);
    if (sum > total) high = scale;
    else low = scale;
  }
  return low;
}

/**
 * `count` integers, largest first, from exactly `max` at the head down towards `min`: min + (max - min) * rank^-e,
 * with the exponent e bisected so that they sum to `total` (then rounded exactly). Unlike powerLawSequence it has
 * one value at `max`, not a plateau there: CORDIS's project sizes (one project of 186 participants, a median of a
 * few) have this shape.
 */
export function offsetPowerLawSequence(count: number, total: number, min: number, max: number): Int32Array {
  if (count * min > total || count * max < total)
    throw new RangeError(`${count} values in [${min}, ${max}] cannot sum to ${total}`);
  const valueOf = (exponent: number, rank: number) => min + Math.round((max - min) * Math.pow(rank + 1, -exponent));
  const sumOf = (exponent: number) => {
    let sum = 0;
    for (let rank = 0; rank < count; rank++) sum += valueOf(exponent, rank);
    return sum;
  };
  // A larger exponent falls off faster (a smaller sum).
  let low = 0;
  let high = 16;
  for (let step = 0; step < 60; step++) {
    const exponent = (low + high) / 2;
    if (sumOf(exponent) > total) low = exponent;
    else high = exponent;
  }
  const values = Int32Array.from({ length: count }, (_, rank) => valueOf(high, rank));
  let sum = 0;
  for (const value of values) sum += value;
  // The head keeps its max: the remainder goes to the ranks after it.
  spreadRemainder(values.subarray(1), total - sum, min, max);
  return values;
}

/** Rounding leaves the sum a little off: adds (or takes) one at a time from the head, where it changes the shape least. */
function spreadRemainder(values: Int32Array, remainder: number, min: number, max: number): void {
  let rank = 0;
  let stalled = 0;
  while (remainder !== 0 && stalled < values.length) {
    const step = remainder > 0 ? 1 : -1;
    const next = values[rank]! + step;
    if (next >= min && next <= max) {
      values[rank] = next;
      remainder -= step;
      stalled = 0;
    } else {
      stalled += 1;
    }
    rank = (rank + 1) % values.length;
  }
}

/** The median of a sequence (the lower one for an even count). */
export function medianOf(values: ArrayLike<number>): number {
  const sorted = Int32Array.from(values).sort();
  return sorted[(sorted.length - 1) >> 1] ?? 0;
}
