import { describe, expect, it } from 'vitest';
import { splitPassages } from '../../../src/core/extract/splitPassages.js';

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

  it('ends a quotation whose closing mark is missing at a sentence end, once it is longer than anyone is quoted', () => {
    const sentence = 'The council met again and nothing was decided. ';
    const passages = split(`She said: “${sentence.repeat(100)}`);
    // Not the whole article in one passage: sentences again, after the first two thousand characters or so.
    expect(passages.length).toBeGreaterThan(50);
    expect(Math.max(...passages.map((p) => p.length))).toBeLessThan(2200);
    expect(passages.at(-1)).toBe(sentence.trim());
  });

  it('keeps a long quotation whole when its closing mark comes', () => {
    const quotation = '“We will do it right. And we will do it once.” ';
    expect(split(`${quotation.repeat(20)}He left.`)).toHaveLength(21);
  });

  it('cuts a passage with no sentence end at a space after ten thousand characters', () => {
    const passages = split('word '.repeat(5000));
    expect(passages.length).toBeGreaterThan(1);
    expect(passages.every((p) => p.length < 10_010 && !p.includes('wo rd'))).toBe(true);
    expect(passages.join(' ')).toBe('word '.repeat(5000).trim());
  });
});
