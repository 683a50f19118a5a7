import { describe, expect, it } from 'vitest';
import { isNationTerm, relatedTerms } from '../../../src/core/index/relatedWords.js';
import { queryForms } from '../../../src/core/index/searchTerms.js';

const related = (word: string) => relatedTerms(queryForms(word).at(-1)!);
const term = (word: string) => queryForms(word).at(-1)!;

describe('relatedTerms', () => {
  it('relates the words news uses for one another, both ways, as the index stems them', () => {
    expect(related('acquired')).toContain(term('bought'));
    expect(related('bought')).toContain(term('acquired'));
    expect(related('employees')).toEqual(expect.arrayContaining([term('workers'), term('staff')]));
    expect(related('dropped')).toContain(term('losing'));
    expect(related('mum')).toContain(term('mother'));
    // What someone does, and the noun of who does it.
    expect(related('directed')).toContain(term('director'));
    expect(related('wrote')).toEqual(expect.arrayContaining([term('writer'), term('author')]));
    // A town under siege is blockaded; a team welcomed home is received.
    expect(related('siege')).toContain(term('blockade'));
    expect(related('welcomed')).toContain(term('received'));
    // What is due is scheduled ("due to testify", "her testimony is scheduled for May 23").
    expect(related('due')).toContain(term('scheduled'));
  });

  it('relates the words of people and of events that questions put in other words', () => {
    expect(related('kids')).toContain(term('children'));
    expect(related('lawmaker')).toContain(term('MP'));
    expect(related('cop')).toContain(term('constable'));
    expect(related('founded')).toContain(term('founder'));
    expect(related('predicted')).toEqual(expect.arrayContaining([term('estimated'), term('forecast')]));
    expect(related('lawsuit')).toContain(term('sued'));
    expect(related('hired')).toContain(term('appointed'));
    // "axe" of a person, a service or a plan; not of a price.
    expect(related('axed')).toEqual(expect.arrayContaining([term('sacked'), term('scrapped')]));
    expect(related('axed')).not.toContain(term('reduced'));
    expect(term('men')).toBe(term('man'));
  });

  it('keeps each sense of a word of two senses', () => {
    expect(related('fired')).toEqual(expect.arrayContaining([term('dismissed'), term('blaze')]));
    expect(related('blaze')).not.toContain(term('dismissed'));
  });

  it('relates a country to its people’s adjective, and a word to nothing it does not stand for', () => {
    expect(related('France')).toContain(term('French'));
    expect(related('German')).toContain(term('Germany'));
    expect(related('Dutch')).toContain(term('Netherlands'));
    expect(related('tuesday')).toEqual([]);
  });
});

describe('isNationTerm', () => {
  it('knows a country and its people, the nations of the United Kingdom among them, and nothing else', () => {
    for (const word of ['France', 'French', 'Kenyan', 'Scottish', 'Wales', 'Welsh'])
      expect(isNationTerm(term(word))).toBe(true);
    for (const word of ['transport', 'Harlow', 'minister']) expect(isNationTerm(term(word))).toBe(false);
    expect(related('Scottish')).toContain(term('Scotland'));
  });
});
