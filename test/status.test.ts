import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderStatus } from '../src/adapters/console/statusCommand.js';
import { openKnowledgeBase } from '../src/core/load/openKnowledgeBase.js';
import { DigestStore } from '../src/digest/digestStore.js';
import type { Status } from '../src/status.js';
import { collectStatus } from '../src/status.js';
import { SEED_CORPUS } from './helpers/seedCorpus.js';

let dir: string;
let corpus: string;
let cacheDir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'factdesk-status-'));
  corpus = path.join(dir, 'corpus');
  cacheDir = path.join(dir, 'cache');
  await cp(SEED_CORPUS, corpus, { recursive: true });
  await writeFile(path.join(corpus, 'bad.md'), '---\ndate: someday\n---\nText.');
  await writeFile(path.join(corpus, 'README.md'), '# About\n\nThe seed articles.\n');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function statusWith(databasePath: string): Promise<Status> {
  const opened = await openKnowledgeBase(corpus, { cacheDir, workers: 0 });
  return collectStatus(opened, { corpusDir: corpus, cacheDir, databasePath });
}

describe('collectStatus', () => {
  it("gives the corpus's counts, its warnings and left-out files, the cache's size and the digests", async () => {
    const databasePath = path.join(dir, 'factdesk.db');
    const store = DigestStore.open(databasePath);
    store.subscribe(
      { platform: 'telegram', chatId: '42' },
      { time: '08:30', timeZone: 'Asia/Almaty' },
      Date.parse('2024-05-01T00:00:00Z'),
    );
    store.close();
    const status = await statusWith(databasePath);
    expect(status.corpus).toEqual({
      folder: corpus,
      articles: 2,
      people: expect.any(Number) as number,
      events: expect.any(Number) as number,
      quotes: expect.any(Number) as number,
      warnings: [{ file: 'bad.md', reason: 'bad date "someday" (expected YYYY-MM-DD)' }],
      leftOut: ['README.md'],
    });
    expect(status.corpus.people).toBeGreaterThan(0);
    expect(status.cache.folder).toBe(cacheDir);
    expect(status.cache.files).toBeGreaterThanOrEqual(3); // two records and the snapshot
    expect(status.cache.bytes).toBeGreaterThan(10_000);
    expect(status.digests).toEqual({
      database: databasePath,
      found: true,
      subscriptions: [
        {
          platform: 'telegram',
          chat: '42',
          on: true,
          stopped: null,
          time: '08:30',
          timeZone: 'Asia/Almaty',
          topic: null,
          lastSent: null,
        },
      ],
    });
  });

  it('says there is no database, and makes none', async () => {
    const status = await statusWith(path.join(dir, 'data', 'factdesk.db'));
    expect(status.digests).toEqual({
      database: path.join(dir, 'data', 'factdesk.db'),
      found: false,
      subscriptions: [],
    });
    expect(await readdir(dir)).toEqual(['cache', 'corpus']);
  });

  it('says why a database cannot be read, and carries on', async () => {
    const databasePath = path.join(dir, 'notes.db');
    await writeFile(databasePath, 'these are notes, not a database');
    const status = await statusWith(databasePath);
    expect(status.digests).toMatchObject({ found: true, error: 'file is not a database', subscriptions: [] });
    expect(status.corpus.articles).toBe(2);
  });
});

describe('renderStatus', () => {
  const status: Status = {
    corpus: {
      folder: '/srv/corpus',
      articles: 1200,
      people: 1,
      events: 30,
      quotes: 4,
      warnings: [
        { file: 'bad.md', reason: 'bad date "someday" (expected YYYY-MM-DD)' },
        { file: 'evil\nwarning: forged.md', reason: 'empty file' },
      ],
      leftOut: ['README.md', 'SOURCE.md'],
    },
    cache: { folder: '/srv/data/cache', files: 12, bytes: 3 * 2 ** 20 + 2 ** 19 },
    digests: {
      database: '/srv/data/factdesk.db',
      found: true,
      subscriptions: [
        {
          platform: 'slack',
          chat: 'C0123',
          on: false,
          stopped: 'gone',
          time: '09:00',
          timeZone: 'UTC',
          topic: null,
          lastSent: null,
        },
        {
          platform: 'telegram',
          chat: '42',
          on: true,
          stopped: null,
          time: '08:30',
          timeZone: 'Asia/Almaty',
          topic: 'violence',
          lastSent: '2024-05-01T03:30:00.000Z',
        },
      ],
    },
  };

  it('lists everything a person checks, file names escaped, times in the chat’s own zone', () => {
    expect(renderStatus(status)).toBe(
      [
        'Corpus: /srv/corpus',
        '  1,200 articles: 1 person, 30 events, 4 quotations',
        '  2 warnings (files or lines skipped, values ignored):',
        '    bad.md: bad date "someday" (expected YYYY-MM-DD)',
        '    evil\\nwarning: forged.md: empty file',
        '  2 documentation files left out: README.md, SOURCE.md',
        'Cache: /srv/data/cache, 3.5 MB in 12 files',
        'Digests: /srv/data/factdesk.db, 2 chats, 1 on',
        '  slack C0123: off (the chat is gone), all topics, never sent',
        '  telegram 42: on, 08:30 Asia/Almaty, topic "violence", last sent 2024-05-01 08:30 Asia/Almaty',
        '',
      ].join('\n'),
    );
  });

  it('lists at most 100 warnings as text, and says how many more there are', () => {
    const warnings = Array.from({ length: 250 }, (_, i) => ({
      file: `feed.jsonl:${i + 1}`,
      reason: 'not valid JSON',
    }));
    const text = renderStatus({ ...status, corpus: { ...status.corpus, warnings } });
    expect(text).toContain(
      '  250 warnings (files or lines skipped, values ignored):\n    feed.jsonl:1: not valid JSON\n',
    );
    expect(text).toContain(
      '    feed.jsonl:100: not valid JSON\n    … and 150 more (factdesk status --json lists them all)\n',
    );
    expect(text).not.toContain('feed.jsonl:101');
  });

  it('says when there is no database, and no warning', () => {
    const text = renderStatus({
      ...status,
      corpus: { ...status.corpus, warnings: [], leftOut: [] },
      digests: { database: '/srv/data/factdesk.db', found: false, subscriptions: [] },
    });
    expect(text).toContain('\n  no warnings\nCache:');
    expect(text).toContain('\nDigests: none (no database at /srv/data/factdesk.db)\n');
  });
});
