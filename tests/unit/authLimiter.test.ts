import { FailureBuckets } from '../../src/server/authLimiter';

// Addresses are only map keys here (no traffic); loopback ones all the same, as everywhere in the tests.
describe('failure buckets per client address', () => {
  it('allows `perMinute` failures, then asks to wait until one has refilled', () => {
    let now = 0;
    const buckets = new FailureBuckets(10, 100, () => now);
    for (let i = 0; i < 10; i++) {
      expect(buckets.retryAfterSeconds('127.0.2.1')).toBe(0);
      buckets.recordFailure('127.0.2.1');
    }
    expect(buckets.retryAfterSeconds('127.0.2.1')).toBe(6);
    expect(buckets.retryAfterSeconds('127.0.2.2')).toBe(0);
    now += 3_000;
    expect(buckets.retryAfterSeconds('127.0.2.1')).toBe(3);
    now += 3_000;
    expect(buckets.retryAfterSeconds('127.0.2.1')).toBe(0);
    buckets.recordFailure('127.0.2.1');
    expect(buckets.retryAfterSeconds('127.0.2.1')).toBe(6);
    // A full minute refills the bucket completely, and a full bucket is forgotten.
    now += 60_000;
    expect(buckets.retryAfterSeconds('127.0.2.1')).toBe(0);
    expect(buckets.size).toBe(0);
  });

  it('tracks at most `maxAddresses`, forgetting the least recently failing one', () => {
    const buckets = new FailureBuckets(1, 1_000, () => 0);
    for (let i = 0; i < 5_000; i++) buckets.recordFailure(`127.0.${Math.floor(i / 256)}.${i % 256}`);
    expect(buckets.size).toBe(1_000);
    // The last 1,000 are refused; the first ones were forgotten and may try again.
    expect(buckets.retryAfterSeconds('127.0.19.135')).toBeGreaterThan(0); // i = 4999
    expect(buckets.retryAfterSeconds('127.0.15.160')).toBeGreaterThan(0); // i = 4000
    expect(buckets.retryAfterSeconds('127.0.15.159')).toBe(0); // i = 3999
    expect(buckets.retryAfterSeconds('127.0.0.0')).toBe(0);
  });
});
