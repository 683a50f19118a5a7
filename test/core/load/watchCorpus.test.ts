import { cp, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as FileRecord from '../../../src/core/load/fileRecord.js';
import { recordForFile } from '../../../src/core/load/fileRecord.js';
import type { SyncResult } from '../../../src/core/load/corpusSync.js';
import type { CorpusWatcher } from '../../../src/core/load/watchCorpus.js';
import { watchCorpus } from '../../../src/core/load/watchCorpus.js';
import type { OpenedKnowledgeBase } from '../../../src/core/load/openKnowledgeBase.js';
import { openKnowledgeBase } from '../../../src/core/load/openKnowledgeBase.js';
import { ask } from '../../../src/core/ask/ask.js';
import { SEED_CORPUS } from '../../helpers/seedCorpus.js';

// The real module, with its reader watched: it is called in this thread only for files not read in workers.
vi.mock('../../../src/core/load/fileRecord.js', async (original) => {
  const real = await original<typeof FileRecord>();
  return { ...real, recordForFile: vi.fn(real.recordForFile) };
});

/** The promise: a change is in the answers within 5 seconds. */
const WITHIN_MS = 5000;

let dir: string;
let corpus: string;
let opened: OpenedKnowledgeBase;
let watcher: CorpusWatcher;
let syncs: SyncResult[];
let added: string[][];

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'factdesk-live-'));
  corpus = path.join(dir, 'corpus');
  await cp(SEED_CORPUS, corpus, { recursive: true });
  opened = await openKnowledgeBase(corpus, { cacheDir: path.join(dir, 'cache') });
  syncs = [];
  added = [];
  opened.corpus.onArticlesAdded((ids) => added.push(ids));
  watcher = watchCorpus(opened.corpus, { debounceMs: 100, onSynced: (result) => syncs.push(result) });
});
afterEach(async () => {
  watcher.close();
  await rm(dir, { recursive: true, force: true });
});

/** Resolves when `check` holds, polling; fails the test if it does not within `WITHIN_MS`. */
async function eventually(check: () => boolean): Promise<number> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > WITHIN_MS) throw new Error(`not within ${WITHIN_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return Date.now() - started;
}

const who = (query: string) => ask(opened.kb, `/who ${query}`).answers.map((a) => a.person?.name);
/** 0 → "a", 13 → "bd": names that differ in letters, as names do. */
const letters = (n: number) => [...String(n)].map((d) => String.fromCharCode(97 + Number(d))).join('');
const article = (name: string, role: string) =>
  `date 2024-03-01\n\n${role} ${name} opened the new school on March 1.\n`;

describe('the live corpus', () => {
  it('answers from a file added, changed and removed while it runs, and marks new articles', async () => {
    await writeFile(path.join(corpus, 'school.txt'), article('Ann Lee', 'Mayor'));
    await eventually(() => who('Ann Lee').length > 0);
    expect(added).toEqual([['school']]);

    await writeFile(path.join(corpus, 'school.txt'), article('Bob Hill', 'Governor'));
    await eventually(() => who('Bob Hill').length > 0);
    expect(who('Ann Lee')).toEqual([]);
    expect(added).toEqual([['school']]); // a changed article is not a new one

    await rm(path.join(corpus, 'school.txt'));
    await eventually(() => who('Bob Hill').length === 0);
    expect(opened.kb.has('school')).toBe(false);
    expect(who('Vassilenko')).toEqual(['Roman Vassilenko']);
  });

  it('takes a burst of files as one or two syncs, read in worker threads, without holding up answers', async () => {
    const staging = path.join(dir, 'staging');
    await mkdir(staging);
    const count = 60;
    for (let i = 0; i < count; i++) {
      await writeFile(path.join(staging, `n${i}.txt`), article(`Ann Kov${letters(i)}`, 'Mayor'));
    }
    let longestPause = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      longestPause = Math.max(longestPause, now - last);
      last = now;
    }, 5);
    try {
      for (let i = 0; i < count; i++)
        await rename(path.join(staging, `n${i}.txt`), path.join(corpus, `n${i}.txt`));
      await eventually(() => opened.kb.stats.articles === 2 + count);
      await watcher.settled();
    } finally {
      clearInterval(ticker);
    }
    expect(syncs.length).toBeLessThanOrEqual(2);
    expect(syncs.reduce((n, s) => n + s.added.length, 0)).toBe(count);
    expect(added.flat()).toHaveLength(count);
    expect(longestPause).toBeLessThan(500);
    expect(who('Ann Kovbd')).toEqual(['Ann Kovbd']);
  });

  it('reads a long file in a worker thread, not in the thread that answers', async () => {
    // Half a megabyte of news: a second of extraction, were it done on the thread that answers.
    const paragraphs = Array.from(
      { length: 2000 },
      (_, i) =>
        `Councillor Ann Kov${letters(i)} said on March ${1 + (i % 28)} that the bridge would open. ` +
        `“We have waited long enough for it,” she told reporters at the harbour on Tuesday.`,
    );
    const staging = path.join(dir, 'long.txt');
    await writeFile(staging, `date 2024-03-01\n\n${paragraphs.join('\n\n')}\n`);
    await writeFile(path.join(corpus, 'short.txt'), article('Cleo Marsh', 'Senator'));
    await eventually(() => opened.kb.has('short'));
    await rename(staging, path.join(corpus, 'long.txt'));
    await eventually(() => opened.kb.has('long'));
    const readHere = vi.mocked(recordForFile).mock.calls.map(([, file]) => file);
    expect(readHere).toContain('short.txt');
    expect(readHere).not.toContain('long.txt');
    expect(who('Ann Kovbcde')).toContain('Ann Kovbcde');
  });

  it('follows a folder moved in and out', async () => {
    const staging = path.join(dir, 'desk');
    await mkdir(staging);
    await writeFile(path.join(staging, 'a.txt'), article('Cleo Marsh', 'Senator'));
    await rename(staging, path.join(corpus, 'desk'));
    await eventually(() => who('Cleo Marsh').length > 0);
    expect(opened.kb.has('desk/a')).toBe(true);
    await rename(path.join(corpus, 'desk'), path.join(dir, 'gone'));
    await eventually(() => who('Cleo Marsh').length === 0);
  });

  it('is written to the cache, so that the next start finds the change', async () => {
    await writeFile(path.join(corpus, 'school.txt'), article('Ann Lee', 'Mayor'));
    await eventually(() => who('Ann Lee').length > 0);
    await watcher.settled();
    await opened.save();
    const next = await openKnowledgeBase(corpus, { cacheDir: path.join(dir, 'cache') });
    expect(next.loaded).toMatchObject({ filesRead: 0, filesExtracted: 0 });
    expect(ask(next.kb, '/who Ann Lee').answers[0]?.person?.name).toBe('Ann Lee');
  });
});
