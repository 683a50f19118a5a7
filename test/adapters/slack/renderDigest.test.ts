import { describe, expect, it } from 'vitest';
import { slackDigestTransport } from '../../../src/adapters/slack/digestTransport.js';
import { renderDigest, renderDigestReply } from '../../../src/adapters/slack/renderDigest.js';
import type { Digest } from '../../../src/core/digest/types.js';
import { createLogger } from '../../../src/logger.js';
import { BOT_TOKEN, blockText, freePort } from './slackHarness.js';

const DIGEST: Digest = {
  localDate: '2025-04-04',
  topic: 'a<b>',
  preview: true,
  heading: 'Digest preview · 4 April 2025 · topic: a<b>',
  notes: ['You have now seen every fact about “a<b>” & more.'],
  entries: [
    {
      kind: 'event',
      reason: 'on-this-day',
      label: 'On this day',
      item: {
        kind: 'event',
        text: '4 April 2024: a <seminar> opened.',
        date: { iso: '2024-04-04', text: 'April 4' },
        source: {
          id: 'a1',
          title: 'Seminar & co',
          url: 'https://example.org/a1',
          sentence: 'A <seminar> opened on April 4.',
        },
      },
    },
    {
      kind: 'quote',
      reason: 'pick',
      item: { kind: 'quote', text: 'X said: “y”', source: { id: 'a2', sentence: '“y,” X said.' } },
    },
  ],
};

describe('a digest in Block Kit', () => {
  it('shows the heading, notes as context, and each fact with its label, quoted sentence and source, escaped', () => {
    const message = renderDigest(DIGEST);
    expect(message.text).toBe('Digest preview · 4 April 2025 · topic: a&lt;b&gt;');
    expect(message.blocks.map((b) => b.type)).toEqual([
      'section',
      'context',
      'section',
      'context',
      'divider',
      'section',
      'context',
    ]);
    expect(blockText(message as unknown as Record<string, unknown>)).toBe(
      [
        '*Digest preview · 4 April 2025 · topic: a&lt;b&gt;*',
        'You have now seen every fact about “a&lt;b&gt;” &amp; more.',
        '*1.* _On this day_ · 4 April 2024: a &lt;seminar&gt; opened.\n>A &lt;seminar&gt; opened on April 4.',
        'Source: <https://example.org/a1|Seminar &amp; co>',
        '*2.* X said: “y”\n>“y,” X said.',
        'Source: a2',
      ].join('\n'),
    );
  });

  it('shows an event whose answer holds its sentence once, without quoting the sentence again', () => {
    const sentence = 'A <seminar> opened on April 4.';
    const event = {
      ...DIGEST.entries[0]!,
      item: { ...DIGEST.entries[0]!.item, text: `4 April 2024: ${sentence}` },
    };
    event.item.source = { ...event.item.source, sentence };
    const text = blockText(
      renderDigest({ ...DIGEST, entries: [event] }) as unknown as Record<string, unknown>,
    );
    expect(text.match(/A &lt;seminar&gt; opened on April 4\./g)).toHaveLength(1);
    expect(text).toContain(
      '*1.* _On this day_ · 4 April 2024: A &lt;seminar&gt; opened on April 4.\nSource:',
    );
  });

  it('keeps a reply’s lines, spells its commands for Slack, and puts the preview under them', () => {
    const reply = renderDigestReply({
      text: 'Daily digest: off.\n/digest on 08:00 UTC starts it.',
      digest: DIGEST,
    });
    expect(reply.text).toBe('Daily digest: off.');
    expect(blockText(reply as unknown as Record<string, unknown>)).toMatch(
      /^Daily digest: off\.\n\/factdesk digest on 08:00 UTC starts it\.\n\*Digest preview/,
    );
  });
});

describe('the Slack digest transport', () => {
  it('says retry when the Web API cannot be reached: the message surely did not arrive', async () => {
    const transport = slackDigestTransport({
      botToken: BOT_TOKEN,
      apiUrl: `http://127.0.0.1:${await freePort()}/api`,
      logger: createLogger('error', [BOT_TOKEN], () => {}),
    });
    expect(await transport.send('C0NEWSROOM', DIGEST)).toEqual({ status: 'retry', reason: 'ECONNREFUSED' });
  });
});
