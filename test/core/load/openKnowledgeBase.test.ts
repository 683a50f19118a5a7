import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, open, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseRecord, recordKey, recordPath, recordText } from '../../../src/core/cache/recordFile.js';
import { readSnapshot } from '../../../src/core/cache/snapshotFile.js';
import { buildStoredFile } from '../../../src/core/load/fileRecord.js';
import type { OpenedKnowledgeBase } from '../../../src/core/load/openKnowledgeBase.js';
import { cacheLayout, openKnowledgeBase } from '../../../src/core/load/openKnowledgeBase.js';
import { ask } from '../../../src/core/ask/ask.js';
import { SEED_CORPUS } from '../../helpers/seedCorpus.js';

let dir: string;
let corpus: string;
let cacheDir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'factdesk-cache-'));
  corpus = path.join(dir, 'corpus');
  cacheDir = path.join(dir, 'cache');
  await cp(SEED_CORPUS, corpus, { recursive: true });
  await writeFile(
    path.join(corpus, 'bridge.txt'),
    'date 2024-01-10\n\nMayor Ann Lee opened the bridge on January 5.\n',
  );
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const openCached = () => openKnowledgeBase(corpus, { cacheDir, workers: 0 });

/** Everything a user could see of a knowledge base, for comparing two of them. */
function answers(opened: OpenedKnowledgeBase): unknown {
  return [
    '/who Vassilenko',
    '/when Istanbul Convention',
    '/quote just society',
    '/search violence',
    '/who Ann Lee',
    'What did Koshanov say about domestic violence?',
    '/who Vasilenko',
  ].map((q) => ask(opened.kb, q));
}

describe('openKnowledgeBase with a cache folder', () => {
  it('extracts every file on a first start, and none on the next, answering alike', async () => {
    const first = await openCached();
    expect(first.loaded).toMatchObject({ filesRead: 3, filesExtracted: 3 });
    expect(first.added).toEqual([]); // a first start has nothing to compare with
    const { snapshot } = cacheLayout(cacheDir, corpus);
    const written = (await stat(snapshot)).mtimeMs;
    const second = await openCached();
    expect(second.loaded).toMatchObject({ filesRead: 0, filesExtracted: 0, removed: [] });
    expect(second.cacheWarnings).toEqual([]);
    expect(answers(second)).toEqual(answers(first));
    expect(answers(second)).toEqual(answers(await openKnowledgeBase(corpus)));
    expect((await stat(snapshot)).mtimeMs).toBe(written); // nothing changed, nothing written
  });

  it('finds its snapshot again when the folder is named by a relative path, as `./corpus` is', async () => {
    const relative = `./${path.relative(process.cwd(), corpus)}`;
    await openKnowledgeBase(relative, { cacheDir, workers: 0 });
    const again = await openKnowledgeBase(relative, { cacheDir, workers: 0 });
    expect(again.cacheWarnings).toEqual([]);
    expect(again.loaded).toMatchObject({ filesRead: 0, filesExtracted: 0 });
    expect((await openCached()).loaded).toMatchObject({ filesRead: 0, filesExtracted: 0 });
  });

  it('re-extracts only a changed or new file, and drops a removed one', async () => {
    await openCached();
    await writeFile(
      path.join(corpus, 'bridge.txt'),
      'date 2024-01-10\n\nGovernor Bob Hill closed the road.\n',
    );
    await writeFile(
      path.join(corpus, 'ferry.txt'),
      'date 2024-02-01\n\nCaptain Eva Berg sailed the ferry.\n',
    );
    await rm(path.join(corpus, '004_00ade6fe45578852.txt'));
    const opened = await openCached();
    expect(opened.loaded).toMatchObject({
      filesRead: 2,
      filesExtracted: 2,
      added: ['ferry'],
      changed: ['bridge'],
      removed: ['004_00ade6fe45578852'],
    });
    expect(opened.added).toEqual(['ferry']);
    expect(ask(opened.kb, '/who Ann Lee').answers).toEqual([]);
    expect(ask(opened.kb, '/who Bob Hill').answers[0]?.person?.name).toBe('Bob Hill');
    expect(ask(opened.kb, '/who Eva Berg').answers[0]?.person?.name).toBe('Eva Berg');
    expect(ask(opened.kb, '/search Untold installation').answers).toEqual([]);
    expect(answers(opened)).toEqual(answers(await openKnowledgeBase(corpus)));
    // Its snapshot was written with the unchanged article's people as they were loaded, still undecoded.
    const third = await openCached();
    expect(third.loaded.filesRead).toBe(0);
    expect(answers(third)).toEqual(answers(opened));
  });

  it('reads a touched file again but extracts nothing when its content is the same', async () => {
    await openCached();
    const file = path.join(corpus, 'bridge.txt');
    await writeFile(file, await readFile(file));
    const opened = await openCached();
    expect(opened.loaded).toMatchObject({ filesRead: 1, filesExtracted: 0, added: [], changed: [] });
  });

  it('rebuilds a damaged index from the cached facts, with a warning that says what was wrong', async () => {
    const first = await openCached();
    const { snapshot } = cacheLayout(cacheDir, corpus);
    const size = (await stat(snapshot)).size;
    const handle = await open(snapshot, 'r+');
    await handle.write(Buffer.from('garbage'), 0, 7, size - 100);
    await handle.close();
    const opened = await openCached();
    expect(opened.cacheWarnings).toEqual([expect.stringMatching(/damaged \(checksum\): rebuilding it$/)]);
    expect(opened.loaded).toMatchObject({ filesRead: 3, filesExtracted: 0 });
    expect(answers(opened)).toEqual(answers(first));
    await expect(readSnapshot(snapshot, path.resolve(corpus))).resolves.toBeDefined();

    await writeFile(snapshot, 'not a snapshot at all');
    expect((await openCached()).cacheWarnings).toEqual([expect.stringMatching(/not a factdesk snapshot/)]);
    await writeFile(snapshot, '');
    expect((await openCached()).cacheWarnings).toEqual([expect.stringMatching(/not a factdesk snapshot/)]);
  });

  it('extracts a file again when its cached facts are damaged, and says so', async () => {
    const first = await openCached();
    await rm(cacheLayout(cacheDir, corpus).snapshot);
    const key = recordKey('bridge.txt', await readFile(path.join(corpus, 'bridge.txt')));
    await writeFile(recordPath(path.join(cacheDir, 'records'), key), '{"format":1');
    const opened = await openCached();
    expect(opened.cacheWarnings).toEqual([
      expect.stringMatching(/cached facts of bridge\.txt could not be used/),
    ]);
    expect(opened.loaded).toMatchObject({ filesRead: 3, filesExtracted: 1 });
    expect(answers(opened)).toEqual(answers(first));
  });

  it('rebuilds an index made by another extractor or for another folder', async () => {
    await openCached();
    const { snapshot } = cacheLayout(cacheDir, corpus);
    const bytes = await readFile(snapshot);
    const text = bytes.toString('latin1');
    const id = /"extractor":"([^"]+)"/.exec(text)![1]!;
    await writeFile(snapshot, Buffer.from(text.replace(id, id.replace(/[0-9a-f]/g, '0')), 'latin1'));
    const opened = await openCached();
    expect(opened.cacheWarnings).toEqual([expect.stringMatching(/made by another extractor/)]);
    expect(opened.loaded.filesRead).toBe(3);
    await expect(readSnapshot(snapshot, '/somewhere/else')).rejects.toThrow(/another corpus folder/);
  });

  it('reads a file again at once when its cached facts are lost, so that the answer has them, and says so once', async () => {
    const warned: string[] = [];
    const opened = await openKnowledgeBase(corpus, {
      cacheDir,
      workers: 0,
      onCacheProblem: (m) => warned.push(m),
    });
    await rm(path.join(cacheDir, 'records'), { recursive: true });
    expect(ask(opened.kb, '/when bridge').answers[0]?.date?.iso).toBe('2024-01-05');
    expect(ask(opened.kb, '/when bridge').answers[0]?.date?.iso).toBe('2024-01-05');
    expect(warned).toEqual([
      expect.stringMatching(/cached facts of bridge\.txt cannot be read .*reading the file again$/),
    ]);
    await opened.corpus.sync([]); // queued behind the sync of the file, which writes its record again
    const key = recordKey('bridge.txt', await readFile(path.join(corpus, 'bridge.txt')));
    expect(() =>
      parseRecord(readFileSync(recordPath(path.join(cacheDir, 'records'), key), 'utf8'), key),
    ).not.toThrow();
  });

  it('gives every fact of a file whose cached record is damaged in the run that finds it out (`factdesk facts`)', async () => {
    await openCached();
    const key = recordKey('bridge.txt', await readFile(path.join(corpus, 'bridge.txt')));
    await writeFile(recordPath(path.join(cacheDir, 'records'), key), '{"format":1');
    const warned: string[] = [];
    const opened = await openKnowledgeBase(corpus, {
      cacheDir,
      workers: 0,
      onCacheProblem: (m) => warned.push(m),
    });
    expect(opened.loaded.filesRead).toBe(0); // from the snapshot: the damage is found when the facts are read
    const facts = [...opened.kb.allFacts()];
    expect(facts).toEqual([...(await openKnowledgeBase(corpus)).kb.allFacts()]);
    expect(facts.filter((fact) => fact.source.id === 'bridge').map((fact) => fact.text)).toContain(
      '5 January 2024: Mayor Ann Lee opened the bridge on January 5.',
    );
    expect(warned).toEqual([expect.stringMatching(/cached facts of bridge\.txt cannot be read/)]);
  });

  it('carries a file with 600,000 warnings through its record, the snapshot and later starts without running out of stack', async () => {
    // A `.jsonl` of 600,000 bad lines, as its cached record says: parsing that many lines would take seconds.
    const file = 'feed.jsonl';
    await writeFile(path.join(corpus, file), '{"id":"feed-1","text":"Governor Bob Hill closed the road."}\n');
    const bytes = await readFile(path.join(corpus, file));
    const key = recordKey(file, bytes);
    const warnings = Array.from({ length: 600_000 }, (_, i) => ({
      file: `${file}:${i + 2}`,
      reason: 'not valid JSON',
    }));
    const record = recordText({ ...buildStoredFile(file, key, bytes), warnings });
    await mkdir(path.dirname(recordPath(path.join(cacheDir, 'records'), key)), { recursive: true });
    await writeFile(recordPath(path.join(cacheDir, 'records'), key), record);

    const first = await openCached(); // the record read back, then the snapshot written
    expect(first.warnings).toHaveLength(600_000);
    expect(first.cacheWarnings).toEqual([]);
    const second = await openCached(); // the file unchanged: its warnings come from the snapshot
    expect(second.loaded.filesRead).toBe(0);
    expect(second.warnings).toHaveLength(600_000);
    const later = new Date(Date.now() + 60_000);
    await utimes(path.join(corpus, file), later, later);
    const third = await openCached(); // touched, not changed
    expect(third.loaded).toMatchObject({ filesRead: 1, filesExtracted: 0 });
    expect(third.warnings).toHaveLength(600_000);
    expect(ask(third.kb, '/who Bob Hill').answers[0]?.person?.name).toBe('Bob Hill');
  });
});

describe('the cache folder kept clean', () => {
  it('removes at start the temporary files of writes that never finished, not those still being written', async () => {
    await openCached();
    const records = path.join(cacheDir, 'records');
    const index = path.dirname(cacheLayout(cacheDir, corpus).snapshot);
    const stale = [
      path.join(records, 'ab', 'x.json.4242.k3j.tmp'),
      path.join(index, 'y.snapshot.4242.p9.tmp'),
    ];
    const fresh = path.join(records, 'cd', 'z.json.4343.q1.tmp');
    const hourAgo = new Date(Date.now() - 60 * 60_000);
    for (const temporary of [...stale, fresh]) {
      await mkdir(path.dirname(temporary), { recursive: true });
      await writeFile(temporary, 'half a reco');
    }
    for (const temporary of stale) await utimes(temporary, hourAgo, hourAgo);
    await openCached();
    expect(stale.filter((temporary) => existsSync(temporary))).toEqual([]);
    expect(existsSync(fresh)).toBe(true);
  });

  it('leaves no temporary file when the snapshot cannot be written', async () => {
    const { snapshot } = cacheLayout(cacheDir, corpus);
    // A folder where the snapshot goes: it is written, but cannot be renamed into place.
    await mkdir(path.join(snapshot, 'in-the-way'), { recursive: true });
    const opened = await openCached();
    expect((await readdir(path.dirname(snapshot))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(opened.cacheWarnings.filter((warning) => warning.startsWith('cannot write'))).toEqual([
      `cannot write the cached index ${snapshot} (EISDIR: illegal operation on a directory)`,
    ]);
    await expect(opened.save()).resolves.toBeUndefined(); // said once: not tried again
  });

  it('says once, with the reason, that a cache folder it cannot write cannot be written, and carries on without writing', async () => {
    for (let i = 0; i < 60; i++) {
      await writeFile(
        path.join(corpus, `school-${i}.txt`),
        `date 2024-03-01\n\nSchool ${i} opened on March 1.\n`,
      );
    }
    await mkdir(cacheDir);
    await writeFile(path.join(cacheDir, 'records'), ''); // a file where the records folder should be
    const warned: string[] = [];
    const opened = await openKnowledgeBase(corpus, {
      cacheDir,
      workers: 2,
      onCacheProblem: (m) => warned.push(m),
    });
    expect(opened.loaded).toMatchObject({ filesRead: 63, filesExtracted: 63 });
    expect(opened.cacheWarnings).toEqual([
      `cannot write to the cache folder ${path.join(cacheDir, 'records')} (ENOTDIR: not a directory); carrying on without writing to it`,
    ]);
    expect(ask(opened.kb, '/who Ann Lee').answers[0]?.person?.name).toBe('Ann Lee');
    await writeFile(
      path.join(corpus, 'late.txt'),
      'date 2024-03-02\n\nPrincipal Eva Holm opened a library.\n',
    );
    const synced = await opened.corpus.sync();
    expect(synced).toMatchObject({ added: ['late'], cacheProblems: [] });
    expect(ask(opened.kb, '/who Eva Holm').answers[0]?.person?.name).toBe('Eva Holm');
    await opened.save();
    expect(warned).toEqual([]);
    expect(await readdir(cacheDir)).toEqual(['records']);
  });
});
