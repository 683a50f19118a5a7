import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../src/core/index/searchIndex.js';
import { bestFirst, findMatches } from '../../../src/core/query/findMatches.js';

function indexOf(texts: string[], context: string[] = []): SearchIndex {
  const index = new SearchIndex({ fields: ['text', 'context'] });
  texts.forEach((text, i) => index.add({ id: text, text, context: context[i] ?? '' }));
  return index;
}

describe('findMatches', () => {
  const index = indexOf([
    'Teachers were marking the exam papers.',
    'Market prices rose again.',
    'The markets closed early.',
    'Long-term plans were drawn up.',
  ]);
  const found = (query: string, minCoverage = 1) =>
    findMatches(index, query, { minCoverage }).map((m) => m.id);

  it('finds a word in any of its forms, and the last word also as the start of a longer one', () => {
    expect(found('market')).toEqual(['Market prices rose again.', 'The markets closed early.']);
    expect(found('mark')).toContain('Teachers were marking the exam papers.');
  });

  it('reads a misspelt word as the closest words of the index only', () => {
    // "exan" is one edit from exam and two from each of "ea" and "an": the likelier reading alone.
    expect(found('exan papers')).toEqual(['Teachers were marking the exam papers.']);
    expect(found('makret prices')).toEqual(['Market prices rose again.']); // two letters swapped: one edit
  });

  it('finds nothing rather than a word that is not close, or another word for a word it holds', () => {
    expect(found('zzyzx')).toEqual([]);
    expect(found('lone-term')).toEqual(['Long-term plans were drawn up.']);
    const withLone = indexOf(['Long-term plans were drawn up.', 'A lone wolf howled.']);
    // "lone" is a word of this index: no guessing that "long" was meant.
    expect(findMatches(withLone, 'lone-term plans', { minCoverage: 1 })).toEqual([]);
  });

  it('ranks by the share of the query a document holds, and leaves out those below the floor', () => {
    const ranked = findMatches(index, 'market prices rose closed', { minCoverage: 0.3 });
    expect(ranked.map((m) => m.id)).toEqual(['Market prices rose again.', 'The markets closed early.']);
    expect(ranked[0]!.coverage).toBeGreaterThan(ranked[1]!.coverage);
    expect(ranked[0]!.coverage).toBeLessThan(1);
    expect(found('market prices rose closed', 1)).toEqual([]);
  });

  it('weighs a rare word more than a common one', () => {
    const texts = ['The vote was held.', 'The vote was held again.', 'The vote passed.', 'The Senate met.'];
    const votes = indexOf(texts);
    const [senate] = findMatches(votes, 'Senate vote', { minCoverage: 0 }).filter(
      (m) => m.id === 'The Senate met.',
    );
    const [vote] = findMatches(votes, 'Senate vote', { minCoverage: 0 }).filter(
      (m) => m.id === 'The vote passed.',
    );
    expect(senate!.coverage).toBeGreaterThan(0.5);
    expect(vote!.coverage).toBeLessThan(0.5);
  });

  it('counts a word found only in a field of lesser credit for that much', () => {
    const withContext = indexOf(['Sales fell.'], ['Ford']);
    const [match] = findMatches(withContext, 'Ford', { credit: { context: 0.5 }, minCoverage: 0 });
    expect(match?.coverage).toBeCloseTo(0.5);
    expect(findMatches(withContext, 'Ford', { credit: { context: 0.5 }, minCoverage: 0.6 })).toEqual([]);
  });

  it('weighs each word of the query as asked, besides its rarity', () => {
    const board = indexOf(['The chairman of Orion spoke.']);
    const coverage = (wordWeight?: (word: { term: string; name: boolean }) => number) =>
      findMatches(board, 'Orion chairman handling', {
        minCoverage: 0,
        ...(wordWeight ? { wordWeight } : {}),
      })[0]?.coverage ?? 0;
    expect(coverage((word) => (word.term === 'handl' ? 0 : 1))).toBeCloseTo(1);
    expect(coverage()).toBeLessThan(0.8);
  });

  it('takes a document holding the surname of a name asked in full as holding the name', () => {
    const trial = indexOf(
      ['Marant is due to testify on May 23.', 'Ilse Marant founded the firm.', 'The trial opened.'],
      ['The Marant trial'],
    );
    expect(findMatches(trial, 'Ilse Marant testify', { minCoverage: 0.5 }).map((m) => m.id)).toContain(
      'Marant is due to testify on May 23.',
    );
    // Not so for a model of a maker: "Airbus" is not the "A350" asked about.
    const planes = indexOf(['Airbus delivered the jet in May.', 'Airbus opened a plant.', 'The A350 flew.']);
    expect(findMatches(planes, 'Airbus A350 delivered', { minCoverage: 0.5 }).map((m) => m.id)).not.toContain(
      'Airbus delivered the jet in May.',
    );
  });

  it('does not answer a question about a name with a document that lacks it', () => {
    const planes = indexOf(['The A380 first flew in April 2005.', 'The A350 was ordered.']);
    const answers = findMatches(planes, 'When did the A350 first fly', { minCoverage: 0.3 }).map((m) => m.id);
    expect(answers).toEqual(['The A350 was ordered.']);
  });

  it('finds an event by its verb where the article names it by its noun, and the other way', () => {
    const events = indexOf(['The closure of the plant was announced in May.', 'The testimony lasted a day.']);
    const ids = (query: string) => findMatches(events, query).map((m) => m.id);
    expect(ids('plant close')).toEqual(['The closure of the plant was announced in May.']);
    expect(ids('testify')).toEqual(['The testimony lasted a day.']);
  });

  it('leaves out a misspelt word that says nothing', () => {
    expect(found('prices agaisnt')).toEqual(['Market prices rose again.']);
  });

  it('finds a word by the short form a question types', () => {
    const staff = indexOf(['The operations director of the government department spoke.']);
    expect(findMatches(staff, 'ops director govt dept').map((m) => m.id)).toEqual([
      'The operations director of the government department spoke.',
    ]);
  });

  it('finds a number written in words by its digits, and the other way', () => {
    const market = indexOf(['The index lost a thousand points in thirty minutes.', 'Sales rose 30 percent.']);
    expect(findMatches(market, '1,000 points 30 minutes').map((m) => m.id)).toEqual([
      'The index lost a thousand points in thirty minutes.',
    ]);
    expect(findMatches(market, 'thirty percent').map((m) => m.id)).toEqual(['Sales rose 30 percent.']);
  });

  it('finds a verb of two words by the word it means, and the other way', () => {
    const board = indexOf(['The chairman will stand down in May.', 'The treasurer resigned on Friday.']);
    expect(findMatches(board, 'chairman resign').map((m) => m.id)).toEqual([
      'The chairman will stand down in May.',
    ]);
    expect(findMatches(board, 'treasurer step down').map((m) => m.id)).toEqual([
      'The treasurer resigned on Friday.',
    ]);
    const news = indexOf(['Pay talks broke down on Thursday.', 'The trophy will be handed over in May.']);
    expect(findMatches(news, 'pay talks collapse').map((m) => m.id)).toEqual([
      'Pay talks broke down on Thursday.',
    ]);
    expect(findMatches(news, 'trophy handover').map((m) => m.id)).toEqual([
      'The trophy will be handed over in May.',
    ]);
  });

  it('finds a word of the same meaning as a weaker match, and a country by its adjective', () => {
    const news = indexOf([
      'Dock employees held a two-hour stoppage on Friday.',
      'The dock workers strike was called off.',
      'The board ousted its founder in 1985.',
      'Vineyards in the French south were flooded.',
      'The prize will be presented in Stockholm.',
    ]);
    const ranked = (query: string, minCoverage = 0.75) =>
      findMatches(news, query, { minCoverage }).map((m) => [m.id, Number(m.coverage.toFixed(2))]);
    // The words themselves first, at full coverage; the same meaning in other words after, at less.
    expect(ranked('dock workers strike')).toEqual([
      ['The dock workers strike was called off.', 1],
      ['Dock employees held a two-hour stoppage on Friday.', expect.closeTo(0.8, 1) as unknown as number],
    ]);
    expect(ranked('founder fired').map(([id]) => id)).toEqual(['The board ousted its founder in 1985.']);
    expect(ranked('prize handed over').map(([id]) => id)).toEqual([
      'The prize will be presented in Stockholm.',
    ]);
    expect(ranked('vineyards France').map(([id]) => id)).toEqual([
      'Vineyards in the French south were flooded.',
    ]);
    // A related word is not the word: a query that needs it at full coverage finds only the word.
    expect(ranked('dock workers strike', 1).map(([id]) => id)).toEqual([
      'The dock workers strike was called off.',
    ]);
  });

  it('keeps the best matches of many, in rank order, the first found first among equals', () => {
    const many = indexOf([
      ...Array.from({ length: 60 }, (_, i) => `Harbour report number ${i} on the quay.`),
      'The harbour harbour harbour pilots met.',
    ]);
    const limited = findMatches(many, 'harbour', { limit: 3 }).map((m) => m.id);
    const all = findMatches(many, 'harbour').map((m) => m.id);
    expect(limited).toEqual(all.slice(0, 3));
    expect(limited[0]).toBe('The harbour harbour harbour pilots met.');
  });
});

describe('bestFirst', () => {
  it('gives the places of the highest values, highest first, earlier first among equals', () => {
    const values = [3, 9, 1, 9, 4, 7, 9, 0, 2, 5, 8, 6, 9, 1, 3, 2, 0, 4, 5, 6, 7, 8, 3, 1, 2];
    expect(bestFirst(values, 3)).toEqual([1, 3, 6]);
    expect(bestFirst(values, 6)).toEqual([1, 3, 6, 12, 10, 21]);
    expect(bestFirst(values, 0)).toEqual([]);
    // Whichever way it picks, the answer is the one a stable sort gives.
    const sorted = Array.from(values.keys()).sort((a, b) => values[b]! - values[a]!);
    for (const limit of [1, 2, 4, 5, 10, 25, 30])
      expect(bestFirst(values, limit)).toEqual(sorted.slice(0, limit));
  });
});
