import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../../src/core/text/escapeRegExp.js';

describe('escapeRegExp', () => {
  it('matches a text literally, marks of patterns included', () => {
    for (const text of ['Mr. Farrow', 'Q3 (2024)', '$2bn+', 'a|b [c] {d} ^e\\f*?'])
      expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
    expect(new RegExp(escapeRegExp('Mr. Farrow')).test('Mrs Farrow')).toBe(false);
  });
});
