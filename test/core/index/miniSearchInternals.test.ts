import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import {
  documentFrequency,
  fuzzyTerms,
  hasPrefix,
  PackedDocuments,
} from '../../../src/core/index/miniSearchInternals.js';

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

/**
 * A loaded index reads its postings in place: to MiniSearch, each term's documents in a field must still
 * be the Map it keeps there, through every change it makes to them.
 */
describe('PackedDocuments', () => {
  // Three terms' pairs side by side; the middle one's are documents 2, 5 and 9.
  const pairs = new Uint32Array([7, 1, /* ours: */ 2, 1, 5, 3, 9, 2, /* next: */ 4, 1]);

  it('answers as the Map of its pairs would', () => {
    const packed = new PackedDocuments(pairs, 2, 3);
    const map = new Map([
      [2, 1],
      [5, 3],
      [9, 2],
    ]);
    expect(packed.size).toBe(3);
    expect([...packed]).toEqual([...map]);
    expect([...packed.keys()]).toEqual([...map.keys()]);
    expect([...packed.values()]).toEqual([...map.values()]);
    for (const doc of [0, 2, 4, 5, 7, 9, 10]) {
      expect(packed.get(doc)).toBe(map.get(doc));
      expect(packed.has(doc)).toBe(map.has(doc));
    }
  });

  it('follows every change MiniSearch makes, as its Map would, deleting while iterating included', () => {
    const packed = new PackedDocuments(pairs, 2, 3);
    const map = new Map([
      [2, 1],
      [5, 3],
      [9, 2],
    ]);
    packed.set(12, 1);
    map.set(12, 1);
    packed.set(12, packed.get(12)! + 1);
    map.set(12, map.get(12)! + 1);
    packed.set(5, 4);
    map.set(5, 4);
    expect(packed.delete(9)).toBe(map.delete(9));
    expect(packed.delete(9)).toBe(map.delete(9));
    expect(packed.delete(3)).toBe(map.delete(3));
    expect(packed.size).toBe(map.size);
    expect(new Map(packed)).toEqual(map);
    // MiniSearch drops discarded documents as it goes through a term's documents.
    for (const doc of packed.keys()) if (doc === 2 || doc === 12) packed.delete(doc);
    for (const doc of map.keys()) if (doc === 2 || doc === 12) map.delete(doc);
    expect(new Map(packed)).toEqual(map);
    expect(packed.size).toBe(map.size);
    const visited: [number, number][] = [];
    packed.visit((doc, frequency) => visited.push([doc, frequency]));
    expect(new Map(visited)).toEqual(map);
  });
});
