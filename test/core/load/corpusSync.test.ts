import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as FileRecord from '../../../src/core/load/fileRecord.js';
import type { LoadProgress } from '../../../src/core/load/loadProgress.js';
import { watchCorpus } from '../../../src/core/load/watchCorpus.js';
import type { OpenOptions } from '../../../src/core/load/openKnowledgeBase.js';
import { openKnowledgeBase } from '../../../src/core/load/openKnowledgeBase.js';
import { ask } from '../../../src/core/ask/ask.js';
import { SEED_CORPUS } from '../../helpers/seedCorpus.js';

/** A file the process may not read, as a file of another user's with mode 600 is (tests run as root here). */
const LOCKED = 'locked.txt';
vi.mock('../../../src/core/load/fileRecord.js', async (original) => {
  const real = await original<typeof FileRecord>();
  return {
    ...real,
    recordForFile: vi.fn((corpusDir: string, file: string, ...rest: [string?, boolean?]) =>
      file === LOCKED
        ? Promise.resolve(
            real.unreadableRecord(file, `cannot read the file (EACCES: permission denied, open '${file}')`),
          )
        : real.recordForFile(corpusDir, file, ...rest),
    ),
  };
});

let dir: string;
let corpus: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'factdesk-sync-'));
  corpus = path.join(dir, 'corpus');
  await cp(SEED_CORPUS, corpus, { recursive: true });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A start of factdesk on the corpus folder, with its cache. */
const start = (options: OpenOptions = {}) =>
  openKnowledgeBase(corpus, { cacheDir: path.join(dir, 'cache'), workers: 0, ...options });
const write = (file: string, text: string) => writeFile(path.join(corpus, file), text);
const BAD_DATE = { file: 'bad.md', reason: 'bad date "someday" (expected YYYY-MM-DD)' };

describe('a corpus file that cannot be used', () => {
  it('is told at the start that first sees it, not at the next starts, and kept for status', async () => {
    await write('bad.md', '---\ndate: someday\n---\nText.');
    const first = await start();
    expect(first.loaded.newWarnings).toEqual([BAD_DATE]);
    const second = await start();
    expect(second.loaded.newWarnings).toEqual([]);
    expect(second.warnings).toEqual([BAD_DATE]);
    expect(second.corpus.warnings).toEqual([BAD_DATE]);
  });

  it('is told again when it changes, though still broken, and a new broken file alone is told', async () => {
    await write('bad.md', '---\ndate: someday\n---\nText.');
    await start();
    await write('bad.md', '---\ndate: someday\n---\nText, edited.');
    await write('empty.txt', '');
    const next = await start();
    expect(next.loaded.newWarnings).toEqual([BAD_DATE, { file: 'empty.txt', reason: 'empty file' }]);
    // Touched, the same content: nothing to tell.
    await write('empty.txt', '');
    const touched = await start();
    expect(touched.loaded.filesRead).toBe(1);
    expect(touched.loaded.newWarnings).toEqual([]);
    expect(touched.corpus.warnings).toHaveLength(2);
  });

  it('that cannot be read is tried again at every start, its warning told once', async () => {
    await write(LOCKED, 'date 2024-01-10\n\nMayor Ann Lee opened the bridge.\n');
    const first = await start();
    const reason = `cannot read the file (EACCES: permission denied, open '${LOCKED}')`;
    expect(first.loaded.newWarnings).toEqual([{ file: LOCKED, reason }]);
    const second = await start();
    expect(second.loaded.filesRead).toBe(1);
    expect(second.loaded.newWarnings).toEqual([]);
    expect(second.corpus.warnings).toEqual([{ file: LOCKED, reason }]);
  });

  it('while the bot runs is told once, by the sync that reads it', async () => {
    const opened = await start();
    await write('bad.md', '---\ndate: someday\n---\nText.');
    expect((await opened.corpus.sync(['bad.md'])).newWarnings).toEqual([BAD_DATE]);
    const whole = await opened.corpus.sync();
    expect(whole.warnings).toEqual([BAD_DATE]);
    expect(whole.newWarnings).toEqual([]);
  });

  it('with an article id another file has: the duplicate is told once', async () => {
    await write('a.jsonl', '{"id":"x","text":"Mayor Ann Lee opened the bridge."}\n');
    await write('b.jsonl', '{"id":"x","text":"Governor Bob Hill closed the road."}\n');
    const duplicate = { file: 'b.jsonl', reason: 'duplicate article id "x" (also in a.jsonl)' };
    expect((await start()).loaded.newWarnings).toEqual([duplicate]);
    expect((await start()).loaded.newWarnings).toEqual([]);
  });
});

describe('documentation files in the corpus folder', () => {
  const README =
    '# About this corpus\n\n| file | date | quotes |\n|---|---|---|\n| 001.txt | 2004-11-24 | 10 |\n';

  it('are left out, said once, and listed', async () => {
    await write('README.md', README);
    await mkdir(path.join(corpus, 'wire'));
    await write('wire/LICENSE.txt', 'Copyright 2024 The Wire. Permission is granted on 1 May 2024.\n');
    await write('wire/licence-fees.txt', 'date 2024-02-01\n\nThe BBC licence fee rose on February 1.\n');
    const first = await start();
    expect(first.loaded.leftOut).toEqual(['README.md', 'wire/LICENSE.txt']);
    expect(first.corpus.leftOut).toEqual(['README.md', 'wire/LICENSE.txt']);
    expect(first.kb.has('README')).toBe(false);
    expect(first.kb.has('wire/licence-fees')).toBe(true);
    expect(ask(first.kb, '/search About this corpus').answers).toEqual([]);
    expect(ask(first.kb, '/search Permission granted').answers).toEqual([]);
    const second = await start();
    expect(second.loaded.leftOut).toEqual([]);
    expect(second.corpus.leftOut).toEqual(['README.md', 'wire/LICENSE.txt']);
    await rm(path.join(corpus, 'README.md'));
    expect((await start()).corpus.leftOut).toEqual(['wire/LICENSE.txt']);
  });

  it('are left out when added while the bot runs', async () => {
    const opened = await start();
    const synced: string[][] = [];
    const watcher = watchCorpus(opened.corpus, {
      debounceMs: 50,
      onSynced: ({ leftOut }) => synced.push(leftOut),
    });
    try {
      await write('Readme.MD', README);
      await write('notes.md', '# Notes\n\nMayor Ann Lee opened the bridge on 5 January 2024.\n');
      await vi.waitFor(() => expect(opened.kb.has('notes')).toBe(true), { timeout: 5000 });
      await watcher.settled();
    } finally {
      watcher.close();
    }
    expect(synced.flat()).toEqual(['Readme.MD']);
    expect(opened.kb.has('Readme')).toBe(false);
    expect(opened.corpus.leftOut).toEqual(['Readme.MD']);
  });
});

describe('progress of loading', () => {
  it('is told before the first file and after each file read, and not when all come from the cache', async () => {
    for (let i = 0; i < 5; i++) await write(`school-${i}.txt`, `date 2024-03-01\n\nSchool ${i} opened.\n`);
    const told: LoadProgress[] = [];
    await start({ onProgress: (progress) => told.push(progress) });
    expect(told.map(({ done, total }) => [done, total])).toEqual(
      [0, 1, 2, 3, 4, 5, 6, 7].map((done) => [done, 7]),
    );
    expect(told.every((p, i) => i === 0 || p.elapsedMs >= told[i - 1]!.elapsedMs)).toBe(true);
    told.length = 0;
    await start({ onProgress: (progress) => told.push(progress) });
    expect(told).toEqual([]);
  });

  it('counts the files read in worker threads', async () => {
    for (let i = 0; i < 50; i++) await write(`school-${i}.txt`, `date 2024-03-01\n\nSchool ${i} opened.\n`);
    const told: LoadProgress[] = [];
    await start({ workers: 2, onProgress: (progress) => told.push(progress) });
    expect(told.map((p) => p.done)).toEqual(Array.from({ length: 53 }, (_, i) => i));
    expect(new Set(told.map((p) => p.total))).toEqual(new Set([52]));
  });
});
