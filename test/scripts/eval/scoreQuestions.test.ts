import { describe, expect, it } from 'vitest';
import type { Expect, Question, QuestionType, Scored } from '../../../scripts/eval/scoreQuestions.js';
import {
  baselineRight,
  checkQuestion,
  containsWords,
  describeError,
  factdeskRight,
  questionTable,
} from '../../../scripts/eval/scoreQuestions.js';
import type { Item } from '../../../src/core/types.js';

const question = (type: QuestionType, expect: Expect): Question => ({
  id: 'q',
  q: `/${type} x`,
  type,
  expect,
});
const source = { id: '001', sentence: '' };
const person = (name: string, roles: string[]): Item => ({
  kind: 'person',
  text: '',
  person: { name, roles },
  source,
});
const dated = (iso: string): Item => ({ kind: 'event', text: '', date: { iso, text: iso }, source });
const quoted = (text: string, speaker: string | null): Item => ({
  kind: 'quote',
  text: '',
  quote: { text, speaker },
  source,
});
const hit = (text: string, dates: string[] = []) => ({ text, dates });

describe('factdesk answers', () => {
  const sambur = question('who', { name: 'Marvin Sambur', role: ['Assistant Secretary'] });

  it('who: the top person, named as expected once case and accents are folded, holding each role', () => {
    const roles = ['assistant secretary of the Air Force'];
    expect(factdeskRight(sambur, [person('MARVIN SAMBUR', roles)])).toBe(true);
    expect(
      factdeskRight(question('who', { name: 'Jose Manuel Barroso' }), [person('José Manuel Barroso', [])]),
    ).toBe(true);
    expect(factdeskRight(sambur, [person('Marvin Sambur', ['spokesman'])])).toBe(false);
    expect(factdeskRight(sambur, [person('Roche', []), person('Marvin Sambur', roles)])).toBe(false);
  });

  it('who: a name is right only when equal, not when it holds the expected one', () => {
    const cook = question('who', { name: 'Tim Cook' });
    expect(factdeskRight(cook, [person('Timothy D. Cook', [])])).toBe(false);
    expect(factdeskRight(cook, [person('Cook', [])])).toBe(false);
    const gm = question('who', { name_any: ['Rick Wagoner', 'Mary Barra'] });
    expect(factdeskRight(gm, [person('Mary Barra', ['chief executive'])])).toBe(true);
  });

  it('when: the top date equals iso or one of iso_any; a coarser or finer value is wrong', () => {
    const crash = question('when', { iso: '2009-06' });
    expect(factdeskRight(crash, [dated('2009-06')])).toBe(true);
    expect(factdeskRight(crash, [dated('2009-06-01')])).toBe(false);
    expect(factdeskRight(crash, [dated('2008-01'), dated('2009-06')])).toBe(false);
    expect(factdeskRight(question('when', { iso_any: ['2009', '2009-06'] }), [dated('2009')])).toBe(true);
  });

  it('when: month matches the month part, and the year only when the answer has one', () => {
    const june = question('when', { month: '06', year_if_any: 2009 });
    expect(factdeskRight(june, [dated('--06-01')])).toBe(true);
    expect(factdeskRight(june, [dated('2009-06-01')])).toBe(true);
    expect(factdeskRight(june, [dated('2008-06-01')])).toBe(false);
    expect(factdeskRight(june, [dated('2009')])).toBe(false);
  });

  it('quote: text and speaker in one of the top 3, curly quotes and case aside', () => {
    const frozen = question('quote', { speaker: 'Cook', text: 'we’re walking across a frozen pond' });
    const other = quoted('Something else', 'Tim Cook');
    const right = quoted("It's kind of like if WE'RE walking across a frozen pond.", 'Dan Cook');
    expect(factdeskRight(frozen, [other, other, right])).toBe(true);
    expect(factdeskRight(frozen, [other, other, other, right])).toBe(false);
    expect(factdeskRight(frozen, [quoted(right.quote!.text, 'Dan Cooke')])).toBe(false);
    expect(factdeskRight(frozen, [quoted(right.quote!.text, null)])).toBe(false);
  });

  it('quote: only_speaker wants every answer theirs, and at least min_answers', () => {
    const roche = question('quote', { only_speaker: 'Roche', min_answers: 2 });
    expect(factdeskRight(roche, [quoted('a', 'James Roche'), quoted('b', 'James Roche')])).toBe(true);
    expect(factdeskRight(roche, [quoted('a', 'James Roche')])).toBe(false);
    expect(
      factdeskRight(roche, [quoted('a', 'James Roche'), quoted('b', 'James Roche'), quoted('c', 'Boeing')]),
    ).toBe(false);
  });

  it('none: right only when there is no answer', () => {
    const buffett = question('who', { none: true });
    expect(factdeskRight(buffett, [])).toBe(true);
    expect(factdeskRight(buffett, [person('Warren Buffett', [])])).toBe(false);
  });
});

describe('baseline sentences', () => {
  it('who: the top sentence writes the full expected name and each role', () => {
    const sambur = question('who', { name: 'Marvin Sambur', role: ['Assistant Secretary'] });
    expect(
      baselineRight(sambur, [hit('He talks to Assistant Secretary of the Air Force Marvin Sambur.')]),
    ).toBe(true);
    expect(baselineRight(sambur, [hit('He talks to Assistant Secretary Sambur.')])).toBe(false);
    expect(baselineRight(sambur, [hit('Roche wrote.'), hit('Assistant Secretary Marvin Sambur')])).toBe(
      false,
    );
  });

  it('when: one of the dates read in the top sentence has the expected value', () => {
    const chrysler = question('when', { iso: '2009-04-30' });
    expect(
      baselineRight(chrysler, [hit('Chrysler filed Thursday, as of May 1.', ['2009-04-30', '2009-05-01'])]),
    ).toBe(true);
    expect(baselineRight(chrysler, [hit('Chrysler filed for bankruptcy.')])).toBe(false);
  });

  it('quote: one of the top 3 sentences holds the text and the speaker’s name; only_speaker reads min_answers', () => {
    const reid = question('quote', { speaker: 'Reid', text: 'I dread looking at Wall Street tomorrow' });
    const said = hit('“I dread looking at Wall Street tomorrow,” Harry Reid said.');
    expect(baselineRight(reid, [hit('a'), hit('b'), said])).toBe(true);
    expect(baselineRight(reid, [hit('“I dread looking at Wall Street tomorrow,” he said.')])).toBe(false);
    const roche = question('quote', { only_speaker: 'Roche', min_answers: 2 });
    expect(baselineRight(roche, [hit('Roche said “a”.'), hit('Roche said “b”.'), hit('Boeing said.')])).toBe(
      true,
    );
    expect(baselineRight(roche, [hit('Roche said “a”.'), hit('Boeing said.')])).toBe(false);
  });

  it('none: right only when the search returns nothing', () => {
    const spill = question('when', { none: true });
    expect(baselineRight(spill, [])).toBe(true);
    expect(baselineRight(spill, [hit('The oil price fell.')])).toBe(false);
  });
});

describe('reading and reporting', () => {
  it('matches whole words only', () => {
    expect(containsWords('Senate Majority leader Harry Reid', 'reid')).toBe(true);
    expect(containsWords('Harry Reidy', 'Reid')).toBe(false);
    expect(containsWords('Vice Chairman of Chrysler', 'chairman')).toBe(true);
  });

  it('refuses a question with nothing to check, which every answer would pass', () => {
    expect(() =>
      checkQuestion({ id: 'x', q: '/who X', type: 'who', expect: { role: ['CEO'] } }, 'f:1'),
    ).toThrow(/f:1/);
    expect(
      checkQuestion({ id: 'x', q: '/who X', type: 'who', expect: { none: true }, file: '001.txt' }, 'f:1').id,
    ).toBe('x');
  });

  it('counts a none question in no-answer only, and gives the difference in points', () => {
    const scored: Scored[] = [
      { question: question('who', { name: 'A' }), factdesk: true, baseline: false },
      { question: question('who', { name: 'B' }), factdesk: true, baseline: true },
      { question: question('who', { none: true }), factdesk: true, baseline: false },
    ];
    const table = questionTable(scored);
    expect(table).toContain('| who | 2/2 | 100.0 | 1/2 | 50.0 | +50.0 |');
    expect(table).toContain('| when | 0/0 | – | 0/0 | – | – |');
    expect(table).toContain('| no-answer | 1/1 | 100.0 | 0/1 | 0.0 | +100.0 |');
    expect(table).toContain('| overall | 3/3 | 100.0 | 1/3 | 33.3 | +66.7 |');
  });

  it('describes a wrong answer with its question, expectation and top answer', () => {
    const wrong = describeError(question('when', { iso: '2009-06-01' }), {
      input: '/when x',
      intent: 'when',
      query: 'x',
      answers: [{ ...dated('2010-11'), text: 'November 2010: GM re-entered the stock market.' }],
    });
    expect(wrong).toContain('expected {"iso":"2009-06-01"}');
    expect(wrong).toContain('date 2010-11');
    expect(wrong).toContain('GM re-entered the stock market');
  });
});
