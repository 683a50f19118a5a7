import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { runConsoleChat } from '../../../src/adapters/console/chat.js';
import type { KnowledgeBase } from '../../../src/core/knowledgeBase.js';
import { seedKnowledgeBase } from '../../helpers/seedCorpus.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await seedKnowledgeBase();
});

/** Runs the chat over piped lines and returns everything it wrote. */
async function converse(lines: string[], digest?: (query: string) => string): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.on('data', (chunk: Buffer) => (written += chunk.toString()));
  const done = runConsoleChat({ kb, input, output, interactive: false, ...(digest ? { digest } : {}) });
  input.end(lines.map((l) => `${l}\n`).join(''));
  await done;
  return written;
}

describe('the console chat', () => {
  it('answers commands and questions with the source and sentence', async () => {
    const out = await converse([
      '/who Vassilenko',
      'Who is the vice speaker of the Mazhilis?',
      '/quote just society',
    ]);
    expect(out).toContain('1. Roman Vassilenko is Deputy Foreign Minister (as of 5 April 2024).');
    expect(out).toContain('Source: 000_c1d4a831d9bceeab, 5 April 2024');
    expect(out).toContain('> ASTANA – The Kazakh leadership is committed');
    expect(out).toContain('1. Daniya Yespayeva is vice speaker of the Mazhilis.');
    expect(out).toContain('Kęstutis Jankauskas said: “Domestic violence and use of force');
  });

  it('shows help with what it knows', async () => {
    const out = await converse(['/help']);
    expect(out).toMatch(
      /I know 2 articles: \d+ people, \d+ dated events and \d+ statements, quoted or reported/,
    );
    expect(out).toContain('/who');
    expect(out).toContain('e.g. /when Istanbul Convention');
  });

  it('says when nothing answers, suggests what is close, and explains an unknown command', async () => {
    const out = await converse(['/who Istanbul Convention', '/hwo Vassilenko']);
    expect(out).toContain('Nothing in the corpus answers “Istanbul Convention”.');
    expect(out).toContain('Try: /when Istanbul Convention');
    expect(out).toContain('There is no command /hwo.');
    expect(out).toContain('Did you mean: /who Vassilenko');
  });

  it('pages a long answer five at a time with /more', async () => {
    const out = await converse(['/search Kazakhstan', '/more', '/more', '/more']);
    expect(out).toMatch(/5 of \d+\. Type \/more for the next 5\./);
    expect(out).toContain('\n6. ');
    expect(out).toContain('There is nothing more to show.');
  });

  it('hands /digest to the digest handler when there is one, and stops at /quit', async () => {
    const out = await converse(['/digest status', '/quit', '/who Vassilenko'], (query) => `digest: ${query}`);
    expect(out).toContain('digest: status');
    expect(out).not.toContain('Roman Vassilenko');
  });
});
