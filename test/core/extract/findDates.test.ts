import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/core/extract/findDates.js';
import { resolveDate, yearOfTwoDigits } from '../../../src/core/extract/resolveDate.js';

const dates = (sentence: string, articleDate?: string) =>
  findDates(sentence, articleDate).map((d) => [d.text, d.iso]);

describe('resolveDate', () => {
  it('keeps the precision written', () => {
    expect(resolveDate({ year: 2024, month: 4, day: 4 }, '2024-04-05')).toBe('2024-04-04');
    expect(resolveDate({ year: 2020, month: 4 }, '2024-04-05')).toBe('2020-04');
    expect(resolveDate({ year: 2021 }, undefined)).toBe('2021');
  });

  it('gives a month and day without a year the last such day up to the article, or the next in a forward-looking sentence', () => {
    expect(resolveDate({ month: 12, day: 4 }, '2024-04-05', 'past')).toBe('2023-12-04');
    expect(resolveDate({ month: 12, day: 4 }, '2024-04-05', 'future')).toBe('2024-12-04');
    expect(resolveDate({ month: 4, day: 5 }, '2024-04-05', 'past')).toBe('2024-04-05');
    expect(resolveDate({ month: 6, day: 24 }, '2010-06-16', 'past')).toBe('2009-06-24');
  });

  it('gives a date without a year the nearer of the two when the tense says neither', () => {
    expect(resolveDate({ month: 6, day: 24 }, '2010-06-16')).toBe('2010-06-24');
    expect(resolveDate({ month: 6, day: 2 }, '2010-06-16')).toBe('2010-06-02');
    expect(resolveDate({ month: 12, day: 4 }, '2024-04-05')).toBe('2023-12-04');
    // A month counts from its nearest day: October is four months ahead of 10 June, eight months back.
    expect(resolveDate({ month: 10 }, '2009-06-10')).toBe('2009-10');
    expect(resolveDate({ month: 1 }, '2009-06-10')).toBe('2009-01');
    expect(resolveDate({ month: 6 }, '2009-06-10')).toBe('2009-06');
  });

  it('keeps the year unknown without an article date', () => {
    expect(resolveDate({ month: 12, day: 4 }, undefined)).toBe('--12-04');
    expect(resolveDate({ month: 10 }, undefined)).toBe('--10');
    expect(resolveDate({ unit: 'year', offset: 0 }, undefined)).toBeUndefined();
    expect(resolveDate({ weekday: 1 }, undefined)).toBeUndefined();
  });

  it('reads a weekday as the last one on or before the article date, or the next one when looking forward', () => {
    expect(resolveDate({ weekday: 1 }, '2009-02-24', 'past')).toBe('2009-02-23');
    expect(resolveDate({ weekday: 4 }, '2008-09-04', 'past')).toBe('2008-09-04');
    expect(resolveDate({ weekday: 5 }, '2008-09-18', 'future')).toBe('2008-09-19');
    expect(resolveDate({ weekday: 4 }, '2008-09-04', 'future')).toBe('2008-09-04');
  });

  it('reads a weekday as the nearer one when the tense says neither, and never the article’s day after "last" or "next"', () => {
    // 16 June 2010 is a Wednesday.
    expect(resolveDate({ weekday: 5 }, '2010-06-16')).toBe('2010-06-18');
    expect(resolveDate({ weekday: 1 }, '2010-06-16')).toBe('2010-06-14');
    expect(resolveDate({ weekday: 3 }, '2010-06-16', 'past', 'last')).toBe('2010-06-09');
    expect(resolveDate({ weekday: 3 }, '2010-06-16', 'past', 'next')).toBe('2010-06-23');
    expect(resolveDate({ weekday: 1 }, '2010-06-16', 'past', 'next')).toBe('2010-06-21');
    expect(resolveDate({ weekday: 5 }, '2010-06-16', 'unmarked', 'this')).toBe('2010-06-18');
    expect(resolveDate({ weekday: 1 }, '2010-06-16', 'past', 'this')).toBe('2010-06-14');
  });

  it('gives a two-digit year the century that puts it within ninety years before the article and ten after', () => {
    expect(yearOfTwoDigits(82, '2010-06-16')).toBe(1982);
    expect(yearOfTwoDigits(15, '2010-06-16')).toBe(2015);
    expect(yearOfTwoDigits(20, '2010-06-16')).toBe(2020);
    expect(yearOfTwoDigits(21, '2010-06-16')).toBe(1921);
    expect(yearOfTwoDigits(5, '1995-03-01')).toBe(2005);
    expect(yearOfTwoDigits(82, undefined)).toBeUndefined();
  });

  it('shifts relative expressions from the article date', () => {
    expect(resolveDate({ unit: 'day', offset: -1 }, '2010-05-07')).toBe('2010-05-06');
    expect(resolveDate({ unit: 'month', offset: 1 }, '2011-12-08')).toBe('2012-01');
    expect(resolveDate({ unit: 'year', offset: -1 }, '2006-01-23')).toBe('2005');
  });
});

describe('findDates', () => {
  it('reads "today" as the day its sentence writes out before it, else as the article’s day', () => {
    expect(
      dates(
        'At a briefing on March 2nd, the chief executive of Kelpwise, which filed for insolvency earlier today, spoke.',
        '2020-03-05',
      ),
    ).toEqual([
      ['March 2nd', '2020-03-02'],
      ['today', '2020-03-02'],
    ]);
    expect(dates('The firm said today that the lease signed on March 2 was void.', '2020-03-05')).toEqual([
      ['today', '2020-03-05'],
      ['March 2', '2020-03-02'],
    ]);
  });

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

  it('reads a month and the year after it as one date', () => {
    expect(
      dates('The bridge was closed in February last year and sales fell last year.', '2024-09-05'),
    ).toEqual([
      ['February last year', '2023-02'],
      ['last year', '2023'],
    ]);
    expect(dates('The museum will reopen in October of next year.', '2024-09-05')).toEqual([
      ['October of next year', '2025-10'],
    ]);
  });

  it('reads two months or days that bound a period as one range, the start in the end’s year', () => {
    expect(dates('Rents rose between March and June last year.', '2024-03-14')).toEqual([
      ['March and June last year', '2023-03/2023-06'],
    ]);
    expect(dates('The trial ran from March to May last year.', '2024-03-14')).toEqual([
      ['March to May last year', '2023-03/2023-05'],
    ]);
    expect(dates('Repairs lasted from May to September 2019.', '2024-09-14')).toEqual([
      ['May to September 2019', '2019-05/2019-09'],
    ]);
    expect(dates('Frost damaged crops between December and February.', '2024-03-01')).toEqual([
      ['December and February', '2023-12/2024-02'],
    ]);
    expect(
      dates('The exhibition closed for works from 28 December to 3 January 2019.', '2024-03-01'),
    ).toEqual([['28 December to 3 January 2019', '2018-12-28/2019-01-03']]);
  });

  it('reads "May" and a day’s number as the start of a range before "and" or "to" and a date', () => {
    expect(dates('The poll was taken between May and July.', '2017-08-03')).toEqual([
      ['May and July', '2017-05/2017-07'],
    ]);
    expect(dates('Applicants may register from May to August.', '2017-03-03')).toEqual([
      ['May to August', '2017-05/2017-08'],
    ]);
    expect(dates('Voters will be able to register between 3 and 17 April.', '2006-03-10')).toEqual([
      ['3 and 17 April', '2006-04-03/2006-04-17'],
    ]);
    expect(dates('Storms may bring rain from Saturday into Monday.', '2012-06-29')).toEqual([
      ['Saturday into Monday', '2012-06-30/2012-07-02'],
    ]);
    // A count before "and" is no day.
    expect(dates('Between 2 and 5 people were hurt on 17 April.', '2006-04-20')).toEqual([
      ['on 17 April', '2006-04-17'],
    ]);
  });

  it('counts "N years later" or "earlier" from the date before it in the sentence, at the unit’s precision', () => {
    expect(dates('The museum opened in 1998 and was enlarged four years later.', '2020-01-10')).toEqual([
      ['1998', '1998'],
      ['four years later', '2002'],
    ]);
    expect(dates('The plant opened in March 2001 and six months later it closed.', '2020-01-10')).toEqual([
      ['March 2001', '2001-03'],
      ['six months later', '2001-09'],
    ]);
    expect(dates('The mayor quit in 2010; two years earlier he had been re-elected.', '2020-01-10')).toEqual([
      ['2010', '2010'],
      ['two years earlier', '2008'],
    ]);
    // No date before it, or none as precise as the unit: no date.
    expect(dates('Three years later, the plant closed.', '2020-01-10')).toEqual([]);
    expect(dates('The plant opened in March 2001 and two days later it closed.', '2020-01-10')).toEqual([
      ['March 2001', '2001-03'],
    ]);
  });

  it('counts a sentence opening on "N years later" from the last date of the sentence before', () => {
    const after = (sentence: string, dateBefore?: string) =>
      findDates(sentence, '2020-01-10', undefined, dateBefore).map((d) => [d.text, d.iso]);
    expect(after('One year later he was fired from the company.', '1984')).toEqual([
      ['One year later', '1985'],
    ]);
    expect(after('Two months later, the mill closed for good.', '2003-06-12')).toEqual([
      ['Two months later', '2003-08'],
    ]);
    // Inside a sentence, the span counts from that sentence's dates only; with none before it, from none.
    expect(after('The mill closed for good two months later.', '2003-06-12')).toEqual([]);
    expect(after('Two years later, the mill closed.')).toEqual([]);
  });

  it('dates the event after "N days after" from the date right before it', () => {
    expect(
      dates('The bridge reopened on 14 May 2012, two weeks after a barge struck it.', '2012-05-15'),
    ).toEqual([
      ['on 14 May 2012', '2012-05-14'],
      ['two weeks after', '2012-04-30'],
    ]);
    // 9 March 2011 is a Wednesday.
    expect(dates('Shares rose on Tuesday, a day after the bank cut rates.', '2011-03-09')).toEqual([
      ['on Tuesday', '2011-03-08'],
      ['a day after', '2011-03-07'],
    ]);
    expect(dates('The law passed in 1998, two years before the election.', '2011-03-09')).toEqual([
      ['1998', '1998'],
      ['two years before', '2000'],
    ]);
    // The event may be dated from another date than one further back.
    expect(
      dates('The firm was founded in 1990 and sold two years after its founder died.', '2011-03-09'),
    ).toEqual([['1990', '1990']]);
  });

  it('reads "the same period last year" as the month or day named before it, a year back', () => {
    expect(dates('Exports rose 8% in May compared with the same period last year.', '2015-06-10')).toEqual([
      ['May', '2015-05'],
      ['the same period last year', '2014-05'],
    ]);
    expect(
      dates('Ticket sales on 4 July were double those of the same day last year.', '2010-08-03'),
    ).toEqual([
      ['on 4 July', '2010-07-04'],
      ['the same day last year', '2009-07-04'],
    ]);
    expect(dates('Exports rose 8% in the same period last year.', '2015-06-10')).toEqual([
      ['last year', '2014'],
    ]);
  });

  it('reads "the previous year" or "the month before" from the date the sentence named before', () => {
    expect(
      dates('Wheat output fell in 2005, after a record harvest the previous year.', '2010-01-28'),
    ).toEqual([
      ['2005', '2005'],
      ['the previous year', '2004'],
    ]);
    expect(dates('Rents rose in March 2009, twice as fast as the month before.', '2010-06-28')).toEqual([
      ['March 2009', '2009-03'],
      ['the month before', '2009-02'],
    ]);
    expect(
      dates('The firm lost $2 billion last year, half as much as the year previous.', '2010-01-28'),
    ).toEqual([
      ['last year', '2009'],
      ['the year previous', '2008'],
    ]);
    // "the year before" an event counts from the event; with no date before, there is nothing to count from.
    expect(dates('The plant shut in 2005, the year before the strike began.', '2010-01-28')).toEqual([
      ['2005', '2005'],
    ]);
    expect(dates('The previous year was worse.', '2010-01-28')).toEqual([]);
  });

  it('reads "the following day" or "the next year" from the date the sentence named before', () => {
    expect(dates('He was arrested on June 3 and charged the next day.', '2020-07-17')).toEqual([
      ['June 3', '2020-06-03'],
      ['the next day', '2020-06-04'],
    ]);
    expect(dates('Sales fell in 2008 and recovered the following year.', '2020-07-17')).toEqual([
      ['2008', '2008'],
      ['the following year', '2009'],
    ]);
    expect(
      dates('The choir will sing in Oslo on Friday and in Bergen the following day.', '2021-03-02'),
    ).toEqual([
      ['on Friday', '2021-03-05'],
      ['the following day', '2021-03-06'],
    ]);
  });

  it('reads "in nine years" after a first, a last or a superlative as how long since, not a date ahead', () => {
    expect(
      dates('The union called the first general strike in nine years on October 2.', '2025-10-16'),
    ).toEqual([['October 2', '2025-10-02']]);
    expect(dates('Shares fell to their lowest level in a decade on Monday.', '2025-10-16')).toEqual([
      ['on Monday', '2025-10-13'],
    ]);
    expect(dates('It was the only snowfall in 20 years.', '2025-10-16')).toEqual([]);
    expect(dates('The bridge will be finished in nine years.', '2025-10-16')).toEqual([
      ['in nine years', '2034'],
    ]);
  });

  it('reads a weekday before "nights" or "evenings" as every week, not one day', () => {
    expect(
      dates('The clinic opens between 6 p.m. and midnight on Friday and Saturday nights.', '2010-11-24'),
    ).toEqual([]);
    expect(dates('The quiz is held on Monday evenings.', '2010-11-24')).toEqual([]);
    expect(dates('The show opened on Saturday night.', '2010-11-24')).toEqual([
      ['on Saturday night', '2010-11-20'],
    ]);
  });

  it('reads "after six years" as how long something lasted, not a date', () => {
    expect(dates('Night trains return to Dunmore after six years.', '2010-11-24')).toEqual([]);
    expect(dates('She retired in March after nine years in the job.', '2010-11-24')).toEqual([
      ['March', '2010-03'],
    ]);
    expect(dates('The plan was abandoned after a month of protests.', '2010-11-24')).toEqual([]);
  });

  it('reads a month "of that year" as of the year the sentence named before', () => {
    expect(dates('The bridge opened in 1998 and closed in May of the same year.', '2020-07-17')).toEqual([
      ['1998', '1998'],
      ['May of the same year', '1998-05'],
    ]);
    expect(
      dates('The firm was fined in 2017 after a chemical leak in March of that year.', '2020-07-17'),
    ).toEqual([
      ['2017', '2017'],
      ['March of that year', '2017-03'],
    ]);
  });

  it('reads a date of a clause of cause in the past as past, whatever the main clause says', () => {
    expect(
      dates(
        'The village will charge a landing fee, after its council approved it on Wednesday.',
        '2012-06-14',
      ),
    ).toEqual([['on Wednesday', '2012-06-13']]);
    expect(
      dates('The museum will reopen in spring because the roof leaked badly in December.', '2012-06-14'),
    ).toEqual([['December', '2011-12']]);
    // An infinitive after the past verb may hold a date still ahead.
    expect(
      dates(
        'The school will close, after councillors voted to send its pupils by ferry from August 20.',
        '2018-06-28',
      ),
    ).toEqual([['August 20', '2018-08-20']]);
  });

  it('reads a date after "and" and a verb of the present as in that clause’s tense', () => {
    expect(
      dates('She was appointed director last Friday and takes office on April 1.', '2011-03-22'),
    ).toEqual([
      ['last Friday', '2011-03-18'],
      ['April 1', '2011-04-01'],
    ]);
    expect(dates('The coach was sacked in May and joins the national team on July 1.', '2012-06-14')).toEqual(
      [
        ['May', '2012-05'],
        ['July 1', '2012-07-01'],
      ],
    );
  });

  it('reads a month’s or a weekday’s name alone in lower case as the word it also is, not as a date', () => {
    expect(dates('Thousands joined a march through the city on Saturday.', '2010-06-16')).toEqual([
      ['on Saturday', '2010-06-12'],
    ]);
    expect(dates('Nurses will march to parliament.', '2010-06-16')).toEqual([]);
    expect(dates('An august body met in May.', '2010-06-16')).toEqual([['May', '2010-05']]);
    // So is a weekday's short name: "sat" is a verb, "sun" a noun.
    expect(dates('She sat in the sun with her hands folded.', '2010-06-16')).toEqual([]);
    expect(dates('The ferry sails on Sat. and Sun.', '2010-06-16').length).toBeGreaterThan(0);
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
    // "could be to blame" judges what was: no modal of what is to come.
    expect(
      dates('Two factors could be to blame, one being a vote on October 18 to raise the levy.', '2007-10-20'),
    ).toEqual([['October 18', '2007-10-18']]);
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

  it('gives the dates an event of "next year\'s" or "last year\'s" happens on that year', () => {
    expect(
      dates("The organisers said next year's fair would run from May 4 to May 9.", '2023-07-31'),
    ).toEqual([
      ['next year', '2024'],
      ['May 4 to May 9', '2024-05-04/2024-05-09'],
    ]);
    expect(dates("Last year's congress took place in September.", '2023-07-31')).toEqual([
      ['Last year', '2022'],
      ['September', '2022-09'],
    ]);
    expect(dates("Next year's summit is on March 3.", '2023-07-31')).toEqual([
      ['Next year', '2024'],
      ['March 3', '2024-03-03'],
    ]);
    // Not the date of something else the event's words do: a budget for next year is presented this year.
    expect(dates("Next year's budget will be presented in October.", '2023-07-31')).toEqual([
      ['Next year', '2024'],
      ['October', '2023-10'],
    ]);
  });

  it('reads the day of a plan the sentence tells in the past as the nearer one, as it may be gone or ahead', () => {
    // 2 August 2023 is a Wednesday.
    expect(dates('A strike planned for Monday was called off after talks.', '2023-08-02')).toEqual([
      ['Monday', '2023-07-31'],
    ]);
    expect(dates('A rally planned for Friday was banned by the police.', '2023-08-02')).toEqual([
      ['Friday', '2023-08-04'],
    ]);
    expect(dates('A strike planned for Monday has been called off.', '2023-08-02')).toEqual([
      ['Monday', '2023-08-07'],
    ]);
  });

  it('reads a date a verb gives to something as ahead, whatever the tense of the rest', () => {
    expect(dates('The council heard objections and set June 9 for a final vote.', '2025-02-18')).toEqual([
      ['June 9', '2025-06-09'],
    ]);
    expect(dates('The judge heard the case and set the sentencing for January 12.', '2025-02-18')).toEqual([
      ['January 12', '2026-01-12'],
    ]);
  });

  it('reads a date right after a past participle as past, whatever comes after', () => {
    expect(dates('The levy, approved in October, will fund two new schools.', '2024-07-01')).toEqual([
      ['October', '2023-10'],
    ]);
    expect(dates('Funding for 2025-2027 comes from a grant awarded in May.', '2024-03-01')).toEqual([
      ['2025-2027', '2025/2027'],
      ['May', '2023-05'],
    ]);
  });

  it('reads "shortly before" a date as a time, not a deadline ahead', () => {
    expect(dates('The ferry went down shortly before midnight on Tuesday.', '2010-06-14')).toEqual([
      ['midnight on Tuesday', '2010-06-08'],
    ]);
    expect(dates('Power failed across the city just before 6 p.m. on Saturday.', '2010-06-16')).toEqual([
      ['6 p.m. on Saturday', '2010-06-12'],
    ]);
    expect(dates('Tenants must leave before Saturday.', '2010-06-16')).toEqual([['Saturday', '2010-06-19']]);
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

describe('dates ahead of the article', () => {
  // 16 June 2010 is a Wednesday.
  const june16 = (sentence: string) => dates(sentence, '2010-06-16');

  it('puts a day without a year in a past-tense sentence before the article', () => {
    expect(june16('The fishing quota was agreed on June 24.')).toEqual([['June 24', '2009-06-24']]);
    expect(june16('Inspectors found the leak in the hull on July 2.')).toEqual([['July 2', '2009-07-02']]);
    expect(june16('The mill had not paid its workers since June 24.')).toEqual([['June 24', '2009-06-24']]);
    expect(june16('The pier wasn’t open to the public on June 24.')).toEqual([['June 24', '2009-06-24']]);
  });

  it('puts it after the article when a modal, a plan or a word pointing ahead says so', () => {
    for (const sentence of [
      'The ferry to Kirkwall will sail again on June 24.',
      'The planning board is due to rule on June 24.',
      'The final hearing is scheduled for June 24.',
      'The next tasting of the cooperative is on June 24.',
      'From June 24 on, cyclists may use the bridge.',
      'Starting June 24, the archive opens on Sundays.',
      'Effective June 24, parking in the old town costs two euros.',
    ])
      expect(june16(sentence)).toEqual([['June 24', '2010-06-24']]);
  });

  it('puts it at the nearer occurrence when the tense says neither', () => {
    expect(june16('The regatta takes place on June 24 in the harbour.')).toEqual([['June 24', '2010-06-24']]);
    expect(june16('The Berlin-based orchestra plays on June 24.')).toEqual([['June 24', '2010-06-24']]);
    // A present perfect reaches up to the article: it does not put the date behind it.
    expect(june16('The council has agreed that the pool opens on June 24.')).toEqual([
      ['June 24', '2010-06-24'],
    ]);
    expect(june16('The sale of the farm is on June 2.')).toEqual([['June 2', '2010-06-02']]);
  });

  it('lets a past verb outweigh "next", but not a modal', () => {
    expect(june16('The next auction was held on June 24.')).toEqual([['June 24', '2009-06-24']]);
    expect(june16('The mayor, who resigned in May, will open the fair on June 24.')).toContainEqual([
      'June 24',
      '2010-06-24',
    ]);
  });

  it('reads the tense of the clause the date is in, not of the sentence around it', () => {
    // A relative clause in the past, inside a sentence about what will happen.
    expect(june16('The pool, which closed for repairs on May 25, will reopen as a shelter.')).toEqual([
      ['May 25', '2010-05-25'],
    ]);
    expect(june16('Ida Holm, who joined the board in August, will chair the inquiry.')).toEqual([
      ['August', '2009-08'],
    ]);
    // A clause reported after "that", and what someone else said in the sentence after the date.
    expect(june16('The club noted that the league holds its draw in July.')).toEqual([['July', '2010-07']]);
    // Also when the verb of saying is dated, or has no "that".
    expect(june16('The club said on Monday that the league holds its draw in July.')).toEqual([
      ['on Monday', '2010-06-14'],
      ['July', '2010-07'],
    ]);
    expect(june16('The club said it holds its draw in July.')).toEqual([['July', '2010-07']]);
    expect(june16('The club said it held its draw in July.')).toEqual([['July', '2009-07']]);
    expect(
      june16('The judge has set aside June 28 for closing arguments, and said she expected a verdict soon.'),
    ).toEqual([['June 28', '2010-06-28']]);
    expect(june16('The town’s June 20 fair has been canceled, the mayor said.')).toEqual([
      ['June 20', '2010-06-20'],
    ]);
    // A quotation is in its speaker's tense.
    expect(june16('“We will be back,” the captain, Ola Berg, told reporters on Monday.')).toEqual([
      ['on Monday', '2010-06-14'],
    ]);
  });

  it('reads a month of what will happen as the coming one', () => {
    expect(dates('The new wing of the library will open in October.', '2009-06-10')).toEqual([
      ['October', '2009-10'],
    ]);
    expect(dates('The road reopens in October.', '2009-06-10')).toEqual([['October', '2009-10']]);
    expect(dates('The road reopened in October.', '2009-06-10')).toEqual([['October', '2008-10']]);
  });

  it('reads a weekday by the tense: the next one ahead, the previous one back, the nearer one otherwise', () => {
    expect(june16('The jury will visit the site on Monday.')).toEqual([['on Monday', '2010-06-21']]);
    expect(june16('The jury visited the site on Monday.')).toEqual([['on Monday', '2010-06-14']]);
    expect(june16('The jury meets next Monday.')).toEqual([['next Monday', '2010-06-21']]);
    expect(june16('The jury met last Wednesday.')).toEqual([['last Wednesday', '2010-06-09']]);
    expect(june16('The jury meets again on Friday.')).toEqual([['on Friday', '2010-06-18']]);
    // Said on a Monday, a Monday ahead is that day.
    expect(dates('The bakery will reopen on Monday.', '2010-06-14')).toEqual([['on Monday', '2010-06-14']]);
  });

  it('reads an apostrophe and two digits after a word that governs a year as a year', () => {
    expect(june16("She rowed for the class of '82.")).toEqual([["'82", '1982']]);
    expect(june16('He won the cup in ’98 and again in 2006.')).toEqual([
      ['’98', '1998'],
      ['2006', '2006'],
    ]);
    expect(june16("The club grew between '98 and '04.")).toEqual([["'98 and '04", '1998/2004']]);
  });

  it('reads no year in quotations, contractions, decades or counts', () => {
    expect(
      june16("They played rock 'n' roll of the '60s, sang '99 red balloons' and ran in '45 minutes flat."),
    ).toEqual([]);
    expect(june16("He said '45 days is enough' and 'tis done.")).toEqual([]);
  });

  it('keeps the year of a date unknown, and the weekday or two-digit year unread, without an article date', () => {
    expect(dates('The quota will be agreed on June 24.')).toEqual([['June 24', '--06-24']]);
    expect(dates('The wing will open in October.')).toEqual([['October', '--10']]);
    expect(dates("The jury meets on Monday with the class of '82.")).toEqual([]);
  });
});

describe('dates of a day part, a decade, the end of a month', () => {
  it('reads "this morning" as the article’s day, like "today"', () => {
    expect(dates('The count finished this morning.', '2012-05-04')).toEqual([['this morning', '2012-05-04']]);
    expect(dates('She will speak this evening.', '2012-05-04')).toEqual([['this evening', '2012-05-04']]);
  });

  it('reads a decade after a preposition as its years, and two decades as one range', () => {
    expect(dates('The play toured in the 1970s.', '2024-01-23')).toEqual([['the 1970s', '1970/1979']]);
    expect(dates('It sold well during the 1970s and 1980s.', '2024-01-23')).toEqual([
      ['the 1970s and 1980s', '1970/1989'],
    ]);
    // A decade that says what a thing is about is no date of the sentence.
    expect(dates('A play about the 1950s cod wars opened on 3 May 1983.', '2024-01-23')).toEqual([
      ['on 3 May 1983', '1983-05-03'],
    ]);
  });

  it('reads "by the end of October" as that month, still to come', () => {
    expect(dates('He hoped to have a new coach in place by the end of October.', '2014-09-29')).toEqual([
      ['end of October', '2014-10'],
    ]);
  });

  it('reads the tense of the main clause, not of a relative clause set off by commas before the date', () => {
    expect(dates('Saints, who were founded in 1879, host Harbourside on October 18.', '2014-09-29')).toEqual([
      ['1879', '1879'],
      ['October 18', '2014-10-18'],
    ]);
  });
});

describe('dates named by a holiday, a period’s end, the end of the year', () => {
  it('reads a fixed holiday as its day, in the tense of its clause', () => {
    expect(dates('She will rest until Christmas and then train again.', '2008-11-20')).toEqual([
      ['Christmas', '2008-12-25'],
    ]);
    expect(dates('The pistes were shut over Christmas, when the rain came.', '2012-02-20')).toEqual([
      ['Christmas', '2011-12-25'],
    ]);
    expect(dates('He sang in the choir until last Christmas.', '2019-05-22')).toEqual([
      ['last Christmas', '2018-12-25'],
    ]);
    expect(dates('The shops will open on Boxing Day.', '2012-12-01')).toEqual([['Boxing Day', '2012-12-26']]);
  });

  it('does not read a holiday that tells what a thing is as a date', () => {
    expect(dates('Christmas trading was weak, the retailer said.', '2012-02-20')).toEqual([]);
  });

  it('reads a period named by its end ("the year to March 2009") as that end', () => {
    expect(dates('Leaks rose in the year to March 2009, the regulator found.', '2010-04-15')).toEqual([
      ['March 2009', '2009-03'],
    ]);
    expect(dates('Sales in the six months to September 30 fell.', '2013-11-01')).toEqual([
      ['September 30', '2013-09-30'],
    ]);
  });

  it('reads "the end of the year" as the article’s year, "of the month" as its month', () => {
    expect(dates('The review will report by the end of the year.', '2016-09-13')).toEqual([
      ['the end of the year', '2016'],
    ]);
    expect(dates('The chief, who retires at the end of the year, backed the plan.', '2013-06-01')).toEqual([
      ['the end of the year', '2013'],
    ]);
    expect(dates('Payments are due before the end of the month.', '2013-06-01')).toEqual([
      ['end of the month', '2013-06'],
    ]);
    expect(dates('The end of the year before was quiet.', '2013-06-01')).toEqual([]);
  });

  it('reads a decade with "early" or "late", or after "the rest of"', () => {
    expect(dates('The firm grew in the late 1990s.', '2016-09-13')).toEqual([
      ['the late 1990s', '1990/1999'],
    ]);
    expect(dates('He toured for the rest of the 1950s.', '2016-09-13')).toEqual([['the 1950s', '1950/1959']]);
  });

  it('keeps a past clause after "until" in the past, though a noun in -s ends it', () => {
    expect(
      dates('He played until May, and he was still arguing about chord changes on Friday.', '2019-05-22'),
    ).toEqual([
      ['May', '2019-05'],
      ['on Friday', '2019-05-17'],
    ]);
  });
});
