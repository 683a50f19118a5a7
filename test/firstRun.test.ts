import { execFile, execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../src/core/types.js';
import type { Status } from '../src/status.js';
import { SEED_CORPUS } from './helpers/seedCorpus.js';

const BIN = path.resolve(SEED_CORPUS, '../bin/factdesk.js');

/** Whether util-linux `script` is here to run a command on a pseudo-terminal. */
const HAS_SCRIPT = (() => {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** 0 → "a", 13 → "bd": names that differ in letters, as names do. */
const letters = (n: number) => [...String(n)].map((d) => String.fromCharCode(97 + Number(d))).join('');

let dir: string;
let corpus: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'factdesk-first-run-'));
  corpus = path.join(dir, 'corpus');
  await cp(SEED_CORPUS, corpus, { recursive: true });
  for (let i = 0; i < 30; i++) {
    await writeFile(
      path.join(corpus, `school-${i}.txt`),
      `date 2024-03-01\n\nMayor Ann Kov${letters(i)} opened school ${i} on March 1.\n`,
    );
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `file` run as a user would, with only PATH, HOME and `env` in its environment; killed after 20 s. */
function run(file: string, args: string[], env: Record<string, string>, stdin = ''): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      file,
      args,
      { env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, timeout: 20_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin!.end(stdin);
  });
}

/** The command line with a cache folder of its own (`cache`, a fresh one for a first run). */
const factdesk = (args: string[], cache: string, stdin?: string) =>
  run(process.execPath, [BIN, ...args], { CACHE_DIR: path.join(dir, cache) }, stdin);

/** `command` run by a shell whose stdout and stderr are a pseudo-terminal (what `script` prints is what it showed). */
const onTerminal = (command: string, cache: string) =>
  run('script', ['-qfec', command, '/dev/null'], { CACHE_DIR: path.join(dir, cache) });

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

describe.runIf(HAS_SCRIPT)('the first read of a corpus, on a terminal', () => {
  it('shows a progress bar on stderr and leaves the JSON on stdout alone (ask --json)', async () => {
    const out = path.join(dir, 'answer.json');
    const shown = await onTerminal(
      `${quote(process.execPath)} ${quote(BIN)} ask --corpus ${quote(corpus)} --json '/who Ann Kovh' > ${quote(out)}`,
      'cache-json',
    );
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/corpus \[[=-]+\] 0\/32 files/);
    expect(shown.stdout).toMatch(/corpus \[=+\] 32\/32 files/);
    const answer = JSON.parse(await readFile(out, 'utf8')) as Answer;
    expect(answer.answers[0]?.person?.name).toBe('Ann Kovh');
  });

  it('shows it with --jsonl too, and none of it reaches stdout', async () => {
    const questions = path.join(dir, 'questions.txt');
    const out = path.join(dir, 'answers.jsonl');
    await writeFile(questions, '/who Ann Kovd\n/who Vassilenko\n');
    const shown = await onTerminal(
      `${quote(process.execPath)} ${quote(BIN)} ask --corpus ${quote(corpus)} --jsonl < ${quote(questions)} > ${quote(out)}`,
      'cache-jsonl',
    );
    expect(shown.stdout).toMatch(/32\/32 files/);
    const lines = (await readFile(out, 'utf8')).trim().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as Answer).answers[0]?.person?.name)).toEqual([
      'Ann Kovd',
      'Roman Vassilenko',
    ]);
  });

  it('clears the bar before the answer is printed, and draws none once everything is in the cache', async () => {
    const command = `${quote(process.execPath)} ${quote(BIN)} ask --corpus ${quote(corpus)} '/who Ann Kovf'`;
    const first = await onTerminal(command, 'cache-text');
    const answerAt = first.stdout.indexOf('1. Ann Kovf is Mayor');
    expect(answerAt).toBeGreaterThan(0);
    // The last thing before the answer: back to the start of the line and the line erased (ESC [ 2 K).
    expect(first.stdout.slice(0, answerAt)).toMatch(/32\/32 files[^\n]*\x1b\[1G\x1b\[2K$/); // eslint-disable-line no-control-regex
    const warm = await onTerminal(command, 'cache-text');
    expect(warm.stdout).toContain('1. Ann Kovf is Mayor');
    expect(warm.stdout).not.toContain('files');
  });
});

describe('the first read of a corpus, not on a terminal', () => {
  it('draws no bar, and a load shorter than 5 seconds logs no progress line', async () => {
    const piped = await factdesk(['ask', '--corpus', corpus, '--json', '/who Ann Kovh'], 'cache-piped');
    expect(piped.code).toBe(0);
    expect((JSON.parse(piped.stdout) as Answer).answers[0]?.person?.name).toBe('Ann Kovh');
    expect(piped.stderr).not.toContain('files');
    expect(piped.stderr).not.toContain('\x1b');
  });
});

describe('warnings about corpus files and documentation left out', () => {
  it('are told at the first run, then only as one line until the file changes', async () => {
    const own = path.join(dir, 'own');
    await cp(SEED_CORPUS, own, { recursive: true });
    await writeFile(path.join(own, 'bad.md'), '---\ndate: someday\n---\nText.');
    await writeFile(
      path.join(own, 'README.md'),
      '# Our clippings\n\n| file | date |\n|---|---|\n| a.txt | 2024-01-02 |\n',
    );
    const args = ['ask', '--corpus', own, '/who Vassilenko'];
    const first = await factdesk(args, 'cache-warnings');
    expect(first.stderr).toBe(
      [
        'warning: corpus: bad.md: bad date "someday" (expected YYYY-MM-DD)',
        'info: corpus: left out 1 documentation file (README.md)',
        '',
      ].join('\n'),
    );
    const second = await factdesk(args, 'cache-warnings');
    expect(second.stdout).toBe(first.stdout);
    expect(second.stderr).toBe(
      'info: corpus: 1 earlier warning not repeated, its file unchanged (factdesk status lists it)\n',
    );
    await writeFile(path.join(own, 'bad.md'), '---\ndate: some day\n---\nText.');
    const changed = await factdesk(args, 'cache-warnings');
    expect(changed.stderr).toBe('warning: corpus: bad.md: bad date "some day" (expected YYYY-MM-DD)\n');
  });
});

describe('factdesk status', () => {
  it('lists the corpus, its skipped and left-out files, the cache and the subscriptions, without making a database', async () => {
    const own = path.join(dir, 'status-corpus');
    await mkdir(own);
    await cp(path.join(SEED_CORPUS, '000_c1d4a831d9bceeab.txt'), path.join(own, 'seed.txt'));
    await writeFile(path.join(own, 'empty.txt'), '');
    await writeFile(path.join(own, 'SOURCE.md'), 'Copied from the ministry’s site.');
    const data = path.join(dir, 'status-data');
    const env = { CACHE_DIR: path.join(data, 'cache'), DATABASE_PATH: path.join(data, 'factdesk.db') };
    const json = await run(process.execPath, [BIN, 'status', '--corpus', own, '--json'], env);
    expect(json.code).toBe(0);
    const status = JSON.parse(json.stdout) as Status;
    expect(status.corpus).toMatchObject({
      folder: own,
      articles: 1,
      warnings: [{ file: 'empty.txt', reason: 'empty file' }],
      leftOut: ['SOURCE.md'],
    });
    expect(status.cache).toMatchObject({ folder: path.join(data, 'cache') });
    expect(status.cache.bytes).toBeGreaterThan(0);
    expect(status.digests).toEqual({
      database: path.join(data, 'factdesk.db'),
      found: false,
      subscriptions: [],
    });
    expect(await readdir(data)).toEqual(['cache']);

    const text = await run(process.execPath, [BIN, 'status', '--corpus', own], env);
    expect(text.stdout).toContain(`Corpus: ${own}\n  1 article: `);
    expect(text.stdout).toContain(
      '\n    empty.txt: empty file\n  1 documentation file left out: SOURCE.md\n',
    );
    expect(text.stdout).toContain(`\nDigests: none (no database at ${path.join(data, 'factdesk.db')})\n`);
    // The warning was told at the first run; this one says only that status lists it.
    expect(text.stderr).toBe(
      'info: corpus: 1 earlier warning not repeated, its file unchanged (factdesk status lists it)\n',
    );
  });

  it('is in the usage', async () => {
    const help = await factdesk(['--help'], 'cache-help');
    expect(help.stdout).toMatch(/^ {2}status \[--corpus DIR\] \[--json\] +the corpus's counts/m);
  });
});
