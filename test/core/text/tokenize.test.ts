import { describe, expect, it } from 'vitest';
import { isPossessive, tokenize } from '../../../src/core/text/tokenize.js';

const texts = (text: string) => tokenize(text).map((t) => t.text);
const possessives = (text: string) =>
  tokenize(text)
    .filter((t) => isPossessive(t))
    .map((t) => t.start);

describe('tokenize', () => {
  it('keeps abbreviations, initials and inner hyphens and apostrophes in one word', () => {
    expect(texts("U.S. envoy F. Kassym-Jomart O'Neill")).toEqual([
      'U.S.',
      'envoy',
      'F.',
      'Kassym-Jomart',
      "O'Neill",
    ]);
  });

  it("splits off a possessive: 's, and the apostrophe of a plural", () => {
    expect(texts("Tom's dog and the Mineworkers' Union")).toEqual([
      'Tom',
      "'s",
      'dog',
      'and',
      'the',
      'Mineworkers',
      "'",
      'Union',
    ]);
    expect(possessives("Tom's dog and the farmers’ union")).toEqual([3, 25]);
  });

  it('leaves quotation marks in single marks as punctuation', () => {
    expect(possessives("it was 'quite a show' and more, ‘Nets and Favours’.")).toEqual([]);
  });
});
