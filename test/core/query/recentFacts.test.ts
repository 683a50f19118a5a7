import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../../src/core/knowledgeBase.js';
import { recentFacts } from '../../../src/core/query/recentFacts.js';
import type { Article } from '../../../src/core/types.js';

const article = (id: string, date: string | undefined, text: string): Article => ({
  id,
  ...(date ? { date } : {}),
  text,
  file: `${id}.txt`,
});

const kb = KnowledgeBase.build([
  article(
    'old',
    '2020-03-01',
    'Minister of Health Aigerim Bekova opened a clinic on March 2, 2020. “We will open more,” said Aigerim Bekova.',
  ),
  article('undated', undefined, 'Minister of Trade Daulet Seitkali visited Almaty.'),
  article(
    'new',
    '2024-06-10',
    'Minister of Justice Azamat Beketayev signed the decree on June 9, 2024. “Fines will double,” said Azamat Beketayev. Minister of Labour Svetlana Zhakupova agreed.',
  ),
]);

describe('recentFacts', () => {
  it('takes the newest article first, a person, an event and a quotation in turn', () => {
    const facts = recentFacts(kb, 3);
    expect(facts.map((f) => f.kind)).toEqual(['person', 'event', 'quote']);
    for (const fact of facts) expect(fact.source.id).toBe('new');
  });

  it('goes on to older articles, undated ones last, and stops at the count or when facts run out', () => {
    const all = recentFacts(kb, 100);
    const people = all.filter((f) => f.kind === 'person').map((f) => f.person?.name);
    expect(people).toEqual(['Azamat Beketayev', 'Svetlana Zhakupova', 'Aigerim Bekova', 'Daulet Seitkali']);
    expect(all.length).toBe([...kb.allFacts()].length);
    expect(recentFacts(kb, 5)).toHaveLength(5);
    expect(recentFacts(new KnowledgeBase(), 5)).toEqual([]);
  });
});
