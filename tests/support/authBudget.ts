/**
 * How many wrong tokens an address may have compared in `elapsedMs` with AUTH_FAILURES_PER_MINUTE = `perMinute`:
 * the full budget, plus one for each whole refill the run lasted (the budget refills at `perMinute` a minute, so a
 * run slowed by a loaded machine earns more). The tests assert the count lies between the budget and this.
 */
export function mostComparedIn(elapsedMs: number, perMinute: number): number {
  return perMinute + Math.floor((elapsedMs * perMinute) / 60_000);
}
