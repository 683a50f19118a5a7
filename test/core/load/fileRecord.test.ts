import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseRecord, RecordFolder, recordKey, recordPath } from '../../../src/core/cache/recordFile.js';
import { recordForFile } from '../../../src/core/load/fileRecord.js';
import { RecordPool } from '../../../src/core/load/recordPool.js';
import { decodeArticle } from '../../../src/core/cache/storedArticle.js';
import { extractFacts } from '../../../src/core/extract/extractFacts.js';

const ARTICLE =
  'date 2024-01-10\ntitle Bridge\n\nMayor Ann Lee opened the bridge on January 5. “It is a fine day,” she said.\n';
const FEED = [
  JSON.stringify({ id: 'one', title: 'One', text: 'Governor Bob Hill closed the road on March 3, 2023.' }),
  JSON.stringify({ id: 'two', title: 'Two', text: '“We will reopen it,” said Governor Bob Hill.' }),
].join('\n');

let dir: string;
let corpus: string;
let records: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'factdesk-records-'));
  corpus = path.join(dir, 'corpus');
  records = path.join(dir, 'cache', 'records');
  await mkdir(corpus);
  await writeFile(path.join(corpus, 'bridge.txt'), ARTICLE);
  await writeFile(path.join(corpus, 'feed.jsonl'), FEED);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('record files', () => {
  it('are keyed by content and path', () => {
    const bytes = Buffer.from(ARTICLE);
    expect(recordKey('a.txt', bytes)).toBe(recordKey('a.txt', Buffer.from(ARTICLE)));
    expect(recordKey('a.txt', bytes)).not.toBe(recordKey('b.txt', bytes));
    expect(recordKey('a.txt', bytes)).not.toBe(recordKey('a.txt', Buffer.from(`${ARTICLE} `)));
  });

  it('are extracted and written once, then read back instead of extracted', async () => {
    const first = await recordForFile(corpus, 'bridge.txt', records);
    expect(first).toMatchObject({ file: 'bridge.txt', stored: true, extracted: true });
    const again = await recordForFile(corpus, 'bridge.txt', records);
    expect(again).toMatchObject({ key: first.key, stored: true, extracted: false, text: first.text });
    const [article] = parseRecord(again.text, again.key).articles;
    expect(decodeArticle(article!)).toEqual(
      extractFacts({
        id: 'bridge',
        file: 'bridge.txt',
        date: '2024-01-10',
        title: 'Bridge',
        text: ARTICLE.split('\n\n')[1]!.trim(),
      }),
    );
  });

  it('give back one article, passage or fact of a many-article file', async () => {
    const record = await recordForFile(corpus, 'feed.jsonl', records);
    const folder = new RecordFolder(records);
    const ref = { key: record.key, position: 1 };
    expect(folder.article(ref).info).toMatchObject({ id: 'two', file: 'feed.jsonl' });
    const extracted = decodeArticle(parseRecord(record.text, record.key).articles[1]!);
    expect(folder.passage(ref, 0)).toEqual(extracted.passages[0]);
    for (const fact of extracted.facts) expect(folder.fact(ref, fact.id)).toEqual(fact);
    expect(folder.fact(ref, 'two#0:event:9')).toBeUndefined();
    expect(() => folder.article({ key: record.key, position: 2 })).toThrow(/no article 2/);
    expect(() => folder.passage(ref, 5)).toThrow(/no passage 5/);
  });

  it('are extracted again, and say so, when damaged', async () => {
    const first = await recordForFile(corpus, 'bridge.txt', records);
    const file = recordPath(records, first.key);
    await writeFile(file, (await readFile(file, 'utf8')).slice(0, 40));
    const again = await recordForFile(corpus, 'bridge.txt', records);
    expect(again).toMatchObject({ extracted: true, stored: true, text: first.text });
    expect(again.cacheProblem).toMatch(/cached facts of bridge\.txt could not be used .*extracted again/);
    expect(() => parseRecord(first.text, 'another key')).toThrow(/another file/);
    expect(() => parseRecord(first.text.split('\n')[0]!, first.key)).toThrow(/cut short/);
  });

  it('keep the articles in memory when the cache cannot be written, saying why without naming a file', async () => {
    await writeFile(path.join(dir, 'not-a-folder'), '');
    const record = await recordForFile(corpus, 'bridge.txt', path.join(dir, 'not-a-folder'));
    expect(record).toMatchObject({ stored: false, extracted: true, writeError: 'ENOTDIR: not a directory' });
    expect(await recordForFile(corpus, 'bridge.txt', records, false)).toMatchObject({
      stored: false,
      extracted: true,
    });
    await expect(readdir(records)).rejects.toThrow(/ENOENT/);
  });

  it('leave no temporary file behind when a write fails', async () => {
    const first = await recordForFile(corpus, 'bridge.txt', records);
    const target = recordPath(records, first.key);
    // A folder where the record goes: the record is written, but cannot be renamed into place.
    await rm(target);
    await mkdir(path.join(target, 'in-the-way'), { recursive: true });
    const again = await recordForFile(corpus, 'bridge.txt', records);
    expect((await readdir(path.dirname(target))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(again).toMatchObject({ stored: false, writeError: expect.stringMatching(/^E[A-Z]+: /) });
  });

  it('turn an unreadable file into a warning', async () => {
    const record = await recordForFile(corpus, 'missing.txt', records);
    expect(record).toMatchObject({ key: '', stored: false });
    const [warning] = parseRecord(record.text, '').warnings;
    expect(warning).toMatchObject({
      file: 'missing.txt',
      reason: expect.stringMatching(/^cannot read the file/),
    });
  });

  it('are made the same in worker threads', async () => {
    const pool = new RecordPool(1);
    try {
      const [bridge, feed] = await Promise.all([
        pool.run(corpus, 'bridge.txt'),
        pool.run(corpus, 'feed.jsonl'),
      ]);
      expect(bridge.text).toBe((await recordForFile(corpus, 'bridge.txt')).text);
      expect(feed.text).toBe((await recordForFile(corpus, 'feed.jsonl')).text);
    } finally {
      await pool.close();
    }
  });
});
