import { describe, expect, it } from 'vitest';
import { dateClauses } from '../../../src/core/index/dateClauses.js';

describe('dateClauses', () => {
  it('gives each date of a sentence the words of its own clause', () => {
    const sentence =
      'The dialogue platform was launched in December 2020 and was chaired by Uzbekistan in 2021 and Turkmenistan in 2022.';
    expect(dateClauses(sentence, ['December 2020', '2021', '2022'])).toEqual([
      'The dialogue platform was launched in December 2020',
      'and was chaired by Uzbekistan in 2021',
      'and Turkmenistan in 2022.',
    ]);
  });

  it('gives a sentence of one date, or dates it cannot find, the whole sentence', () => {
    expect(dateClauses('The plant opened in 2019.', ['2019'])).toEqual(['The plant opened in 2019.']);
    expect(dateClauses('It rained on Monday and Tuesday.', ['Friday', 'Tuesday'])).toEqual([
      'It rained on Monday and Tuesday.',
      'It rained on Monday and Tuesday.',
    ]);
  });

  it('gives a date a verb of saying comes right before no clause: it is when it was said', () => {
    expect(
      dateClauses('The airline said on Thursday it signed the deal on June 15.', ['Thursday', 'June 15']),
    ).toEqual(['', 'it signed the deal on June 15.']);
  });

  it('keeps clauses a semicolon parts apart, each with its own subject', () => {
    expect(
      dateClauses('The old coach, Ann Lee, left in March; the new coach, Tom Ray, starts on 2 June.', [
        'March',
        '2 June',
      ]),
    ).toEqual(['The old coach, Ann Lee, left in March', 'the new coach, Tom Ray, starts on 2 June.']);
  });

  it('gives a date in a relative clause that clause and what it describes, and the rest to the other dates', () => {
    expect(
      dateClauses(
        'The museum, which opened in 1998 and has 40 rooms, said it would hold an auction on 12 May.',
        ['1998', '12 May'],
      ),
    ).toEqual([
      'The museum, which opened in 1998 and has 40 rooms',
      'The museum said it would hold an auction on 12 May.',
    ]);
    expect(
      dateClauses('In 2010 the club signed Ray Dunn, who had left Leeds in 2008.', ['2010', '2008']),
    ).toEqual(['In 2010 the club signed Ray Dunn', 'the club signed Ray Dunn, who had left Leeds in 2008.']);
  });

  it('gives a date in a relative clause with no comma before it the name or word it describes', () => {
    expect(
      dateClauses('In 1998 she founded Kelpwise which was sold to Nordfisk in 2014.', ['1998', '2014']),
    ).toEqual(['In 1998 she founded Kelpwise', 'Kelpwise which was sold to Nordfisk in 2014.']);
    expect(
      dateClauses('The mill closed in 1971 and reopened as a museum which drew crowds by 1990.', [
        '1971',
        '1990',
      ]),
    ).toEqual(['The mill closed in 1971 and reopened as a museum', 'museum which drew crowds by 1990.']);
  });

  it('gives a clause of "and" or "but" and a verb the name that is its subject', () => {
    expect(
      dateClauses('Marta Ruiz was elected mayor in 2011 but resigned in 2015.', ['2011', '2015']),
    ).toEqual(['Marta Ruiz was elected mayor in 2011', 'Marta Ruiz resigned in 2015.']);
    expect(
      dateClauses(
        'The club hired Tom Reyes, 52, who joined as a scout in 1999 and was promoted to manager in 2004.',
        ['1999', '2004'],
      ),
    ).toEqual([
      'The club hired Tom Reyes, 52, who joined as a scout in 1999',
      'Tom Reyes was promoted to manager in 2004.',
    ]);
  });

  it('reads "as" before a role as the role, not as a clause of its own', () => {
    expect(
      dateClauses('Lena Ohm joined the bank in 2001 and served as chief economist until 2009.', [
        '2001',
        '2009',
      ]),
    ).toEqual(['Lena Ohm joined the bank in 2001', 'Lena Ohm served as chief economist until 2009.']);
  });

  it('takes a statement’s date for when it was said also after "in an interview", and "told of" for no statement', () => {
    expect(
      dateClauses(
        'The coach said in a radio interview on Friday that he was told of his dismissal on 2 March.',
        ['Friday', '2 March'],
      ),
    ).toEqual(['', 'that he was told of his dismissal on 2 March.']);
  });
});
