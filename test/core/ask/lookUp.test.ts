import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/core/knowledgeBase.js';
import { ask } from '../../../src/core/ask/ask.js';
import { lookUp, RECENT_FACTS } from '../../../src/core/ask/lookUp.js';
import { seedKnowledgeBase } from '../../helpers/seedCorpus.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await seedKnowledgeBase();
});

describe('lookUp', () => {
  it('offers recent facts, each with its source, when nothing is typed', () => {
    const items = lookUp(kb, '  ');
    expect(items).toHaveLength(RECENT_FACTS);
    expect(items[0]?.source.date).toBe('2024-04-05');
  });

  it('answers a command or a question as the chat would', () => {
    expect(lookUp(kb, '/when Istanbul Convention')).toEqual(ask(kb, '/when Istanbul Convention').answers);
    expect(lookUp(kb, 'Who is the vice speaker of the Mazhilis?')[0]?.person?.name).toBe('Daniya Yespayeva');
  });

  it('gives facts of every kind for bare words, and passages when no fact matches', () => {
    const facts = lookUp(kb, 'Jankauskas');
    expect(facts.some((i) => i.person?.name === 'Kęstutis Jankauskas')).toBe(true);
    expect(facts.some((i) => i.quote?.speaker === 'Kęstutis Jankauskas')).toBe(true);
    const passages = lookUp(kb, 'genital mutilation');
    expect(passages.length).toBeGreaterThan(0);
    expect(passages[0]?.source.sentence).toMatch(/genital mutilation/);
    expect(passages[0]?.person ?? passages[0]?.quote ?? passages[0]?.date).toBeUndefined();
  });

  it('offers nothing for words the corpus lacks, or for more than a question', () => {
    expect(lookUp(kb, 'zzyzx quux')).toEqual([]);
    expect(lookUp(kb, 'Vassilenko '.repeat(40))).toEqual([]);
  });
});
