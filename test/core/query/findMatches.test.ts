import { describe, expect, it } from 'vitest';
import { KnowledgeIndex } from '../../../src/core/index/knowledgeIndex.js';
import { SearchIndex } from '../../../src/core/index/searchIndex.js';
import { findMatches } from '../../../src/core/query/findMatches.js';

function indexOf(texts: string[]): KnowledgeIndex {
  const index = new SearchIndex(['text']);
  for (const text of texts) index.add([text]);
  return new KnowledgeIndex(index, (doc) => texts[doc]!);
}

describe('findMatches', () => {
  const index = indexOf([
    'Teachers were marking the exam papers.',
    'Market prices rose again.',
    'The markets closed early.',
    'Long-term plans were drawn up.',
  ]);
  const found = (query: string) => findMatches(index, query).map((r) => r.id);

  it('finds the words as written first, the last one also as the start of a longer word', () => {
    expect(found('market')).toEqual(['Market prices rose again.', 'The markets closed early.']);
  });

  it('reads a misspelt word as the closest words of the index only', () => {
    // "markeng" is one edit from marking and two from market: the likelier reading alone.
    expect(found('markeng')).toEqual(['Teachers were marking the exam papers.']);
    expect(found('makret prices')).toEqual(['Market prices rose again.']); // two letters swapped: one edit
  });

  it('finds nothing rather than a word that is not close, or another word for a word it holds', () => {
    expect(found('zzyzx')).toEqual([]);
    expect(found('lone-term')).toEqual(['Long-term plans were drawn up.']);
    const withLone = indexOf(['Long-term plans were drawn up.', 'A lone wolf howled.']);
    // "lone" is a word of this index: no guessing that "long" was meant (suggestions may offer it).
    expect(findMatches(withLone, 'lone-term')).toEqual([]);
  });
});
