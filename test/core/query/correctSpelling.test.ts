import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/core/knowledgeBase.js';
import { ask } from '../../../src/core/ask/ask.js';
import { correctSpelling } from '../../../src/core/query/correctSpelling.js';
import { seedKnowledgeBase } from '../../helpers/seedCorpus.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await seedKnowledgeBase();
});

describe('correctSpelling', () => {
  it('spells a question with the index’s own words, fewest edits first, each phrase finding something', () => {
    const corrections = correctSpelling(kb.indexes.quotes, 'Vasilenko gendr equalty', 5);
    // Terms as the index holds them (stems); fewest edits first, then the commoner words.
    // Vassilenko speaks in the quotations index by his reported statement.
    expect(corrections.map((c) => c.terms.join(' '))).toEqual([
      'vassilenko gender equal',
      'vassilenko gender',
      'gender equal',
      'vassilenko equal',
      'gender',
    ]);
    for (const { terms, best } of corrections) {
      expect(kb.indexes.quotes.search(terms, { combineWith: 'AND' }).map((r) => r.id)).toContain(best.id);
    }
  });

  it('offers nothing when no word of the corpus is close', () => {
    expect(correctSpelling(kb.indexes.passages, 'zzyzx', 5)).toEqual([]);
    expect(correctSpelling(kb.indexes.passages, 'Vassilenko', 5)).toEqual([]); // as written: nothing to correct
  });

  it('leaves a word out only of a longer question', () => {
    expect(correctSpelling(kb.indexes.events, 'Istanbol Convenshun', 5)).toEqual([]);
    expect(correctSpelling(kb.indexes.events, 'Istanbol Convenshun agaisnt Kazakstan', 5)[0]?.terms).toEqual([
      'istanbul',
      'kazakhstan',
    ]);
  });
});

describe('suggestions for a question with no answer', () => {
  it('suggest the corrected question under the same command, in the words of the corpus', () => {
    expect(ask(kb, '/when Istanbol Convenshun agaisnt Kazakstan').suggestions).toContain(
      '/when Istanbul Kazakhstan',
    );
  });

  it('suggest, for /who, the person a corrected name finds, as the article writes it', () => {
    expect(ask(kb, '/who Daniya Yespayevva Bishkek').suggestions).toContain('/who Daniya Yespayeva');
  });
});
