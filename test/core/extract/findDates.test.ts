import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/core/extract/findDates.js';
import { resolveDate } from '../../../src/core/extract/resolveDate.js';

const dates = (sentence: string, articleDate?: string) =>
  findDates(sentence, articleDate).map((d) => [d.text, d.iso]);

describe('resolveDate', () => {
  it('keeps the precision written', () => {
    expect(resolveDate({ year: 2024, month: 4, day: 4 }, '2024-04-05')).toBe('2024-04-04');
    expect(resolveDate({ year: 2020, month: 4 }, '2024-04-05')).toBe('2020-04');
    expect(resolveDate({ year: 2021 }, undefined)).toBe('2021');
  });

  it('gives a month and day without a year the last such day up to the article, or the next in a forward-looking sentence', () => {
    expect(resolveDate({ month: 12, day: 4 }, '2024-04-05')).toBe('2023-12-04');
    expect(resolveDate({ month: 12, day: 4 }, '2024-04-05', 'future')).toBe('2024-12-04');
    expect(resolveDate({ month: 4, day: 5 }, '2024-04-05')).toBe('2024-04-05');
  });

  it('keeps the year unknown without an article date', () => {
    expect(resolveDate({ month: 12, day: 4 }, undefined)).toBe('--12-04');
    expect(resolveDate({ month: 10 }, undefined)).toBe('--10');
    expect(resolveDate({ unit: 'year', offset: 0 }, undefined)).toBeUndefined();
    expect(resolveDate({ weekday: 1 }, undefined)).toBeUndefined();
  });

  it('reads a weekday as the last one on or before the article date, or the next one when looking forward', () => {
    expect(resolveDate({ weekday: 1 }, '2009-02-24')).toBe('2009-02-23');
    expect(resolveDate({ weekday: 4 }, '2008-09-04')).toBe('2008-09-04');
    expect(resolveDate({ weekday: 5 }, '2008-09-18', 'future')).toBe('2008-09-19');
  });

  it('shifts relative expressions from the article date', () => {
    expect(resolveDate({ unit: 'day', offset: -1 }, '2010-05-07')).toBe('2010-05-06');
    expect(resolveDate({ unit: 'month', offset: 1 }, '2011-12-08')).toBe('2012-01');
    expect(resolveDate({ unit: 'year', offset: -1 }, '2006-01-23')).toBe('2005');
  });
});

describe('findDates', () => {
  it('finds full, partial and relative dates in news sentences', () => {
    expect(
      dates('On February 24, 1955 he was born; yesterday he spoke; last year sales fell.', '2011-10-06'),
    ).toEqual([
      ['February 24, 1955', '1955-02-24'],
      ['yesterday', '2011-10-05'],
      ['last year', '2010'],
    ]);
  });

  it('finds bare years and ranges of years, not counts or money', () => {
    expect(
      dates(
        'Ford will cut 30,000 jobs by 2012, hire 2000 workers, spend $2005 and plan for 2019-2023.',
        '2006-01-23',
      ),
    ).toEqual([
      ['2012', '2012'],
      ['2019-2023', '2019/2023'],
    ]);
  });

  it('reads a past-tense weekday as the previous one', () => {
    expect(dates('Three indexes closed at their lowest levels on Monday.', '2009-02-24')).toEqual([
      ['on Monday', '2009-02-23'],
    ]);
  });

  it('reads a month in a forward-looking sentence as the next one', () => {
    expect(
      dates('He announced new priorities for 2024-2027 during the forum in June.', '2024-04-05'),
    ).toContainEqual(['June', '2024-06']);
    expect(dates('The markets will remain closed until Friday.', '2008-09-18')).toEqual([
      ['Friday', '2008-09-19'],
    ]);
    expect(dates('The contract may be signed on September 12.', '2007-09-08')).toEqual([
      ['September 12', '2007-09-12'],
    ]);
    // A plan for a date, or a future verb a few words after it.
    expect(dates('The update is scheduled for public release in June.', '2008-07-06')).toEqual([
      ['June', '2009-06'],
    ]);
    expect(dates('Starting on October 1, regulators will lower the duty.', '2008-10-18')).toEqual([
      ['October 1', '2009-10-01'],
    ]);
    expect(dates('On October 1, the regulators said it was over.', '2008-10-18')).toEqual([
      ['October 1', '2008-10-01'],
    ]);
  });

  it('leaves out durations, weeks, "now" and named days', () => {
    expect(
      dates('It is valid for five years; last week, and now, on Black Monday, nothing.', '2007-10-20'),
    ).toEqual([]);
  });

  it('leaves out spans of time counted back or ahead, and letters chrono would read as units', () => {
    expect(
      dates(
        'The worst bear market in the last 100 years; falling for the last six days; cuts over the next four years; all stocks in the S&P 500 lost ground.',
        '2009-03-05',
      ),
    ).toEqual([]);
  });

  it('leaves relative dates out when the article has no date', () => {
    expect(dates('This year and two weeks ago, today, things changed in October.')).toEqual([
      ['October', '--10'],
    ]);
  });
});
