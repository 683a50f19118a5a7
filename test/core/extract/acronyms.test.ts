import { describe, expect, it } from 'vitest';
import { definedAcronyms, nameSpelling } from '../../../src/core/extract/acronyms.js';

const passages = (...texts: string[]) => texts.map((text) => ({ text }));

describe('acronyms of an article', () => {
  it('reads the ones it defines in brackets, with the words they stand for', () => {
    expect(
      definedAcronyms(
        passages('Members of the United Auto Workers (UAW) voted.', 'General Motors Corp. (GM) fell.'),
      ),
    ).toEqual(
      new Map([
        ['UAW', 'United Auto Workers'],
        ['GM', 'General Motors'],
      ]),
    );
  });

  it('spells out one the article uses beside its name without defining it', () => {
    const article = passages('The Port Workers Federation met on Monday.', 'The PWF said it would strike.');
    expect(nameSpelling('PWF', article)).toBe('Port Workers Federation');
    expect(nameSpelling('NRU', article)).toBeUndefined();
    expect(nameSpelling('PB', passages('The Bank of Portland raised rates.'))).toBeUndefined();
    expect(nameSpelling('BP', passages('The Bank of Portland raised rates.'))).toBe('Bank of Portland');
  });
});
