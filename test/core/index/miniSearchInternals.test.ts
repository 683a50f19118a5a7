import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { documentFrequency, fuzzyTerms, hasPrefix } from '../../../src/core/index/miniSearchInternals.js';

/**
 * `miniSearchInternals.ts` reads MiniSearch's term tree, which is no public API: these fail when an upgrade of
 * MiniSearch changes it, before spelling correction and query weighting quietly stop working.
 */
describe('MiniSearch internals that factdesk reads', () => {
  const index = new MiniSearch({ fields: ['text', 'title'] });
  index.addAll([
    { id: 1, text: 'market prices', title: 'market' },
    { id: 2, text: 'markets closed', title: '' },
    { id: 3, text: 'market day', title: '' },
  ]);

  it('counts the documents of a term in its most frequent field', () => {
    expect(documentFrequency(index, 'market')).toBe(2);
    expect(documentFrequency(index, 'nothing')).toBe(0);
  });

  it('finds terms within an edit distance, with their distance and documents', () => {
    expect(fuzzyTerms(index, 'markot', 1)).toEqual([{ term: 'market', distance: 1, documents: 2 }]);
  });

  it('tells whether a term begins some term of the index', () => {
    expect(hasPrefix(index, 'mark')).toBe(true);
    expect(hasPrefix(index, 'marz')).toBe(false);
  });

  it('says so loudly when the internals are not there', () => {
    expect(() => documentFrequency({} as MiniSearch, 'x')).toThrow(/MiniSearch internals changed/);
  });
});
