import { describe, expect, it } from 'vitest';
import { formatInterval, parseInterval } from '../../src/feeds/interval.js';

describe('a feed interval', () => {
  it('is read as seconds, minutes, hours or days, or several of them', () => {
    expect(parseInterval('30s')).toBe(30_000);
    expect(parseInterval('15m')).toBe(900_000);
    expect(parseInterval('1h')).toBe(3_600_000);
    expect(parseInterval(' 1H30m ')).toBe(5_400_000);
    expect(parseInterval('1d')).toBe(86_400_000);
  });

  it('is nothing when written otherwise', () => {
    for (const text of ['', '15', 'm', '15 m', '1.5h', '-5s', 'soon', '15min']) {
      expect(parseInterval(text)).toBeUndefined();
    }
  });

  it('is written back in the same form, largest units first', () => {
    expect(formatInterval(900_000)).toBe('15m');
    expect(formatInterval(5_400_000)).toBe('1h30m');
    expect(formatInterval(5_000)).toBe('5s');
    expect(formatInterval(90_061_000)).toBe('1d1h1m1s');
  });
});
