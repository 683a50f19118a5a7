import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/core/knowledgeBase.js';
import { ask } from '../../../src/core/query/ask.js';
import { correctSpelling } from '../../../src/core/query/correctSpelling.js';
import { seedKnowledgeBase } from '../../helpers/seedCorpus.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await seedKnowledgeBase();
});

describe('correctSpelling', () => {
  it('spells a question with the index’s own words, fewest edits first, each phrase finding something', () => {
    const corrections = correctSpelling(kb.indexes.quotes, 'Vasilenko gendr equalty', 5);
    expect(corrections.map((c) => c.phrase)).toEqual(['gender equality', 'equality', 'gender']);
    for (const { phrase, best } of corrections) {
      expect(kb.indexes.quotes.search(phrase, { combineWith: 'AND' }).map((r) => r.id)).toContain(best.id);
    }
  });

  it('offers nothing when no word of the corpus is close', () => {
    expect(correctSpelling(kb.indexes.passages, 'zzyzx', 5)).toEqual([]);
    expect(correctSpelling(kb.indexes.passages, 'Vassilenko', 5)).toEqual([]); // as written: nothing to correct
  });

  it('leaves a word out only of a longer question', () => {
    expect(correctSpelling(kb.indexes.events, 'domestc volence', 5)).toEqual([]);
    expect(correctSpelling(kb.indexes.events, 'domestc volence agaisnt women', 5)[0]?.phrase).toBe(
      'violence women',
    );
  });
});

describe('suggestions for a question with no answer', () => {
  it('suggest the corrected question under the same command', () => {
    expect(ask(kb, '/when domestc volence agaisnt women').suggestions).toContain('/when violence women');
  });

  it('suggest, for /who, the person a corrected name finds, as the article writes it', () => {
    expect(ask(kb, '/who Daniya Yespayevva Astana').suggestions).toContain('/who Daniya Yespayeva');
  });
});
