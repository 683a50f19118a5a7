import { describe, expect, it } from 'vitest';
import { TermDictionary } from '../../../src/core/index/termDictionary.js';

describe('TermDictionary', () => {
  it('finds the terms within the edit distance, with their distances', () => {
    const dictionary = TermDictionary.fromSorted(['market', 'marketing', 'markets', 'marking', 'monday']);
    expect(Object.fromEntries(dictionary.fuzzy('markeng', 2))).toEqual({
      market: 2,
      marketing: 2,
      markets: 2,
      marking: 1,
    });
    expect(Object.fromEntries(dictionary.fuzzy('markeng', 1))).toEqual({ marking: 1 });
  });

  it('answers a repeated lookup alike, and a lookup after new terms with them', () => {
    const dictionary = TermDictionary.fromSorted(['market', 'monday']);
    expect([...dictionary.fuzzy('markt', 1).keys()]).toEqual(['market']);
    expect([...dictionary.fuzzy('markt', 1).keys()]).toEqual(['market']);
    dictionary.intern('mark');
    expect([...dictionary.fuzzy('markt', 1).keys()].sort()).toEqual(['mark', 'market']);
    expect(dictionary.withPrefix('mar')).toEqual(['market', 'mark']); // sorted within each part
    dictionary.sort();
    expect(dictionary.withPrefix('mar')).toEqual(['mark', 'market']);
  });
});
