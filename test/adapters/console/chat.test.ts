import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { runConsoleChat } from '../../../src/adapters/console/chat.js';
import { ChatOutput } from '../../../src/adapters/console/chatOutput.js';
import { KnowledgeBase } from '../../../src/core/knowledgeBase.js';
import { helpExamples } from '../../../src/core/ask/helpExamples.js';
import { seedKnowledgeBase } from '../../helpers/seedCorpus.js';
import { terminalChat } from './terminalChat.js';

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
  const done = runConsoleChat({
    kb,
    input,
    output: new ChatOutput(output),
    interactive: false,
    ...(digest ? { digest } : {}),
  });
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

  it('shows a sentence once: a passage found by /search as its quotation, an event holding it as the answer', async () => {
    const out = await converse(['/search domestic violence', '/when Istanbul Convention']);
    const passage =
      '“Domestic violence and use of force against women and girls have no place in a just society,” stressed EU Ambassador to Kazakhstan Kęstutis Jankauskas.';
    expect(out).toMatch(
      /\n\d\. Source: 000_c1d4a831d9bceeab, 5 April 2024\n {3}> “Domestic violence and use/,
    );
    expect(out.split(passage)).toHaveLength(2);
    const event = 'In April 2020, the Council of Europe invited Kazakhstan to join the Istanbul Convention';
    expect(out).toContain(`1. April 2020: ${event}`);
    expect(out.split(event)).toHaveLength(2);
  });

  it('shows a sentence two answers rest on once, the second naming the first', async () => {
    const out = await converse(['/when conference on combating gender-based violence']);
    const sentence =
      'the vice speaker of the Mazhilis, the lower chamber of the Kazakh Parliament, addressed';
    expect(out.split(sentence)).toHaveLength(2);
    expect(out).toContain('1. 4 December (year unknown): Daniya Yespayeva, the vice speaker');
    expect(out).toContain('\n\n2. 2023: the same sentence as 1.\n   Source: 004_00ade6fe45578852');
  });

  it('shows help with what it knows', async () => {
    const out = await converse(['/help']);
    expect(out).toMatch(
      /I know 2 articles: \d+ people, \d+ dated events and \d+ statements, quoted or reported/,
    );
    expect(out).toContain('/who');
    expect(out).toContain(`e.g. ${helpExamples(kb).commands.when}`);
    expect(out).toContain('\n  /more      the next answers of a long reply\n  /quit      leave\n');
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

describe('the console chat in a terminal', () => {
  it('writes a log line above the prompt and draws the half-typed line again under it, to be finished', async () => {
    const { screen, logger, type, shows, lastLines } = await terminalChat(kb);
    await type('/who Vass');
    logger.info('corpus: 1 new, 0 changed, 0 removed articles');
    await shows('info: corpus');
    expect(lastLines(3)).toEqual([
      'factdesk — ask about the 2 articles of the corpus. /help lists the commands, /quit leaves.',
      'info: corpus: 1 new, 0 changed, 0 removed articles',
      '> /who Vass',
    ]);
    expect(screen.cursorLine).toEqual({ line: '> /who Vass', col: 11 });
    await type('ilenko\r');
    await shows('Roman Vassilenko is Deputy Foreign Minister');
    expect(screen.text).toContain(
      'info: corpus: 1 new, 0 changed, 0 removed articles\n> /who Vassilenko\n1. ',
    );
  });

  it('greets with the number of articles in words that fit it', async () => {
    const one = KnowledgeBase.build([
      {
        id: 'library',
        file: 'library.txt',
        date: '2024-03-01',
        text: 'Mayor Clara Benz opened the library on March 1.',
      },
    ]);
    const { shows } = await terminalChat(one);
    await shows('factdesk — ask about the 1 article of the corpus.');
  });

  it('keeps the log line whole above a half-typed line that takes two rows', async () => {
    const { screen, logger, type, shows, lastLines } = await terminalChat(kb, { columns: 30 });
    // 35 characters with the prompt: 30 on the first row, 5 on the second.
    await type('/who vice speaker of the Mazhilis');
    expect(lastLines(2)).toEqual(['> /who vice speaker of the Maz', 'hilis']);
    logger.warn('corpus: bad.md: empty');
    await shows('warning: corpus');
    expect(lastLines(4)).toEqual([
      'ts the commands, /quit leaves.',
      'warning: corpus: bad.md: empty',
      '> /who vice speaker of the Maz',
      'hilis',
    ]);
    expect(screen.cursorLine).toEqual({ line: 'hilis', col: 5 });
    await type('\r');
    await shows('1. Daniya Yespayeva is vice sp');
  });

  it('writes a log line as it comes while it answers, and its prompt after the answer', async () => {
    let reply!: (text: string) => void;
    const { logger, type, shows, lastLines } = await terminalChat(kb, {
      digest: () => new Promise((resolve) => (reply = resolve)),
    });
    await type('/digest now\r');
    logger.info('digest: composing');
    await shows('info: digest: composing');
    reply('A preview.');
    await shows('A preview.\n>');
    expect(lastLines(4)).toEqual(['> /digest now', 'info: digest: composing', 'A preview.', '>']);
  });

  it('clears a half-typed line at Ctrl-C and goes on; Ctrl-C on an empty line leaves', async () => {
    const { screen, type, shows, done, lastLines } = await terminalChat(kb);
    await type('/who Vass');
    await type('\x03');
    expect(screen.cursorLine).toEqual({ line: '>', col: 2 });
    await type('/quote just society\r');
    await shows('Kęstutis Jankauskas said');
    expect(screen.text).toContain('\n> /quote just society\n1. ');
    expect(screen.text).not.toContain('Vass');
    await type('\x03');
    await done;
    expect(lastLines(1)).toEqual(['>']);
    expect(screen.cursorLine).toEqual({ line: '', col: 0 });
  });

  it('leaves at Ctrl-D on an empty line', async () => {
    const { type, done } = await terminalChat(kb);
    await type('\x04');
    await done;
  });
});
