import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/core/extract/extractFacts.js';
import { splitPassages } from '../../../src/core/extract/splitPassages.js';

const passages = (title: string, text = 'The body.') =>
  splitPassages({ id: 'a', title, text }).map((p) => [p.id, p.text, p.paragraph, p.headline ?? false]);

describe('the headline as a passage', () => {
  it('is passage 0 when it reads as a sentence, and the body follows it', () => {
    expect(passages('Ford Motor Company cutting 30,000 jobs by 2012')).toEqual([
      ['a#0', 'Ford Motor Company cutting 30,000 jobs by 2012', 0, true],
      ['a#1', 'The body.', 1, false],
    ]);
  });

  it('is left out in Title Case, whose capitals say nothing about names', () => {
    expect(passages('Kazakhstan Commits To Gender Equality')).toEqual([['a#0', 'The body.', 0, false]]);
  });

  it('gives its dates like any sentence, citing the headline', () => {
    const title = 'Ford Motor Company cutting 30,000 jobs by 2012';
    const { facts } = extractFacts({ id: 'a', file: 'a.txt', title, date: '2006-01-23', text: 'The body.' });
    expect(facts.map((f) => [f.date?.iso, f.source.sentence])).toEqual([['2012', title]]);
  });
});

describe('sentences around company abbreviations', () => {
  it('do not end after "Inc." before a name', () => {
    expect(
      splitPassages({ id: 'a', text: 'The co-founder of Apple Inc. Steve Jobs has died. He was 56.' }).map(
        (p) => p.text,
      ),
    ).toEqual(['The co-founder of Apple Inc. Steve Jobs has died.', 'He was 56.']);
  });
});
