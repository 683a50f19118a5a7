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

  it('answers a narrower lookup from a wider one alike', () => {
    const dictionary = TermDictionary.fromSorted(['market', 'marketing', 'markets', 'marking', 'monday']);
    expect(Object.fromEntries(dictionary.fuzzy('markeng', 2))).toHaveProperty('market', 2);
    expect(Object.fromEntries(dictionary.fuzzy('markeng', 1))).toEqual({ marking: 1 });
    expect(Object.fromEntries(dictionary.fuzzy('markeng', 0))).toEqual({});
  });

  it('counts two neighbouring letters swapped as one edit when asked, and as two otherwise', () => {
    const dictionary = TermDictionary.fromSorted(['maker', 'market', 'markets', 'marking', 'smarket']);
    expect(Object.fromEntries(dictionary.fuzzy('markte', 1))).toEqual({});
    expect(Object.fromEntries(dictionary.fuzzy('markte', 1, true))).toEqual({ market: 1 });
    expect(Object.fromEntries(dictionary.fuzzy('makret', 1, true))).toEqual({ market: 1 });
    expect(Object.fromEntries(dictionary.fuzzy('amrket', 1, true))).toEqual({ market: 1 });
    // A swap and one more edit.
    expect(Object.fromEntries(dictionary.fuzzy('makrets', 2, true))).toEqual({ market: 2, markets: 1 });
    expect(Object.fromEntries(dictionary.fuzzy('makrets', 2))).toEqual({ markets: 2 });
  });

  it('finds with transpositions every term a brute-force distance finds', () => {
    const words = ['able', 'bale', 'abel', 'table', 'tabel', 'blae', 'ablee', 'stable', 'tablet', 'bleat'];
    const dictionary = TermDictionary.fromSorted(words.slice().sort());
    for (const query of ['albe', 'tabe', 'bael', 'stabel', 'atble', 'eabl']) {
      for (const max of [1, 2]) {
        const want = Object.fromEntries(
          words.map((w) => [w, alignmentDistance(query, w)] as const).filter(([, d]) => d <= max),
        );
        expect(Object.fromEntries(dictionary.fuzzy(query, max, true)), `${query} ${max}`).toEqual(want);
      }
    }
  });
});

/** The optimal string alignment distance, cell by cell. */
function alignmentDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(
        d[i - 1]![j]! + 1,
        d[i]![j - 1]! + 1,
        d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}
