import { describe, expect, it } from 'vitest';
import { telegramDigestTransport } from '../../../src/adapters/telegram/digestTransport.js';
import { MAX_MESSAGE_LENGTH } from '../../../src/adapters/telegram/renderAnswer.js';
import { renderDigest, renderDigestReply } from '../../../src/adapters/telegram/renderDigest.js';
import type { Digest, DigestEntry } from '../../../src/core/digest/types.js';
import { TOKEN } from './fakeBotApi.js';
import { freePort } from './harness.js';
import { parseTelegramHtml } from './telegramHtml.js';

const shown = (html: string) => {
  const parsed = parseTelegramHtml(html);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed.text;
};

const entry = (n: number, sentence: string, label?: string): DigestEntry => ({
  kind: 'quote',
  reason: label ? 'on-this-day' : 'pick',
  ...(label ? { label } : {}),
  item: {
    kind: 'quote',
    text: `Person ${n} said: “${sentence}”`,
    quote: { text: sentence, speaker: `Person ${n}` },
    source: {
      id: `a${n}`,
      title: `Title <${n}> & co`,
      date: '2024-04-05',
      sentence: `“${sentence},” they said.`,
    },
  },
});

const digest = (entries: DigestEntry[]): Digest => ({
  localDate: '2025-04-05',
  topic: 'a<b>',
  preview: false,
  heading: 'Daily digest · 5 April 2025 · topic: a<b>',
  notes: ['You have now seen every fact about “a<b>” & more.'],
  entries,
});

describe('a digest in Telegram HTML', () => {
  it('shows the heading, notes, and each fact with its label and source, every text escaped', () => {
    const text = shown(renderDigest(digest([entry(1, 'Short & sweet', 'On this day'), entry(2, 'Plain')])));
    expect(text).toBe(
      [
        'Daily digest · 5 April 2025 · topic: a<b>',
        'You have now seen every fact about “a<b>” & more.',
        '1. On this day · Person 1 said: “Short & sweet”\nSource: Title <1> & co, 5 April 2024\n“Short & sweet,” they said.',
        '2. Person 2 said: “Plain”\nSource: Title <2> & co, 5 April 2024\n“Plain,” they said.',
      ].join('\n\n'),
    );
  });

  it('shows an event whose answer holds its sentence once, without quoting the sentence again', () => {
    const sentence = 'A seminar on <rights> opened on April 4.';
    const event: DigestEntry = {
      kind: 'event',
      reason: 'pick',
      item: {
        kind: 'event',
        text: `4 April 2024: ${sentence}`,
        date: { iso: '2024-04-04', text: 'April 4' },
        source: { id: 'a1', sentence },
      },
    };
    expect(shown(renderDigest(digest([event])))).toBe(
      [
        'Daily digest · 5 April 2025 · topic: a<b>',
        'You have now seen every fact about “a<b>” & more.',
        '1. 4 April 2024: A seminar on <rights> opened on April 4.\nSource: a1',
      ].join('\n\n'),
    );
  });

  it('shortens five long facts until the digest fits one message, still citing each', () => {
    const long = (n: number) => `${'word '.repeat(600)}${n}`;
    const html = renderDigest(digest([1, 2, 3, 4, 5].map((n) => entry(n, long(n)))));
    const text = shown(html);
    expect(text.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    expect(text.match(/Source: Title <\d> & co/g)).toHaveLength(5);
    expect(text).toContain('…');
  });

  it('puts a command’s words before its preview', () => {
    expect(shown(renderDigestReply({ text: 'A preview <now>.', digest: digest([entry(1, 'x')]) }))).toMatch(
      /^A preview <now>\.\n\nDaily digest/,
    );
    expect(renderDigestReply({ text: 'Daily digest off & kept.' })).toBe('Daily digest off &amp; kept.');
  });
});

describe('the Telegram digest transport', () => {
  it('says retry when the Bot API cannot be reached: the message surely did not arrive', async () => {
    const transport = telegramDigestTransport({
      token: TOKEN,
      apiRoot: `http://127.0.0.1:${await freePort()}`,
    });
    expect(await transport.send('1', digest([entry(1, 'x')]))).toMatchObject({
      status: 'retry',
      reason: expect.stringContaining('ECONNREFUSED') as string,
    });
  });
});
