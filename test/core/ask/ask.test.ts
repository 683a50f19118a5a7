import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/core/knowledgeBase.js';
import { ask } from '../../../src/core/ask/ask.js';
import { seedKnowledgeBase } from '../../helpers/seedCorpus.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await seedKnowledgeBase();
});

describe('ask on the seed corpus', () => {
  it('answers /who by name, with the role and the sentence that states it', () => {
    const answer = ask(kb, '/who Vassilenko');
    expect(answer).toMatchObject({ input: '/who Vassilenko', intent: 'who', query: 'Vassilenko' });
    expect(answer.answers[0]).toMatchObject({
      person: { name: 'Roman Vassilenko', roles: ['Deputy Foreign Minister'] },
      source: { id: '000_c1d4a831d9bceeab', date: '2024-04-05' },
    });
    expect(answer.answers[0]!.source.sentence).toContain('Deputy Foreign Minister Roman Vassilenko said');
  });

  it('answers /who by role', () => {
    const [first, ...rest] = ask(kb, '/who vice speaker of the Mazhilis').answers;
    expect(first?.person?.name).toBe('Daniya Yespayeva');
    expect(rest).toEqual([]);
  });

  it('routes a free-text "Who is …?" question to who', () => {
    const answer = ask(kb, 'Who is the vice speaker of the Mazhilis?');
    expect(answer.intent).toBe('who');
    expect(answer.answers[0]?.person?.name).toBe('Daniya Yespayeva');
  });

  it('answers /when with the resolved date and the event', () => {
    const [first] = ask(kb, '/when Istanbul Convention').answers;
    expect(first?.date).toEqual({ iso: '2020-04', text: 'April 2020' });
    expect(first?.event).toContain(
      'the Council of Europe invited Kazakhstan to join the Istanbul Convention',
    );
  });

  it('answers /quote with the speaker', () => {
    const [first] = ask(kb, '/quote just society').answers;
    expect(first?.quote).toEqual({
      text: 'Domestic violence and use of force against women and girls have no place in a just society',
      speaker: 'Kęstutis Jankauskas',
    });
  });

  it('answers "What did X say about Y?" with X’s quotations about Y only', () => {
    const answer = ask(kb, 'What did Koshanov say about domestic violence?');
    expect(answer.intent).toBe('quote');
    expect(answer.answers.length).toBeGreaterThan(0);
    for (const item of answer.answers) {
      expect(item.quote?.speaker).toBe('Yerlan Koshanov');
      expect(`${item.quote?.text} ${item.source.sentence}`.toLowerCase()).toContain('domestic violence');
    }
  });

  it('gives no answer, and suggests the command that has one, when the corpus has nothing', () => {
    const answer = ask(kb, '/who Istanbul Convention');
    expect(answer.answers).toEqual([]);
    expect(answer.suggestions).toContain('/when Istanbul Convention');
  });

  it('asks for a query after a bare command', () => {
    expect(ask(kb, '/who')).toMatchObject({
      intent: 'who',
      query: '',
      answers: [],
      error: expect.stringContaining('/who Vassilenko'),
    });
  });

  it('meets an unknown command with the closest commands', () => {
    expect(ask(kb, '/hwo Vassilenko')).toMatchObject({
      intent: 'unknown',
      error: 'There is no command /hwo.',
      suggestions: ['/who Vassilenko'],
    });
  });

  it('refuses an over-long message in words, without searching', () => {
    const answer = ask(kb, `/search ${'violence '.repeat(60)}`);
    expect(answer.answers).toEqual([]);
    expect(answer.error).toMatch(/up to 300/);
  });

  it('leaves help to the adapter and never throws on odd input', () => {
    expect(ask(kb, '/help')).toMatchObject({ intent: 'help', answers: [] });
    for (const input of ['', '   ', '???', '/', '/who ***', '“', 'a'.repeat(300), '\u0000']) {
      expect(() => ask(kb, input)).not.toThrow();
    }
  });
});
