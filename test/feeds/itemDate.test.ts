import { describe, expect, it } from 'vitest';
import { itemDay } from '../../src/feeds/itemDate.js';

describe("an item's day", () => {
  it('is the day as written, in its own offset', () => {
    expect(itemDay('Tue, 05 Mar 2024 23:30:00 -0500')).toBe('2024-03-05');
    expect(itemDay('5 March 2024 10:00 GMT')).toBe('2024-03-05');
    expect(itemDay('2024-03-05T23:30:00-05:00')).toBe('2024-03-05');
    expect(itemDay('2024-03-06T01:00:00+06:00')).toBe('2024-03-06');
    expect(itemDay('2024-02-29')).toBe('2024-02-29');
  });

  it('is nothing for what is no date, or no such day', () => {
    for (const raw of [undefined, '', 'yesterday', '2023-02-29', 'Tue, 31 Feb 2024 10:00:00 GMT']) {
      expect(itemDay(raw)).toBeUndefined();
    }
  });
});
