import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../src/core/types.js';
import { FakeSlack } from './adapters/slack/fakeSlack.js';
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET, freePort } from './adapters/slack/slackHarness.js';
import { commandBody, postSigned } from './adapters/slack/slackRequests.js';
import { FakeBotApi, TOKEN, textMessage } from './adapters/telegram/fakeBotApi.js';
import { SEED_CORPUS } from './helpers/seedCorpus.js';

const BIN = path.resolve(SEED_CORPUS, '../bin/factdesk.js');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

interface Running {
  child: ChildProcess;
  /** Resolves once stderr shows `text`, or the process has ended. */
  logged(text: string): Promise<void>;
  exit: Promise<Run>;
}

/**
 * Starts the real command line, as a user would, with a clean environment and `env`, in `cwd`; killed after
 * 20 s at the latest.
 */
function spawnFactdesk(
  args: string[],
  {
    stdin = '',
    cwd = path.dirname(BIN),
    env = {},
  }: { stdin?: string; cwd?: string; env?: Record<string, string> },
): Running {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd,
    // The cache goes to the test's folder, not into the checkout.
    env: { PATH: process.env.PATH, HOME: process.env.HOME, CACHE_DIR: path.join(dir, 'cache'), ...env },
  });
  child.stdin.end(stdin);
  let stdout = '';
  let stderr = '';
  const waiting = new Set<() => void>();
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
    for (const check of [...waiting]) check();
  });
  const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  const exit = new Promise<Run>((resolve) =>
    child.on('close', (code) => {
      clearTimeout(killer);
      for (const check of [...waiting]) check();
      resolve({ code: code ?? 1, stdout, stderr });
    }),
  );
  const logged = (text: string) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (!stderr.includes(text) && child.exitCode === null && child.signalCode === null) return;
        waiting.delete(check);
        resolve();
      };
      waiting.add(check);
      check();
    });
  return { child, logged, exit };
}

/** Runs the real command line to its end. */
function factdesk(args: string[], stdin?: string, cwd?: string): Promise<Run> {
  return spawnFactdesk(args, { ...(stdin ? { stdin } : {}), ...(cwd ? { cwd } : {}) }).exit;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'factdesk-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.concurrent('the factdesk command line', () => {
  it('ask --json prints one Answer', async () => {
    const run = await factdesk(['ask', '--corpus', SEED_CORPUS, '--json', '/who Vassilenko']);
    expect(run.code).toBe(0);
    const answer = JSON.parse(run.stdout) as Answer;
    expect(answer).toMatchObject({ input: '/who Vassilenko', intent: 'who', query: 'Vassilenko' });
    expect(answer.answers[0]?.person).toEqual({
      name: 'Roman Vassilenko',
      roles: ['Deputy Foreign Minister'],
    });
  });

  it('ask --jsonl answers one question a line, in order, blank lines included', async () => {
    const run = await factdesk(
      ['ask', '--corpus', SEED_CORPUS, '--jsonl'],
      '/who Vassilenko\n\n/when Istanbul Convention\n/quote just society\n',
    );
    const answers = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Answer);
    expect(answers.map((a) => a.intent)).toEqual(['who', 'help', 'when', 'quote']);
    expect(answers[2]!.answers[0]!.date?.iso).toBe('2020-04');
  });

  it('facts --jsonl prints every fact as an Item with its kind', async () => {
    const run = await factdesk(['facts', '--corpus', SEED_CORPUS, '--jsonl']);
    const facts = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { kind: string; source: { sentence: string } });
    expect(new Set(facts.map((f) => f.kind))).toEqual(new Set(['person', 'event', 'quote']));
    expect(facts.every((f) => f.source.sentence.length > 0)).toBe(true);
  });

  it('warns about a broken corpus file by name and answers from the rest', async () => {
    await writeFile(path.join(dir, 'good.txt'), 'date 2024-01-10\nMayor Ann Lee opened the bridge.');
    await writeFile(path.join(dir, 'bad.md'), '---\ndate: someday\n---\nText.');
    const run = await factdesk(['ask', '--corpus', dir, '/who Ann Lee']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('warning: corpus: bad.md: bad date "someday" (expected YYYY-MM-DD)');
    expect(run.stdout).toContain('Ann Lee is Mayor (as of 10 January 2024).');
  });

  it('explains usage mistakes and a missing corpus in one line, without a stack trace', async () => {
    const unknown = await factdesk(['frob']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^factdesk: unknown command "frob"\n/);
    const missing = await factdesk(['ask', '--corpus', path.join(dir, 'nope'), '/who x']);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toMatch(/^factdesk: cannot read the corpus folder .*nope: no such folder$/);
  });

  it('stops at a wrong setting with one line naming it', async () => {
    await writeFile(path.join(dir, '.env'), 'LOG_LEVEL=chatty\n');
    const run = await factdesk(['ask', '/who x'], undefined, dir);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      'factdesk: LOG_LEVEL must be one of debug, info, warn, error (got "chatty")',
    );
  });
});

describe('a corpus file named with control characters', () => {
  it('is named in its warning with them escaped, so it cannot forge a line or colour the terminal', async () => {
    const corpus = path.join(dir, 'control');
    await mkdir(corpus);
    await writeFile(
      path.join(corpus, 'evil\nwarning: forged \x1b[31mred.md'),
      '---\ndate: someday\n---\nText.',
    );
    const run = await factdesk(['ask', '--corpus', corpus, '/who x']);
    expect(run.stderr).toContain(
      'warning: corpus: evil\\nwarning: forged \\x1b[31mred.md: bad date "someday" (expected YYYY-MM-DD)\n',
    );
    expect(run.stderr).not.toMatch(/^warning: forged/m);
    expect(run.stderr).not.toContain('\x1b');
  });
});

/** A Telegram token not shaped like one to the logger's eye (too short): only the configuration knows it. */
const TELEGRAM_SECRET = '987654321:AAHnotShapedLikeAToken12';
/** Likewise a Slack bot token. */
const SLACK_SECRET = 'xoxb-short';
const WEBHOOK_SECRET = 'webhook-secret-not-shaped-like-a-token';

describe.concurrent('what factdesk start prints never shows a secret', () => {
  let runs = 0;
  /** `factdesk start` at debug level, with a digest database of its own. */
  function start(env: Record<string, string>): Running {
    runs += 1;
    return spawnFactdesk(['start', '--corpus', SEED_CORPUS], {
      cwd: dir,
      env: { LOG_LEVEL: 'debug', DATABASE_PATH: path.join(dir, `secrets-${runs}.db`), ...env },
    });
  }
  const expectNoSecret = (run: Run) => {
    for (const secret of [
      TELEGRAM_SECRET,
      TOKEN,
      SLACK_SECRET,
      BOT_TOKEN,
      APP_TOKEN,
      SIGNING_SECRET,
      WEBHOOK_SECRET,
    ]) {
      expect(run.stdout + run.stderr).not.toContain(secret);
    }
  };
  /** A server answering every request with `status` and `body`, as a proxy in front of the API might. */
  async function answering(status: number, contentType: string, body: string): Promise<Server> {
    const server = createServer((_req, res) =>
      res.writeHead(status, { 'Content-Type': contentType }).end(body),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return server;
  }
  const urlOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = (server: Server) => new Promise((resolve) => server.close(resolve));

  it('Telegram unreachable: one line naming the request, the token left out', async () => {
    const closed = `http://127.0.0.1:${await freePort()}`;
    const run = await start({ TELEGRAM_BOT_TOKEN: TELEGRAM_SECRET, TELEGRAM_API_ROOT: closed }).exit;
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^factdesk: the Telegram Bot API at \S+ could not be reached \(request to \S+\/bot\[redacted\]\/getMe failed, reason: connect ECONNREFUSED \S+\): check the network and TELEGRAM_API_ROOT$/m,
    );
    expectNoSecret(run);
  });

  it('Telegram refusing: 401, or 500 from the API or from a proxy in front of it', async () => {
    const api = await FakeBotApi.start();
    const failing = await answering(
      500,
      'application/json',
      '{"ok":false,"error_code":500,"description":"Internal Server Error"}',
    );
    const proxy = await answering(502, 'text/html', '<html><body>502 Bad Gateway</body></html>');
    try {
      const runs = await Promise.all(
        [api.url, urlOf(failing), urlOf(proxy)].map(
          (root) => start({ TELEGRAM_BOT_TOKEN: TELEGRAM_SECRET, TELEGRAM_API_ROOT: root }).exit,
        ),
      );
      const lastLines = runs.map((run) => run.stderr.trim().split('\n').at(-1));
      expect(lastLines).toEqual([
        'factdesk: TELEGRAM_BOT_TOKEN was refused by Telegram (401 Unauthorized): copy it again from @BotFather',
        `factdesk: the Telegram Bot API at ${urlOf(failing)} answered 500 Internal Server Error: try again later`,
        expect.stringMatching(
          /^factdesk: the Telegram Bot API at \S+ could not be reached \(invalid json response body at \S+\/bot\[redacted\]\/getMe reason: .*\): check the network and TELEGRAM_API_ROOT$/,
        ) as string,
      ]);
      for (const run of runs) {
        expect(run.code).toBe(1);
        expectNoSecret(run);
      }
    } finally {
      await Promise.all([api.close(), close(failing), close(proxy)]);
    }
  });

  it('Telegram failing mid-run: a failed reply, then the API gone', async () => {
    const api = await FakeBotApi.start();
    const run = start({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: api.url,
      TELEGRAM_WEBHOOK_SECRET: WEBHOOK_SECRET,
    });
    try {
      await run.logged('is answering');
      api.failNext('sendMessage', { error_code: 403, description: 'Forbidden: bot was blocked by the user' });
      api.push(textMessage(80, '/who Beketayev'));
      // The reply is refused; the apology goes through.
      await api.waitFor('sendMessage', (p) => p.chat_id === 80);
      await api.close();
      await run.logged('telegram: getUpdates failed');
    } finally {
      run.child.kill('SIGTERM');
    }
    const ended = await run.exit;
    expect(ended.stderr).toContain('error: telegram: update 1 failed');
    expect(ended.stderr).toContain('warning: telegram: getUpdates failed');
    expectNoSecret(ended);
  });

  it('Slack unreachable or refusing: one line, no token or signing secret', async () => {
    const fake = await FakeSlack.start({ botToken: BOT_TOKEN });
    const failing = await answering(500, 'text/html', '<html>Internal Server Error</html>');
    const closed = `http://127.0.0.1:${await freePort()}/api`;
    try {
      const runs = await Promise.all(
        [closed, fake.apiUrl, urlOf(failing)].map(
          (apiUrl) =>
            start({
              SLACK_BOT_TOKEN: SLACK_SECRET,
              SLACK_SIGNING_SECRET: SIGNING_SECRET,
              SLACK_API_URL: apiUrl,
            }).exit,
        ),
      );
      const lastLines = runs.map((run) => run.stderr.trim().split('\n').at(-1));
      expect(lastLines).toEqual([
        expect.stringMatching(
          /^factdesk: Slack's Web API at \S+ could not be reached \(.*ECONNREFUSED.*\)/,
        ) as string,
        expect.stringMatching(/^factdesk: SLACK_BOT_TOKEN was refused by Slack \(invalid_auth\)/) as string,
        expect.stringMatching(/^factdesk: Slack's Web API at \S+ could not be reached \(.*500.*\)/) as string,
      ]);
      for (const run of runs) {
        expect(run.code).toBe(1);
        expectNoSecret(run);
      }
    } finally {
      await Promise.all([fake.close(), close(failing)]);
    }
  });

  it('Slack failing mid-run: a reply refused, then Slack gone (HTTP mode and Socket Mode)', async () => {
    const http = await FakeSlack.start({ botToken: BOT_TOKEN });
    const socket = await FakeSlack.start({ botToken: BOT_TOKEN, appToken: APP_TOKEN });
    const port = await freePort();
    const httpRun = start({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: http.apiUrl,
      PORT: String(port),
    });
    const socketRun = start({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_APP_TOKEN: APP_TOKEN,
      SLACK_API_URL: socket.apiUrl,
    });
    // Made while the fake still listens: the second is posted to after it is gone.
    const responseUrls = [http.responseUrl(), http.responseUrl()];
    const command = (name: string) =>
      postSigned(`http://127.0.0.1:${port}/slack/events`, {
        body: commandBody(name, 'Vassilenko', responseUrls.shift()!),
        contentType: 'application/x-www-form-urlencoded',
        secret: SIGNING_SECRET,
      });
    try {
      await Promise.all([httpRun.logged('slack: answering as'), socketRun.logged('slack: answering as')]);
      http.failResponses(1);
      expect((await command('/who')).status).toBe(200);
      await httpRun.logged('error: slack: command /who failed');
      await Promise.all([http.close(), socket.close()]);
      expect((await command('/when')).status).toBe(200);
      await httpRun.logged('error: slack: command /when failed');
      await socketRun.logged('error: slack: WebSocket error');
    } finally {
      httpRun.child.kill('SIGTERM');
      // Killed outright: with Slack gone, Socket Mode's client goes on reconnecting after it is told to stop, so
      // SIGTERM does not end the process (a fault of its own); what is tested here is what was printed.
      socketRun.child.kill('SIGKILL');
    }
    for (const run of await Promise.all([httpRun.exit, socketRun.exit])) expectNoSecret(run);
  });
});
