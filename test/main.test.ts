import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../src/core/types.js';
import { SEED_CORPUS } from './helpers/seedCorpus.js';

const BIN = path.resolve(SEED_CORPUS, '../bin/factdesk.js');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real command line, as a user would, with a clean environment. */
function factdesk(args: string[], stdin?: string, cwd?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [BIN, ...args],
      {
        cwd: cwd ?? path.dirname(BIN),
        timeout: 20_000,
        // The cache goes to the test's folder, not into the checkout.
        env: { PATH: process.env.PATH, HOME: process.env.HOME, CACHE_DIR: path.join(dir, 'cache') },
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(stdin ?? '');
  });
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
