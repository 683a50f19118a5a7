import { describe, expect, it } from 'vitest';
import { BoundedMap } from '../../src/core/boundedMap.js';

describe('BoundedMap', () => {
  it('forgets the least recently used entry beyond its capacity', () => {
    const map = new BoundedMap<string, number>(2);
    map.set('a', 1).set('b', 2);
    expect(map.get('a')).toBe(1);
    map.set('c', 3);
    expect([map.has('a'), map.has('b'), map.has('c'), map.size]).toEqual([true, false, true, 2]);
    expect(map.delete('a')).toBe(true);
    expect([map.has('a'), map.size]).toEqual([false, 1]);
    expect(() => new BoundedMap(0)).toThrow(RangeError);
  });
});
