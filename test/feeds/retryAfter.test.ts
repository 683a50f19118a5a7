import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../../src/feeds/retryAfter.js';

const NOW = Date.parse('2024-03-05T10:00:00Z');

describe('Retry-After', () => {
  it('is read as seconds', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0);
  });

  it('is read as an HTTP date, from now; a date past is no wait', () => {
    expect(parseRetryAfter('Tue, 05 Mar 2024 10:05:00 GMT', NOW)).toBe(300_000);
    expect(parseRetryAfter('Tue, 05 Mar 2024 09:00:00 GMT', NOW)).toBe(0);
  });

  it('is nothing when missing or neither', () => {
    for (const value of [null, '', 'soon', '-5', '1.5', 'March 2024'])
      expect(parseRetryAfter(value, NOW)).toBeUndefined();
  });
});
