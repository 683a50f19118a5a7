import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/core/knowledgeBase.js';
import { findFacts } from '../../../src/core/query/findFacts.js';
import { seedKnowledgeBase } from '../../helpers/seedCorpus.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await seedKnowledgeBase();
});

describe('findFacts', () => {
  it('finds a person, the events and the quotations that mention a name, the best of each kind first', () => {
    const facts = findFacts(kb, 'Koshanov');
    expect(facts[0]).toMatchObject({ kind: 'person', person: { name: 'Yerlan Koshanov' } });
    expect(facts[1]?.kind).toBe('quote');
    expect(facts.filter((f) => f.kind === 'quote').length).toBe(3);
    for (const fact of facts) expect(`${fact.text} ${fact.source.sentence}`).toMatch(/Koshanov/);
  });

  it('finds events by their words, each statement once', () => {
    const facts = findFacts(kb, 'Istanbul Convention');
    expect(facts.map((f) => f.kind)).toContain('event');
    expect(new Set(facts.map((f) => f.text)).size).toBe(facts.length);
  });

  it('keeps to the limit and finds nothing for words the corpus lacks', () => {
    expect(findFacts(kb, 'Vassilenko', 2)).toHaveLength(2);
    expect(findFacts(kb, 'zzyzx quux')).toEqual([]);
  });
});
