import { describe, expect, it } from 'vitest';
import { datesOf } from '../../helpers/extractText.js';

// Sentences from the Wikinews bench articles (Wikinews contributors, CC BY 2.5; see
// ../shared/bench/articles/SOURCE.md): each is a case `npm run eval` once got wrong. The last block's
// sentences are written for its rules, not taken from the bench.

describe('"the day" of a market report', () => {
  it('is the day the article last named in full', () => {
    expect(
      datesOf(
        'Three indexes closed at their lowest levels on Monday. The Dow fell by 3.41% to end the day at 7,114.3.',
        '2009-02-24',
      ),
    ).toEqual([
      ['on Monday', '2009-02-23'],
      ['the day', '2009-02-23'],
    ]);
  });

  it('is the article’s date when no day was named before, and keeps its period ("late in the day")', () => {
    expect(
      datesOf(
        'The Dow rebounded late in the day after falling more than 250 points, ending the day down about 31 points.',
        '2007-08-10',
      ),
    ).toEqual([
      ['late in the day', '2007-08-10'],
      ['the day', '2007-08-10'],
    ]);
    expect(datesOf('It recovered after a large fall at the start of the day.', '2008-10-10')).toEqual([
      ['the start of the day', '2008-10-10'],
    ]);
  });

  it('is not "the day before" or "the day after", nor any day without an article date', () => {
    expect(datesOf('Shares fell the day after the announcement.', '2009-02-24')).toEqual([]);
    expect(datesOf('The Dow fell to end the day at 7,114.3.')).toEqual([]);
  });
});

describe('dates resolved from the words around them', () => {
  it('reads "the start of this year" as its first day', () => {
    expect(
      datesOf('The Dow has fallen almost fifteen percent since the start of this year.', '2009-02-20'),
    ).toEqual([['the start of this year', '2009-01-01']]);
  });

  it('puts a day that is scheduled or a deadline after the article, and a plain past one before it', () => {
    expect(datesOf('A June 3 hearing has been scheduled in the US Bankruptcy Court.', '2009-05-14')).toEqual([
      ['June 3', '2009-06-03'],
    ]);
    expect(
      datesOf('The automaker has a June 1 deadline to finish a restructuring plan.', '2009-05-28'),
    ).toEqual([['June 1', '2009-06-01']]);
    expect(datesOf('The plant closed on June 3.', '2009-05-14')).toEqual([['June 3', '2008-06-03']]);
  });
});

describe('dates ahead of an article, read through the whole extraction', () => {
  it('dates each sentence by its own tense', () => {
    expect(
      datesOf(
        'The harbour authority approved the new quay on Monday. Its first ship is due to dock on June 24. ' +
          'The old quay closed on June 24 after a storm. Work on the quay begins in October.',
        '2010-06-16',
      ),
    ).toEqual([
      ['on Monday', '2010-06-14'],
      ['June 24', '2010-06-24'],
      ['June 24', '2009-06-24'],
      ['October', '2010-10'],
    ]);
  });

  it('reads a two-digit year, and leaves years unknown in an article with no date', () => {
    expect(datesOf("The harbour master, a sailor since '79, will retire in October.", '2010-06-16')).toEqual([
      ["'79", '1979'],
      ['October', '2010-10'],
    ]);
    expect(datesOf("The harbour master, a sailor since '79, will retire in October.")).toEqual([
      ['October', '--10'],
    ]);
  });

  it('reads a range of days as a range, and an event expected on a day as ahead', () => {
    expect(datesOf('The commission will meet in Copenhagen on Feb. 16-17.', '2009-02-04')).toEqual([
      ['Feb. 16-17', '2009-02-16/2009-02-17'],
    ]);
    expect(datesOf('The campaign runs from February 12 to March 27.', '2026-02-12')).toEqual([
      ['February 12 to March 27', '2026-02-12/2026-03-27'],
    ]);
    expect(datesOf('The talks ran between May 3 and May 9.', '2024-06-01')).toEqual([
      ['May 3 and May 9', '2024-05-03/2024-05-09'],
    ]);
    expect(datesOf('He will join the cabinet in a reshuffle expected on June 3.', '2024-06-20')).toEqual([
      ['June 3', '2025-06-03'],
    ]);
  });

  it('reads a weekday with a time of day (“on Thursday evening”, “Wednesday night”) as that day', () => {
    expect(datesOf('The train crashed near Selvik on Thursday evening.', '2014-08-08')).toEqual([
      ['on Thursday evening', '2014-08-07'],
    ]);
    expect(datesOf('About 1,400 people were evacuated on Wednesday night.', '2012-06-29')).toEqual([
      ['on Wednesday night', '2012-06-27'],
    ]);
  });
});

describe('a clause of time in the present', () => {
  it('reads its date by its own tense, not the past of the rest of the sentence', () => {
    expect(
      datesOf(
        'Talks collapsed on Tuesday, raising the prospect of chaos when the new season opens on March 1.',
        '2009-02-04',
      ),
    ).toEqual([
      ['on Tuesday', '2009-02-03'],
      ['March 1', '2009-03-01'],
    ]);
    expect(
      datesOf('The union said it would strike until the company pays on March 10.', '2009-02-04'),
    ).toEqual([['March 10', '2009-03-10']]);
  });

  it('keeps the past for a clause of time in the past', () => {
    expect(datesOf('He resigned when the scandal broke on March 1.', '2009-02-04')).toEqual([
      ['March 1', '2008-03-01'],
    ]);
    expect(datesOf('Fans waited until the doors opened on March 3.', '2009-02-04')).toEqual([
      ['March 3', '2008-03-03'],
    ]);
  });
});
