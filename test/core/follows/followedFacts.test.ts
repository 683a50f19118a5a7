import { describe, expect, it } from 'vitest';
import { composeAlert } from '../../../src/core/follows/composeAlert.js';
import { followedFacts } from '../../../src/core/follows/followedFacts.js';
import { KnowledgeBase } from '../../../src/core/knowledgeBase.js';

const kb = KnowledgeBase.build([
  {
    id: 'school',
    file: 'school.md',
    title: 'A new school in the north',
    date: '2024-03-04',
    url: 'https://news.example.org/school',
    text: 'Mayor Clara Benz opened the new school in the northern district on Monday. "Every child deserves a school close to home," Benz said. The school will teach 600 pupils from September.',
  },
  {
    id: 'market',
    file: 'market.md',
    title: 'Trade doubles at the market',
    date: '2024-03-05',
    text: 'Clara Novak, the market’s manager, said on Tuesday that trade had doubled since 2022.',
  },
  {
    id: 'bens',
    file: 'bens.md',
    date: '2024-03-06',
    text: 'Clara Bens, a teacher, retired on March 6, 2024.',
  },
]);

describe('the facts of a new article about what a chat follows', () => {
  it('are the facts that name every word followed, best first, at most three, each citing its article', () => {
    const facts = followedFacts(kb, 'school', 'Clara Benz');
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.length).toBeLessThanOrEqual(3);
    expect(facts[0]?.person?.name).toBe('Clara Benz');
    for (const fact of facts) expect(fact.source.id).toBe('school');
  });

  it('need every word: "Clara Benz" is not any Clara, nor a Bens', () => {
    expect(followedFacts(kb, 'market', 'Clara Benz')).toEqual([]);
    expect(followedFacts(kb, 'bens', 'Clara Benz')).toEqual([]);
    const anyClara = followedFacts(kb, 'market', 'Clara');
    expect(anyClara.length).toBeGreaterThan(0);
    for (const fact of anyClara) expect(fact.source.sentence).toContain('Clara Novak');
  });

  it('take no close spelling for a word no article holds yet', () => {
    const onlyBens = KnowledgeBase.build([
      {
        id: 'bens',
        file: 'bens.md',
        date: '2024-03-06',
        text: 'Clara Bens, a teacher, retired on March 6, 2024.',
      },
    ]);
    expect(followedFacts(onlyBens, 'bens', 'Clara Bens').length).toBeGreaterThan(0);
    expect(followedFacts(onlyBens, 'bens', 'Clara Benz')).toEqual([]);
  });

  it('find a topic in any form of its words, and nothing in an article that is not about it', () => {
    expect(followedFacts(kb, 'school', 'schools').length).toBeGreaterThan(0);
    expect(followedFacts(kb, 'market', 'schools')).toEqual([]);
    expect(followedFacts(kb, 'nowhere', 'schools')).toEqual([]);
  });
});

describe('an alert', () => {
  it('names what was followed and the article, links it, and carries the facts', () => {
    const facts = followedFacts(kb, 'school', 'Clara Benz');
    const alert = composeAlert(kb.article('school')!, { follows: ['Clara Benz'], facts });
    expect(alert.heading).toBe('New article about “Clara Benz”: A new school in the north');
    expect(alert.notes).toEqual(['Read it: https://news.example.org/school']);
    expect(alert.entries.map((entry) => entry.item.source.id)).toEqual(facts.map(() => 'school'));
  });

  it('names the article’s file when it has no link', () => {
    const alert = composeAlert(kb.article('bens')!, { follows: ['teacher'], facts: [] });
    expect(alert.heading).toBe('New article about “teacher”: bens');
    expect(alert.notes).toEqual(['In the corpus as bens.md']);
  });
});
