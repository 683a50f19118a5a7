import { describe, expect, it } from 'vitest';
import { pollDelay } from '../../src/feeds/pollDelay.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('the wait before a feed is polled again', () => {
  it('is the interval while the feed works, give or take 10 %', () => {
    expect(pollDelay({ intervalMs: 15 * MINUTE, failures: 0, random: 0.5 })).toBe(15 * MINUTE);
    expect(pollDelay({ intervalMs: 15 * MINUTE, failures: 0, random: 0 })).toBe(13.5 * MINUTE);
    expect(pollDelay({ intervalMs: 15 * MINUTE, failures: 0, random: 0.999999 })).toBeCloseTo(
      16.5 * MINUTE,
      -2,
    );
  });

  it('doubles with each failure in a row, up to six hours', () => {
    const delays = [1, 2, 3, 4, 5, 10, 50].map((failures) =>
      pollDelay({ intervalMs: 15 * MINUTE, failures, random: 0.5 }),
    );
    expect(delays).toEqual([30 * MINUTE, HOUR, 2 * HOUR, 4 * HOUR, 6 * HOUR, 6 * HOUR, 6 * HOUR]);
  });

  it('is never shorter than the interval, when that is longer than six hours', () => {
    expect(pollDelay({ intervalMs: 7 * 24 * HOUR, failures: 3, random: 0.5 })).toBe(7 * 24 * HOUR);
  });

  it('is never sooner than Retry-After asks (up to a day), jitter or not', () => {
    expect(pollDelay({ intervalMs: 5000, failures: 1, retryAfterMs: 120_000, random: 0 })).toBe(120_000);
    expect(pollDelay({ intervalMs: 5000, failures: 1, retryAfterMs: 1000, random: 0.5 })).toBe(10_000);
    expect(pollDelay({ intervalMs: 5000, failures: 1, retryAfterMs: 30 * 24 * HOUR, random: 0.5 })).toBe(
      24 * HOUR,
    );
  });
});
