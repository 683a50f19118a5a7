import { describe, expect, it } from 'vitest';
import { datesOf, peopleOf, quotesOf } from '../../helpers/extractText.js';

// Cases found on news written outside the bench articles: the rules hold beyond the gold.
describe('news outside the bench articles', () => {
  it('reads a hyphenated title ("co-leader", "vice-chairman") as a role', () => {
    expect(peopleOf('Saskia Esken, co-leader of the Social Democrats, said the party would wait.')).toEqual([
      { name: 'Saskia Esken', roles: ['co-leader of the Social Democrats'] },
    ]);
    expect(peopleOf('Vice-chairman Tom Hale spoke.')).toEqual([
      { name: 'Tom Hale', roles: ['Vice-chairman'] },
    ]);
    // Resigning, he holds it no longer.
    expect(peopleOf('Vice-chairman Tom Hale resigned.')).toEqual([
      { name: 'Tom Hale', roles: ['former Vice-chairman'] },
    ]);
  });

  it('gives “she added” to the woman named before, not to the man named last', () => {
    const text =
      'Saskia Esken, co-leader of the Social Democrats, spoke first. Opposition leader Friedrich Merz called the vote “a missed opportunity for real reform.” “We will not accept cuts to pensions,” she added.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Friedrich Merz', 'Saskia Esken']);
  });

  it('falls back to the person named last when the given name tells no gender', () => {
    expect(
      quotesOf('Minister Kęstutis Jankauskas spoke. “We will help,” she said.').map((q) => q.speaker),
    ).toEqual(['Kęstutis Jankauskas']);
  });

  it('does not count “two days after” an event from the article’s date', () => {
    expect(
      datesOf(
        'The ruling came two days after the Constitutional Court rejected a challenge on March 12.',
        '2025-03-14',
      ),
    ).toEqual([['March 12', '2025-03-12']]);
  });
});
