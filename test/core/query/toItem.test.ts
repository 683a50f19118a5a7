import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/core/knowledgeBase.js';
import { ask } from '../../../src/core/ask/ask.js';
import { shownParts } from '../../../src/core/query/toItem.js';
import type { Item } from '../../../src/core/types.js';
import { seedKnowledgeBase } from '../../helpers/seedCorpus.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await seedKnowledgeBase();
});

const source = (sentence: string) => ({ id: 'a', sentence });

describe('shownParts: a sentence shown once', () => {
  it('shows only the answer of an event that holds its sentence but for the dateline', () => {
    const [event] = ask(kb, '/when two-day seminar').answers;
    expect(event!.source.sentence).toMatch(/^ASTANA – /);
    expect(shownParts(event!)).toEqual({ answer: event!.text, quotation: false });
    const sorva: Item = {
      kind: 'event',
      text: '4 March 2024: Calveria began a nationwide measles vaccination campaign on Thursday.',
      date: { iso: '2024-03-04', text: 'Thursday' },
      source: source(
        'SORVA, Calveria – Calveria began a nationwide measles vaccination campaign on Thursday.',
      ),
    };
    expect(shownParts(sorva).quotation).toBe(false);
  });

  it('shows a quotation with its speaker alone when the rest of its sentence only says who said it', () => {
    const [quote] = ask(kb, '/quote just society').answers;
    expect(quote!.source.sentence).toMatch(/stressed EU Ambassador to Kazakhstan Kęstutis Jankauskas\.$/);
    expect(shownParts(quote!)).toEqual({ answer: quote!.text, quotation: false });
    const most: Item = {
      kind: 'quote',
      text: 'Unattributed: “The storm cost the fleet two days at sea and the harbour a week of work”',
      quote: {
        text: 'The storm cost the fleet two days at sea and the harbour a week of work',
        speaker: null,
      },
      source: source('“The storm cost the fleet two days at sea and the harbour a week of work,” he said.'),
    };
    expect(shownParts(most).quotation).toBe(false);
  });

  it('still quotes the sentence when it says more than the quotation, or reports what was said', () => {
    const [koshanov] = ask(kb, '/quote distorted idea').answers;
    expect(koshanov!.source.sentence).toMatch(/^Mazhilis Speaker Yerlan Koshanov underscored the need/);
    expect(shownParts(koshanov!)).toEqual({ answer: koshanov!.text, quotation: true });
    const reported = ask(kb, '/quote Vassilenko').answers.find((item) => item.quote?.reported);
    expect(reported).toBeDefined();
    expect(shownParts(reported!).quotation).toBe(true);
  });

  it('shows a sentence two answers of one reply rest on once, the second giving its date and the first', () => {
    const { answers } = ask(kb, '/when conference on combating gender-based violence');
    expect(answers.map((item) => item.date?.text)).toEqual(['Dec. 4', '2023']);
    expect(answers[1]!.source).toEqual(answers[0]!.source);
    expect(shownParts(answers[0]!)).toEqual({ answer: answers[0]!.text, quotation: false });
    expect(shownParts(answers[1]!, answers.slice(0, 1))).toEqual({
      answer: '2023: the same sentence as 1.',
      quotation: false,
    });
  });

  it('does not quote again a sentence an earlier answer quoted, and keeps its own answer', () => {
    const sentence = 'The bridge opened in 2019 and was closed in 2023 after cracks were found in its piers.';
    const opened: Item = { kind: 'event', text: '2019: The bridge opened in 2019', source: source(sentence) };
    const closed: Item = {
      kind: 'event',
      text: '2023: was closed in 2023 after cracks were found',
      source: source(sentence),
    };
    expect(shownParts(opened)).toEqual({ answer: opened.text, quotation: true });
    expect(shownParts(closed, [opened])).toEqual({ answer: closed.text, quotation: false });
  });
});
