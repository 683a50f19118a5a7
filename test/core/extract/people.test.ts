import { describe, expect, it } from 'vitest';
import { peopleOf } from '../../helpers/extractText.js';

describe('people and their roles', () => {
  it('takes the role from a title before the name, up to the name', () => {
    expect(peopleOf('Deputy Foreign Minister Roman Vassilenko spoke.')).toEqual([
      { name: 'Roman Vassilenko', roles: ['Deputy Foreign Minister'] },
    ]);
  });

  it('keeps a title that names a place after a preposition apart from the name', () => {
    expect(peopleOf('“No,” stressed EU Ambassador to Kazakhstan Kęstutis Jankauskas.')).toEqual([
      { name: 'Kęstutis Jankauskas', roles: ['EU Ambassador to Kazakhstan'] },
    ]);
    expect(peopleOf('President of the United States Barack Obama presented a plan.')).toEqual([
      { name: 'Barack Obama', roles: ['President of the United States'] },
    ]);
  });

  it('takes the role from an apposition, first apposition only', () => {
    expect(
      peopleOf(
        'Daniya Yespayeva, the vice speaker of the Mazhilis, the lower chamber of the Kazakh Parliament, spoke.',
      ),
    ).toEqual([{ name: 'Daniya Yespayeva', roles: ['vice speaker of the Mazhilis'] }]);
  });

  it('reads "X, a spokesman for Y" and "X, 56, chairman of Y"', () => {
    expect(peopleOf('John Smith, a spokesman for the ministry, declined to comment.')).toEqual([
      { name: 'John Smith', roles: ['spokesman for the ministry'] },
    ]);
    expect(peopleOf('Jane Doe, 56, chairman of Acme Holdings, resigned.')).toEqual([
      { name: 'Jane Doe', roles: ['chairman of Acme Holdings'] },
    ]);
  });

  it('reads a title before a comma at the start of a sentence, and "named X as its chief executive"', () => {
    expect(peopleOf('Ryanair CEO, Michael O’Leary, justified his choice.')).toEqual([
      { name: 'Michael O’Leary', roles: ['Ryanair CEO'] },
    ]);
    expect(peopleOf('The board named Mary Barra as its new chief executive.')).toEqual([
      { name: 'Mary Barra', roles: ['chief executive'] },
    ]);
  });

  it('links later mentions by surname, and a title given with the surname, to the full name', () => {
    expect(
      peopleOf('John McCain spoke first. Senator McCain has been the most vocal critic. McCain left.'),
    ).toEqual([{ name: 'John McCain', roles: ['Senator'] }]);
  });

  it('finds people without a role from verbs of saying and "who", and says so', () => {
    expect(
      peopleOf('Paul Nesbit said the value could rise. She replaces Daniel Akerson, who will stay.'),
    ).toEqual([
      { name: 'Paul Nesbit', roles: [] },
      { name: 'Daniel Akerson', roles: [] },
    ]);
  });

  it('does not take organisations, places or acronyms for people', () => {
    expect(
      peopleOf(
        'General Motors said sales fell. The Council of Europe invited Kazakhstan. The EU agreed. In October, Almaty held a forum.',
      ),
    ).toEqual([]);
  });

  it('does not take a role’s object for a person', () => {
    expect(peopleOf('She met the vice speaker of the Mazhilis yesterday.')).toEqual([]);
  });
});
