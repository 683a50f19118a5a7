import { describe, expect, it } from 'vitest';
import { splitPassages } from '../../../src/core/text/splitPassages.js';

const split = (text: string) => splitPassages({ id: 'a', text }).map((p) => p.text);

describe('splitPassages', () => {
  it('splits sentences and gives each passage a stable id: article id and position', () => {
    const passages = splitPassages({
      id: 'art',
      text: 'One sentence here. Another one follows!\n\nA new paragraph?',
    });
    expect(passages.map((p) => [p.id, p.paragraph, p.text])).toEqual([
      ['art#0', 0, 'One sentence here.'],
      ['art#1', 0, 'Another one follows!'],
      ['art#2', 1, 'A new paragraph?'],
    ]);
  });

  it('does not split after abbreviations, initials and dotted acronyms before a name', () => {
    expect(split('Mr. Smith met Dr. Jones on Dec. 4 in the U.S. Senate. John F. Kennedy was there.')).toEqual(
      ['Mr. Smith met Dr. Jones on Dec. 4 in the U.S. Senate.', 'John F. Kennedy was there.'],
    );
  });

  it('keeps a quotation of several sentences whole, with its attribution', () => {
    expect(split('“We will do it right. And we will do it once,” he said. Then he left.')).toEqual([
      '“We will do it right. And we will do it once,” he said.',
      'Then he left.',
    ]);
  });

  it('keeps a quotation that runs over several lines whole', () => {
    expect(
      split('Regarding the process he said, “We will do it right.\nAnd we will do it once.”\nHe stopped.'),
    ).toEqual([
      'Regarding the process he said, “We will do it right. And we will do it once.”',
      'He stopped.',
    ]);
  });

  it('ends a sentence at a line break only where the line ends like one', () => {
    expect(split('A wrapped line that goes\non here.\nAnother line.\n“Quoted.”\nsaid X.')).toEqual([
      'A wrapped line that goes on here.',
      'Another line.',
      '“Quoted.” said X.',
    ]);
  });

  it('ends a closed quotation followed by a new sentence', () => {
    expect(split('He said: “It is done.” The next day it rained.')).toEqual([
      'He said: “It is done.”',
      'The next day it rained.',
    ]);
  });
});
