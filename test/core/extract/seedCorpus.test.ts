import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/core/knowledgeBase.js';
import type { Fact } from '../../../src/core/types.js';
import { seedKnowledgeBase } from '../../helpers/seedCorpus.js';

const VASSILENKO_ARTICLE = '000_c1d4a831d9bceeab';
const YESPAYEVA_ARTICLE = '004_00ade6fe45578852';

let facts: Fact[];
beforeAll(async () => {
  const kb: KnowledgeBase = await seedKnowledgeBase();
  facts = [...kb.allFacts()];
});

const of = (kind: Fact['kind'], article: string) =>
  facts.filter((f) => f.kind === kind && f.source.id === article && !f.quote?.reported);

describe('the seed corpus, extracted', () => {
  it('names every person of the first article with the role written before the name', () => {
    expect(of('person', VASSILENKO_ARTICLE).map((f) => f.person)).toEqual([
      { name: 'Roman Vassilenko', roles: ['Deputy Foreign Minister'] },
      { name: 'Kassym-Jomart Tokayev', roles: ['President'] },
      { name: 'Artur Lastayev', roles: ['Human Rights Commissioner'] },
      { name: 'Kęstutis Jankauskas', roles: ['EU Ambassador to Kazakhstan'] },
    ]);
  });

  it('names every person of the second article, with a role from an apposition and one from a title', () => {
    expect(of('person', YESPAYEVA_ARTICLE).map((f) => f.person)).toEqual([
      { name: 'Daniya Yespayeva', roles: ['vice speaker of the Mazhilis'] },
      { name: 'Yerlan Koshanov', roles: ['Mazhilis Speaker'] },
    ]);
  });

  it('cites for each person the sentence that states the role', () => {
    const tokayev = facts.find((f) => f.person?.name === 'Kassym-Jomart Tokayev');
    expect(tokayev?.source.sentence).toMatch(
      /^Vassilenko highlighted President Kassym-Jomart Tokayev’s approval/,
    );
  });

  it('resolves every date of the dated article against its date (2024-04-05)', () => {
    expect(of('event', VASSILENKO_ARTICLE).map((f) => [f.date?.text, f.date?.iso])).toEqual([
      ['April 4', '2024-04-04'],
      ['December 2023', '2023-12'],
      ['April 2020', '2020-04'],
      ['2019-2023', '2019/2023'],
      ['2024-2027', '2024/2027'],
      // "announced the launch of new priorities for 2024-2027 … in June": the June ahead.
      ['June', '2024-06'],
    ]);
  });

  it('keeps the year unknown in the undated article unless the text states it, and drops what cannot be dated', () => {
    expect(of('event', YESPAYEVA_ARTICLE).map((f) => [f.date?.text, f.date?.iso])).toEqual([
      ['2023', '2023'],
      ['Dec. 4', '--12-04'],
      ['this June', '--06'],
      ['October', '--10'],
      ['Dec. 10', '--12-10'],
      ['December 2020', '2020-12'],
      ['2021', '2021'],
      ['2022', '2022'],
    ]);
  });

  it('gives each event the clause it belongs to, without the dateline', () => {
    const april = of('event', VASSILENKO_ARTICLE)[0]!;
    expect(april.event).toMatch(/^The Kazakh leadership is committed/);
    expect(april.text).toMatch(/^4 April 2024: The Kazakh leadership/);
    const december = of('event', YESPAYEVA_ARTICLE).find((f) => f.date?.iso === '--12-04');
    expect(december?.text).toMatch(/^4 December \(year unknown\): /);
  });

  it('attributes every quotation of the first article to its speaker, named after it', () => {
    expect(of('quote', VASSILENKO_ARTICLE).map((f) => f.quote)).toEqual([
      {
        speaker: 'Artur Lastayev',
        text: 'Unfortunately, the level of violence against women is still high, which is a serious obstacle to gender equality',
      },
      {
        speaker: 'Kęstutis Jankauskas',
        text: 'Domestic violence and use of force against women and girls have no place in a just society',
      },
    ]);
  });

  it('attributes the partial quotation and the two “he added” quotations to Koshanov', () => {
    const quotes = of('quote', YESPAYEVA_ARTICLE);
    expect(quotes.map((f) => f.quote?.speaker)).toEqual([
      'Yerlan Koshanov',
      'Yerlan Koshanov',
      'Yerlan Koshanov',
    ]);
    expect(quotes[0]!.quote!.text).toBe(
      'a distorted idea of complete male dominance in the family should be left in the past.',
    );
    expect(quotes[1]!.quote!.text).toMatch(/^It is necessary to introduce the right values/);
    expect(quotes[2]!.quote!.text).toMatch(
      /^Today, the legislators have gone even further – .* criminal liability for domestic violence$/,
    );
  });

  it('reads what Vassilenko said without quotation marks as his reported statement', () => {
    const reported = facts.filter((f) => f.quote?.reported && f.source.id === VASSILENKO_ARTICLE);
    expect(reported.map((f) => f.quote)).toEqual([
      {
        speaker: 'Roman Vassilenko',
        text: 'The Kazakh leadership is committed to upholding gender equality and protecting women’s rights',
        reported: true,
      },
    ]);
  });

  it('does not take the seminar title for a quotation or a person', () => {
    expect(facts.some((f) => f.quote?.text.includes('Protection of Women'))).toBe(false);
    expect(facts.some((f) => f.person?.name.includes('Mazhilis'))).toBe(false);
  });
});
