import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/core/knowledgeBase.js';
import { ask } from '../../src/core/query/ask.js';

const article = (id: string, text: string) => ({ id, file: `${id}.txt`, date: '2024-01-10', text });

describe('KnowledgeBase', () => {
  it('counts articles, passages and facts', () => {
    const kb = KnowledgeBase.build([
      article('a', 'Mayor Ann Lee opened the bridge on January 5. “It is a fine day,” she said.'),
    ]);
    expect(kb.stats).toEqual({ articles: 1, passages: 2, people: 1, events: 1, quotes: 1 });
  });

  it('replaces an article added again under the same id, and forgets a removed one', () => {
    const kb = KnowledgeBase.build([article('a', 'Mayor Ann Lee opened the bridge.')]);
    kb.add(article('a', 'Governor Bob Hill closed the road.'));
    expect(ask(kb, '/who Ann Lee').answers).toEqual([]);
    expect(ask(kb, '/who Bob Hill').answers[0]?.person).toEqual({ name: 'Bob Hill', roles: ['Governor'] });
    expect(kb.stats.articles).toBe(1);
    expect(kb.remove('a')).toBe(true);
    expect(ask(kb, '/who Bob Hill').answers).toEqual([]);
    expect(kb.stats).toEqual({ articles: 0, passages: 0, people: 0, events: 0, quotes: 0 });
  });
});
