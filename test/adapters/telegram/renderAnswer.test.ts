import { describe, expect, it } from 'vitest';
import {
  MAX_MESSAGE_LENGTH,
  PAGE_SIZE,
  renderAnswerPage,
} from '../../../src/adapters/telegram/renderAnswer.js';
import { renderItem } from '../../../src/adapters/telegram/renderItem.js';
import type { Answer, Item } from '../../../src/core/types.js';
import { parseTelegramHtml } from './telegramHtml.js';

const shown = (html: string) => {
  const parsed = parseTelegramHtml(html);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed.text;
};

/** Where a quotation was said, which its sentence adds to it: the sentence is quoted under the answer. */
const AT_THE_HARBOUR = ' at the harbour on Monday, before the vote on the budget';

/** A quotation whose sentence is `“quote,” Person n said<after>.` */
const item = (n: number, quote: string, extra: Partial<Item> = {}, after = AT_THE_HARBOUR): Item => ({
  kind: 'quote',
  text: `Person ${n} said: “${quote}”`,
  quote: { text: quote, speaker: `Person ${n}` },
  source: {
    id: `a${n}`,
    title: `Article <${n}> & more`,
    date: '2024-04-05',
    url: `https://x.org/?a=${n}&b=1`,
    sentence: `“${quote},” Person ${n} said${after}.`,
  },
  ...extra,
});

const answerOf = (answers: Item[]): Answer => ({ input: '/quote x', intent: 'quote', query: 'x', answers });

/** Every page of an answer, following `next`. */
function pages(answer: Answer): string[] {
  const all: string[] = [];
  let offset: number | undefined = 0;
  while (offset !== undefined) {
    const page = renderAnswerPage(answer, offset);
    all.push(page.html);
    offset = page.next;
  }
  return all;
}

describe('renderAnswerPage', () => {
  it('shows five answers a page, numbered on from page to page', () => {
    const answer = answerOf(Array.from({ length: 12 }, (_, i) => item(i + 1, `Short sentence ${i + 1}.`)));
    const all = pages(answer).map(shown);
    expect(all).toHaveLength(3);
    expect(all[0]!.match(/^\d+\. /gm)).toHaveLength(PAGE_SIZE);
    expect(all[1]).toMatch(/^6\. Person 6 said/);
    expect(all[2]).toMatch(/Answers 11–12 of 12\.$/);
  });

  it('fits long answers into 4096 characters by showing fewer a page, each whole', () => {
    const long = (n: number) => `${`Word & <tag> ${n} `.repeat(60)}end.`;
    const answer = answerOf(
      Array.from({ length: 7 }, (_, i) => item(i + 1, `Yes ${i + 1}`, {}, ` and went on: ${long(i + 1)}`)),
    );
    const all = pages(answer);
    expect(all.length).toBeGreaterThan(2);
    const numbers = all.flatMap((html) => shown(html).match(/^\d+(?=\. )/gm) ?? []);
    expect(numbers).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    for (const html of all) expect(shown(html).length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    expect(shown(all[0]!)).toContain(long(1));
  });

  it('shortens one enormous answer at a word, never inside an entity or a tag', () => {
    const huge = '&<>" '.repeat(5000);
    const [html] = pages(answerOf([item(1, huge, { source: { id: 'x', sentence: huge, title: huge } })]));
    const text = shown(html!);
    expect(text.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    expect(text).toContain('&<>" &<>"…');
  });

  it('shows a sentence two answers rest on once, the second giving its date and the first', () => {
    const sentence = 'SORVA, Calveria – Talks that began in 2019 ended in 2023.';
    const event = (iso: string): Item => ({
      kind: 'event',
      text: `${iso}: Talks that began in 2019 ended in 2023.`,
      date: { iso, text: iso },
      source: { id: 'a1', sentence },
    });
    const html = renderAnswerPage({ ...answerOf([event('2023'), event('2019')]), intent: 'when' }).html;
    expect(shown(html)).toBe(
      '1. 2023: Talks that began in 2019 ended in 2023.\nSource: a1\n\n2. 2019: the same sentence as 1.\nSource: a1',
    );
  });

  it('says nothing matched, or gives the core’s error, with a hint to the suggestions', () => {
    const none = { ...answerOf([]), suggestions: ['/when x'] };
    expect(shown(renderAnswerPage(none).html)).toBe('Nothing in the corpus answers “x”.\nTry one of these:');
    const error = { ...answerOf([]), error: 'There is no command /hwo.', suggestions: ['/who x'] };
    expect(shown(renderAnswerPage(error).html)).toBe('There is no command /hwo.\nDid you mean:');
  });
});

describe('renderItem', () => {
  it('puts the subject in bold, then the linked source with its date, then the quoted sentence', () => {
    expect(renderItem(item(1, 'A & B.'))).toBe(
      [
        '<b>Person 1</b> said: “A &amp; B.”',
        '<i>Source:</i> <a href="https://x.org/?a=1&amp;b=1">Article &lt;1&gt; &amp; more</a>, 5 April 2024',
        '<blockquote>“A &amp; B.,” Person 1 said at the harbour on Monday, before the vote on the budget.</blockquote>',
      ].join('\n'),
    );
  });

  it('shows a dated event whose answer holds its sentence once, however the sentence’s lines are broken', () => {
    const event: Item = {
      kind: 'event',
      text: 'April 2020: In April 2020, the Council invited Kazakhstan to join.',
      date: { iso: '2020-04', text: 'April 2020' },
      source: { id: 'a1', sentence: 'In April 2020, the Council invited\nKazakhstan to join.' },
    };
    expect(renderItem(event, { number: 1 })).toBe(
      '<b>1.</b> <b>April 2020</b>: In April 2020, the Council invited Kazakhstan to join.\n<i>Source:</i> a1',
    );
  });

  it('quotes a passage once, names an untitled article by its id, and links only web addresses', () => {
    const sentence = 'Fines rose.';
    const passage: Item = {
      kind: 'passage',
      text: sentence,
      source: { id: 'a9', url: 'javascript:alert(1)', sentence },
    };
    expect(renderItem(passage, { number: 3 })).toBe(
      '<b>3.</b> <i>Source:</i> a9\n<blockquote>Fines rose.</blockquote>',
    );
  });
});
