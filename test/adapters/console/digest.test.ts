import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CONSOLE_CHAT_ID,
  consoleDigestCommand,
  consoleDigestTransport,
} from '../../../src/adapters/console/consoleDigest.js';
import { runConsoleChat } from '../../../src/adapters/console/chat.js';
import { ChatOutput } from '../../../src/adapters/console/chatOutput.js';
import { renderDigestReply, renderDigestText } from '../../../src/adapters/console/renderDigest.js';
import type { Digest } from '../../../src/core/digest/types.js';
import { TestClock, digestTestbed } from '../../helpers/digestHarness.js';
import { terminalChat } from './terminalChat.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const bed = digestTestbed();

const DIGEST: Digest = {
  localDate: '2025-04-04',
  topic: null,
  preview: false,
  heading: 'Daily digest · 4 April 2025',
  notes: ['You have now seen every fact in the corpus, so the digest starts again from the beginning.'],
  entries: [
    {
      kind: 'event',
      reason: 'on-this-day',
      label: 'On this day',
      item: {
        kind: 'event',
        text: '4 April 2024: a seminar opened in Astana.',
        date: { iso: '2024-04-04', text: 'April 4' },
        source: {
          id: 'a1',
          title: 'Seminar',
          date: '2024-04-05',
          url: 'https://example.org/a1',
          sentence: 'A seminar opened on April 4.',
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

describe('console digests', () => {
  it('renders a digest as text: heading, notes, then each fact with its label, source and sentence', () => {
    expect(renderDigestText(DIGEST)).toBe(
      [
        'Daily digest · 4 April 2025',
        'You have now seen every fact in the corpus, so the digest starts again from the beginning.',
        '',
        '1. On this day: 4 April 2024: a seminar opened in Astana.',
        '   Source: “Seminar”, 5 April 2024, https://example.org/a1',
        '   > A seminar opened on April 4.',
        '',
        '2. X said: “y”',
        '   Source: a2',
        '   > “y,” X said.',
      ].join('\n'),
    );
    expect(renderDigestReply({ text: 'A preview.', digest: DIGEST })).toMatch(/^A preview\.\n\nDaily digest/);
  });

  it('shows a fact whose answer holds its sentence, or is it, once', () => {
    const sentence = 'A seminar opened on April 4.';
    const event = {
      ...DIGEST.entries[0]!,
      item: { ...DIGEST.entries[0]!.item, text: `4 April 2024: ${sentence}` },
    };
    const passage = {
      ...DIGEST.entries[1]!,
      item: {
        ...DIGEST.entries[1]!.item,
        text: '“y,” X said.',
        source: { id: 'a2', sentence: '“y,”\nX said.' },
      },
    };
    expect(renderDigestText({ ...DIGEST, notes: [], entries: [event, passage] })).toBe(
      [
        'Daily digest · 4 April 2025',
        '',
        '1. On this day: 4 April 2024: A seminar opened on April 4.',
        '   Source: “Seminar”, 5 April 2024, https://example.org/a1',
        '',
        '2. Source: a2',
        '   > “y,”\nX said.',
      ].join('\n'),
    );
  });

  it('shows an event once when its answer holds its sentence but for the dateline', () => {
    const event = {
      ...DIGEST.entries[0]!,
      item: {
        ...DIGEST.entries[0]!.item,
        text: '4 April 2024: A seminar opened on April 4.',
        source: { id: 'a1', sentence: 'SORVA, Calveria – A seminar opened on April 4.' },
      },
    };
    expect(renderDigestText({ ...DIGEST, notes: [], entries: [event] })).toBe(
      [
        'Daily digest · 4 April 2025',
        '',
        '1. On this day: 4 April 2024: A seminar opened on April 4.',
        '   Source: a1',
      ].join('\n'),
    );
  });

  it('handles /digest in the console chat and prints the daily digest when it is due', async () => {
    const clock = new TestClock(Date.parse('2024-06-01T06:00:00Z'));
    const stream = new PassThrough();
    let printed = '';
    stream.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    const output = new ChatOutput(stream);
    const digests = bed.open({
      file: bed.databaseFile(),
      clock,
      transports: [consoleDigestTransport(output)],
    });
    const input = new PassThrough();
    input.end('/digest on 08:00 UTC\n/digest status\n/digest now\n/digest status\n');
    await runConsoleChat({
      kb: bed.kb,
      input,
      output,
      interactive: false,
      digest: consoleDigestCommand(digests.service),
    });
    expect(printed).toContain('Daily digest on: every day at 08:00 (UTC); the next comes today at 08:00.');
    expect(printed).toContain('Digest preview · 1 June 2024');
    expect(printed).toMatch(/1\. .+\n {3}Source: .+/);
    // The preview says its facts count as shown, and the status after it counts them so.
    const previewed = printed.match(/^\d\. /gm)!.length;
    expect(printed).toContain('A preview of your digest. Its facts count as shown');
    expect(printed.match(/\d+ shown this round/g)).toEqual([
      '0 shown this round',
      '0 shown this round',
      `${previewed} shown this round`,
    ]);

    printed = '';
    clock.set('2024-06-01T08:00:00Z');
    expect((await digests.scheduler.tick()).sent).toBe(1);
    expect(printed).toMatch(/^\nDaily digest · 1 June 2024\n\n1\. /);
  });

  it('prints a digest that comes due above the prompt, and the half-typed line again under it', async () => {
    const { output, type, shows, screen } = await terminalChat(bed.kb);
    await type('/quote just');
    expect(await consoleDigestTransport(output).send(CONSOLE_CHAT_ID, DIGEST)).toEqual({ status: 'sent' });
    await shows('Daily digest');
    expect(screen.text).toBe(
      [
        `factdesk — ask about the ${bed.kb.stats.articles} articles of the corpus. /help lists the commands, /quit leaves.`,
        '',
        renderDigestText(DIGEST),
        '> /quote just',
      ].join('\n'),
    );
    expect(screen.cursorLine).toEqual({ line: '> /quote just', col: 13 });
  });

  it('tells the console user when the digest database cannot be used, instead of ending the chat', async () => {
    const digests = bed.open({ file: bed.databaseFile(), clock: new TestClock(Date.now()), transports: [] });
    await digests.close();
    expect(consoleDigestCommand(digests.service)('status')).toMatch(
      /^The digest settings cannot be read or saved right now \(.*not open.*\)\.$/,
    );
  });

  it('factdesk chat keeps digests in DATABASE_PATH, creating it on first run', async () => {
    const file = path.join(bed.folder(), 'new-folder', 'factdesk.db');
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ['bin/factdesk.js', 'chat', '--corpus', 'corpus'], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_PATH: file, DIGEST_DEFAULT_TZ: 'asia/almaty', LOG_LEVEL: 'error' },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`exit ${code}`))));
      child.stdin.end('/digest on 07:15\n/digest status\n');
    });
    expect(output).toContain('Daily digest on: every day at 07:15 (Asia/Almaty)');
    expect(output).toContain('Daily digest: on, every day at 07:15 (Asia/Almaty)');
    expect(existsSync(file)).toBe(true);
  });
});
