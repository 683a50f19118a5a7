import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../helpers/extractText.js';

describe('quotations and their speakers', () => {
  it('attributes “…,” said X and “…,” X said', () => {
    expect(
      quotesOf('“We are ready to help,” said Minister John Smith. “It will take time,” Jane Doe said.'),
    ).toEqual([
      { text: 'We are ready to help', speaker: 'John Smith' },
      { text: 'It will take time', speaker: 'Jane Doe' },
    ]);
  });

  it('attributes X said: “…” and X said that “…”', () => {
    expect(
      quotesOf(
        'Spokesman Tom Lee said: “The plant stays open for now.” Analyst Ann Ray said that “the outlook is weak today.”',
      ),
    ).toEqual([
      { text: 'The plant stays open for now.', speaker: 'Tom Lee' },
      { text: 'the outlook is weak today.', speaker: 'Ann Ray' },
    ]);
  });

  it('resolves “he added” to the person named before', () => {
    expect(quotesOf('Speaker Yerlan Koshanov spoke at length. “We plan to act on this,” he added.')).toEqual([
      { text: 'We plan to act on this', speaker: 'Yerlan Koshanov' },
    ]);
  });

  it('resolves “the minister said” to the person with that role', () => {
    expect(
      quotesOf(
        'Finance Minister Anna Berg met the press. Reporters asked her twice. “Taxes will not rise,” the minister said.',
      ),
    ).toEqual([{ text: 'Taxes will not rise', speaker: 'Anna Berg' }]);
  });

  it('gives an interrupted quotation one speaker', () => {
    expect(
      quotesOf(
        '“This is a difficult day,” CEO Rick Wagoner said. “But we will come back stronger than before.”',
      ),
    ).toEqual([
      { text: 'This is a difficult day', speaker: 'Rick Wagoner' },
      { text: 'But we will come back stronger than before.', speaker: 'Rick Wagoner' },
    ]);
  });

  it('continues a quotation in the next passage when that passage is only the quotation', () => {
    expect(
      quotesOf(
        'Ryanair CEO, Michael O’Leary, said: “It has the best reliability in Europe.”\n“In addition, it has the lowest unit cost.”',
      ),
    ).toEqual([
      { text: 'It has the best reliability in Europe.', speaker: 'Michael O’Leary' },
      { text: 'In addition, it has the lowest unit cost.', speaker: 'Michael O’Leary' },
    ]);
  });

  it('does not take titles or scare quotes for speech', () => {
    expect(
      quotesOf(
        'The seminar, titled “Protection of Women’s Rights Today”, opened. He called it a “defining moment” for the “New GM”.',
      ),
    ).toEqual([]);
  });

  it('keeps a quotation without a speaker, with the speaker unknown rather than guessed', () => {
    expect(
      quotesOf(
        'Jane Doe left early.\n\nThe notice read in part: “all staff must leave the building by noon on Friday.”',
      ),
    ).toEqual([{ text: 'all staff must leave the building by noon on Friday.', speaker: null }]);
    expect(
      quotesOf('A sign on the door: “Closed until further notice, thank you for your patience.”'),
    ).toEqual([{ text: 'Closed until further notice, thank you for your patience.', speaker: null }]);
  });
});
