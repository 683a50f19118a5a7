import { describe, expect, it } from 'vitest';
import { whenQuestion } from '../../../src/core/query/whenQuestion.js';

describe('whenQuestion', () => {
  it('asks "When did …?" of a clause in the past, without its date', () => {
    expect(
      whenQuestion('Calveria began a nationwide measles vaccination campaign on Thursday', 'Thursday'),
    ).toBe('When did Calveria begin a nationwide measles vaccination campaign?');
    expect(whenQuestion('In 2010, the Council of Europe opened an office in Almaty.', '2010')).toBe(
      'When did the Council of Europe open an office in Almaty?',
    );
  });

  it('asks "When was …?" of a passive clause', () => {
    expect(
      whenQuestion('The dispute was referred to the Employment Relations Authority on Tuesday.', 'Tuesday'),
    ).toBe('When was the dispute referred to the Employment Relations Authority?');
  });

  it('leaves out a dateline, other dates and what follows the event', () => {
    expect(
      whenQuestion(
        'ASTANA – The ministry launched a hotline on May 2, a week after the report was published.',
        'May 2',
      ),
    ).toBe('When did the ministry launch a hotline?');
    expect(
      whenQuestion('General Motors recovered from their bankruptcy a year after the appointment', '2010'),
    ).toBe('When did General Motors recover from their bankruptcy?');
  });

  it('cuts a long clause at a preposition rather than in a name', () => {
    expect(
      whenQuestion(
        'In December 2023, Vassilenko highlighted President Kassym-Jomart Tokayev’s approval of the new Action Plan',
        'December 2023',
      ),
    ).toBe('When did Vassilenko highlight President Kassym-Jomart Tokayev’s approval?');
  });

  it('asks nothing of a clause whose subject or verb it cannot tell', () => {
    // A pronoun says nothing outside its article; "Talks between …" would read "When did Talks between …".
    expect(whenQuestion('He resigned on Monday.', 'Monday')).toBeUndefined();
    expect(whenQuestion('Talks between the two sides collapsed on Tuesday.', 'Tuesday')).toBeUndefined();
    // "is committed" is no event in the past; "invited" could be invite or invit.
    expect(whenQuestion('The government is committed to reform since 2019.', '2019')).toBeUndefined();
    expect(whenQuestion('The council invited the mayor on Friday.', 'Friday')).toBeUndefined();
  });

  it('asks nothing of a subject that is a clause of its own', () => {
    expect(
      whenQuestion(
        'In 2009 the German-born director who ran the Kammerspiele Unterwald in Bavaria moved to Dublin.',
        '2009',
      ),
    ).toBeUndefined();
    expect(
      whenQuestion('On 12 May the vote was the first under statutes adopted in 2011.', '12 May'),
    ).toBeUndefined();
    expect(
      whenQuestion('On Monday Nadia Oyelaran with her hands folded under the table.', 'Monday'),
    ).toBeUndefined();
  });
});
