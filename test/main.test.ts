import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
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
import { TerminalScreen } from './adapters/console/terminalScreen.js';
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
    const none = await factdesk([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/^factdesk: which command\?\n\nUsage: factdesk <command>/);
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

describe.concurrent('factdesk ask in scripts', () => {
  it('exits 0 with an answer (help is one), 1 when nothing answers, 2 for a usage mistake, as --help says', async () => {
    const [answered, help, none, noneJson, usage, usageText] = await Promise.all([
      factdesk(['ask', '--corpus', SEED_CORPUS, '/who Vassilenko']),
      factdesk(['ask', '--corpus', SEED_CORPUS, '/help']),
      factdesk(['ask', '--corpus', SEED_CORPUS, '/who Nobody Atall']),
      factdesk(['ask', '--corpus', SEED_CORPUS, '--json', '/when volcano']),
      factdesk(['ask', '--corpus', SEED_CORPUS]),
      factdesk(['--help']),
    ]);
    expect([answered, help, none, noneJson, usage].map((run) => run.code)).toEqual([0, 0, 1, 1, 2]);
    expect(none.stdout).toContain('Nothing in the corpus answers “Nobody Atall”.');
    expect((JSON.parse(noneJson.stdout) as Answer).answers).toEqual([]);
    expect(usageText.stdout).toMatch(/^ {2}1 +ask TEXT found no answer/m);
  });

  it('ask --jsonl exits 0 when a question has no answer: its line says so', async () => {
    const run = await factdesk(
      ['ask', '--corpus', SEED_CORPUS, '--jsonl'],
      '/who Nobody Atall\n/who Vassilenko\n',
    );
    expect(run.code).toBe(0);
    const answers = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Answer);
    expect(answers.map((a) => a.answers.length > 0)).toEqual([false, true]);
  });

  it.skipIf(!hasScript())(
    'ask --json on a terminal is laid out as the README shows, and on one line through a pipe',
    async () => {
      const readme = await readFile(path.resolve(SEED_CORPUS, '../README.md'), 'utf8');
      const shown =
        /npx factdesk ask --corpus corpus --json "\/who Vassilenko"\n```\n\n```json\n([^]*?)\n```/.exec(
          readme,
        )![1]!;
      const command = ['ask', '--corpus', SEED_CORPUS, '--json', '/who Vassilenko'];
      const [terminal, piped] = await Promise.all([onTerminal(command), factdesk(command)]);
      expect(terminal.code).toBe(0);
      expect(terminal.stdout.replace(/\r\n/g, '\n')).toBe(`${shown}\n`);
      expect(piped.stdout).toBe(`${JSON.stringify(JSON.parse(shown))}\n`);
    },
  );
});

describe.skipIf(!hasScript())('factdesk chat on a terminal', () => {
  it('prints a log line above the prompt and the half-typed line under it; Ctrl-C clears a line, then leaves', async () => {
    const corpus = path.join(dir, 'chat-corpus');
    await mkdir(corpus);
    await writeFile(path.join(corpus, 'bridge.txt'), 'date 2024-01-10\nMayor Ann Lee opened the bridge.');
    // A pseudo-terminal nobody sized: readline takes its lines to be endless, so this screen is wide.
    const screen = new TerminalScreen(1000);
    const line = [process.execPath, BIN, 'chat', '--corpus', corpus].map(shellWord).join(' ');
    const child = spawn('script', ['-qefc', line, '/dev/null'], {
      cwd: path.dirname(BIN),
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        CACHE_DIR: path.join(dir, 'chat-cache'),
        DATABASE_PATH: path.join(dir, 'chat.db'),
      },
    });
    child.stdout.on('data', (chunk: Buffer) => screen.stream.write(chunk));
    const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    const exit = new Promise<number | null>((resolve) => child.on('close', resolve));
    const shows = (text: string) => screen.until(() => screen.text.includes(text), text, 15_000);
    const type = async (keys: string) => {
      for (const key of keys) {
        const before = screen.writes;
        child.stdin.write(key);
        await screen.until(() => screen.writes > before, `the answer to ${JSON.stringify(key)}`, 15_000);
      }
    };
    const lastLines = (n: number) => screen.text.split('\n').slice(-n);
    try {
      await shows('/quit leaves.\n>');
      await type('/who Ann');
      await writeFile(path.join(corpus, 'cup.txt'), 'date 2024-02-01\nCoach Bo Park won the cup.');
      await shows('info: corpus: 1 new, 0 changed, 0 removed articles\n> /who Ann');
      expect(lastLines(3)).toEqual([
        'factdesk — ask about the 1 article of the corpus. /help lists the commands, /quit leaves.',
        'info: corpus: 1 new, 0 changed, 0 removed articles',
        '> /who Ann',
      ]);
      child.stdin.write('\x03');
      await screen.until(() => screen.text.endsWith('0 removed articles\n>'), 'the line cleared', 15_000);
      await type('/search cup\r');
      await shows('> Coach Bo Park won the cup.');
      expect(screen.text).toContain('\n> /search cup\n1. Source: cup, 1 February 2024\n');
      child.stdin.write('\x03');
      expect(await exit).toBe(0);
    } finally {
      clearTimeout(killer);
      child.kill('SIGKILL');
    }
  });
});

/** A word for `sh -c`, quoted. */
function shellWord(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Whether `script` (util-linux) is here to run a command on a pseudo-terminal. */
function hasScript(): boolean {
  return spawnSync('script', ['--version']).status === 0;
}

/**
 * Runs the real command line with its stdout on a pseudo-terminal, with `script`; its stderr is left out
 * (what is drawn there, such as a progress bar, would mix with stdout on the one terminal).
 */
function onTerminal(args: string[]): Promise<Run> {
  const line = `${[process.execPath, BIN, ...args].map(shellWord).join(' ')} 2>/dev/null`;
  const child = spawn('script', ['-qefc', line, '/dev/null'], {
    cwd: path.dirname(BIN),
    env: { PATH: process.env.PATH, HOME: process.env.HOME, CACHE_DIR: path.join(dir, 'cache') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(killer);
      resolve({ code: code ?? 1, stdout, stderr });
    }),
  );
}

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
      // A port each: HTTP mode listens (for /healthz) before Slack is asked.
      const ports = [await freePort(), await freePort(), await freePort()];
      const runs = await Promise.all(
        [closed, fake.apiUrl, urlOf(failing)].map(
          (apiUrl, i) =>
            start({
              SLACK_BOT_TOKEN: SLACK_SECRET,
              SLACK_SIGNING_SECRET: SIGNING_SECRET,
              SLACK_API_URL: apiUrl,
              PORT: String(ports[i]),
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
