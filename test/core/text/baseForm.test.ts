import { describe, expect, it } from 'vitest';
import { baseForm } from '../../../src/core/text/baseForm.js';

describe('baseForm', () => {
  it('gives the base form of regular past tenses by their ending', () => {
    const pairs = {
      carried: 'carry',
      stopped: 'stop',
      referred: 'refer',
      called: 'call',
      joined: 'join',
      debated: 'debate',
      decided: 'decide',
      retired: 'retire',
      reduced: 'reduce',
      collapsed: 'collapse',
      opened: 'open',
      walked: 'walk',
      launched: 'launch',
      allowed: 'allow',
      played: 'play',
    };
    for (const [past, base] of Object.entries(pairs)) expect(baseForm(past), past).toBe(base);
  });

  it('gives the base form of irregular verbs of news', () => {
    expect(baseForm('took')).toBe('take');
    expect(baseForm('met')).toBe('meet');
    expect(baseForm('won')).toBe('win');
  });

  it('gives none where the ending cannot tell, rather than a wrong one', () => {
    // visit/invite, treat/create, develop/hope: the same endings, different base forms.
    for (const past of ['visited', 'invited', 'treated', 'created', 'developed', 'hoped', 'cancelled'])
      expect(baseForm(past), past).toBeUndefined();
  });

  it('gives none for words that are no past tense', () => {
    for (const word of ['hundred', 'speed', 'indeed', 'red', 'minister', 'Fred', 'said'])
      expect(baseForm(word), word).toBeUndefined();
  });
});
