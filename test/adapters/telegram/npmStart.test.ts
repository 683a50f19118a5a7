import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { FakeBotApi, TOKEN, textMessage } from './fakeBotApi.js';
import { FIXTURE_CORPUS } from './harness.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

// `start` opens the digest database: a file of the test's, not ./data under `/`.
const dataDir = mkdtempSync(path.join(tmpdir(), 'factdesk-npm-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** `factdesk start` as `npm start` runs it, with only the environment given here (no .env is read from /). */
function factdeskStart(env: Record<string, string>) {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'bin/factdesk.js'), 'start', '--corpus', FIXTURE_CORPUS],
    {
      cwd: '/',
      env: {
        PATH: process.env.PATH ?? '',
        LOG_LEVEL: 'info',
        DATABASE_PATH: path.join(dataDir, 'factdesk.db'),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, exited, stderr: () => stderr };
}

let api: FakeBotApi | undefined;
afterEach(async () => {
  await api?.close();
});

describe('factdesk start with TELEGRAM_BOT_TOKEN', () => {
  it('answers in Telegram, and stops cleanly on SIGTERM', async () => {
    api = await FakeBotApi.start();
    const run = factdeskStart({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.url });
    try {
      api.push(textMessage(60, '/who Beketayev'));
      const reply = await api.waitFor('sendMessage', (p) => p.chat_id === 60, { timeoutMs: 15_000 });
      expect(reply.params.text).toContain('Azamat Beketayev');
    } finally {
      run.child.kill('SIGTERM');
    }
    expect(await run.exited).toBe(0);
    expect(run.stderr()).toContain('info: telegram: @factdesk_test_bot is answering (long polling)');
    expect(run.stderr()).toContain('info: SIGTERM: stopping');
    expect(run.stderr()).toContain('info: telegram: stopped');
    expect(run.stderr()).not.toContain(TOKEN);
    expect(run.stderr()).not.toContain('digests are off');
  });

  it('says in one line, without a stack trace, that Telegram refused the token', async () => {
    api = await FakeBotApi.start();
    const run = factdeskStart({
      TELEGRAM_BOT_TOKEN: '987654321:AAThisTokenIsNotKnownToTheFakeApi000',
      TELEGRAM_API_ROOT: api.url,
    });
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toBe(
      'factdesk: TELEGRAM_BOT_TOKEN was refused by Telegram (401 Unauthorized): copy it again from @BotFather\n',
    );
  });
});
