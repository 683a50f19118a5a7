import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/core/knowledgeBase.js';
import { factsAbout } from '../../../src/core/query/factsAbout.js';
import { seedKnowledgeBase } from '../../helpers/seedCorpus.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await seedKnowledgeBase();
});

describe('factsAbout', () => {
  it('gives the facts whose sentence is about the topic, and only those', () => {
    const facts = factsAbout(kb, 'violence');
    expect(facts.length).toBeGreaterThan(0);
    for (const fact of facts) expect(fact.source.sentence.toLowerCase()).toContain('violence');
    expect(facts.map((f) => f.text)).toContain(
      'Kęstutis Jankauskas said: “Domestic violence and use of force against women and girls have no place in a just society”',
    );
    const inViolenceSentences = [...kb.allFacts()].filter((f) => /violence/i.test(f.source.sentence));
    expect(facts.length).toBe(inViolenceSentences.length);
  });

  it('matches all the words of a topic, not the article title', () => {
    for (const fact of factsAbout(kb, 'Istanbul Convention')) {
      expect(fact.source.sentence).toContain('Istanbul Convention');
    }
    expect(factsAbout(kb, 'Istanbul Convention').length).toBeGreaterThan(0);
  });

  it('gives nothing for a topic the corpus does not mention', () => {
    expect(factsAbout(kb, 'volcano eruption')).toEqual([]);
  });
});
