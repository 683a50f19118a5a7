import { createHash } from 'node:crypto';
import path from 'node:path';
import { RecordFolder } from '../cache/recordFile.js';
import { errorText } from '../errors.js';
import type { CacheSnapshot } from '../cache/snapshotFile.js';
import { readSnapshot } from '../cache/snapshotFile.js';
import { removeStaleTemporaries, writeFailure } from '../cache/temporaryFiles.js';
import type { SyncResult } from './corpusSync.js';
import { CorpusSync } from './corpusSync.js';
import type { OnProgress } from './loadProgress.js';
import type { CorpusWarning } from '../corpus/loadCorpus.js';
import { KnowledgeBase } from '../knowledgeBase.js';

export interface OpenOptions {
  /**
   * The cache folder (`CACHE_DIR`): each corpus file's extracted facts, keyed by its content and the
   * extractor's version, and a snapshot of the indexes. Without one, nothing is cached.
   */
  cacheDir?: string;
  /** Worker threads for extraction (default: one per core). */
  workers?: number;
  /** Told of a cache problem found after start-up (a record that cannot be read back). */
  onCacheProblem?: (message: string) => void;
  /** Told how far loading is through the files it reads (none when all are in the cache's snapshot). */
  onProgress?: OnProgress;
}

export interface OpenedKnowledgeBase {
  kb: KnowledgeBase;
  /** Corpus files that could not be used as they are (`loaded.newWarnings`: those not told before). */
  warnings: CorpusWarning[];
  /** What was wrong with the cache, in words: what was found wrong was rebuilt, never trusted. */
  cacheWarnings: string[];
  /** Articles new since the cache was written (none on a first start, when all are). */
  added: string[];
  /**
   * What loading read: files read, files extracted (not found in the cache), articles removed, warnings
   * and documentation files left out seen for the first time.
   */
  loaded: SyncResult;
  /** Keeps the knowledge base in line with the corpus folder (see `watchCorpus`). */
  corpus: CorpusSync;
  /** Writes the cache's snapshot, so that the next start finds the indexes as they are now. */
  save(): Promise<void>;
}

/** Where a corpus folder's cache lives: the records are shared, each corpus folder has its snapshot. */
export function cacheLayout(cacheDir: string, corpusDir: string): { records: string; snapshot: string } {
  const corpus = path.resolve(corpusDir);
  const name = `${path.basename(corpus) || 'corpus'}-${createHash('sha256').update(corpus).digest('hex').slice(0, 12)}`;
  return {
    records: path.join(cacheDir, 'records'),
    snapshot: path.join(cacheDir, 'index', `${name}.snapshot`),
  };
}

/**
 * Loads a corpus folder: from the cache's snapshot when there is one, then bringing it in line with the
 * folder (only new and changed files are read; only files not in the cache are extracted, in worker
 * threads). Throws only when the folder cannot be read.
 */
export async function openKnowledgeBase(
  corpusDir: string,
  options: OpenOptions = {},
): Promise<OpenedKnowledgeBase> {
  const cache = options.cacheDir ? cacheLayout(options.cacheDir, corpusDir) : undefined;
  const corpus = path.resolve(corpusDir);
  const cacheWarnings: string[] = [];
  let snapshot: CacheSnapshot | undefined;
  if (cache) {
    const [read] = await Promise.allSettled([
      readSnapshot(cache.snapshot, corpus),
      removeStaleTemporaries(cache.records),
      removeStaleTemporaries(path.dirname(cache.snapshot)),
    ]);
    if (read.status === 'fulfilled') snapshot = read.value;
    else if ((read.reason as NodeJS.ErrnoException).code !== 'ENOENT') {
      cacheWarnings.push(`the cached index ${cache.snapshot} ${errorText(read.reason)}: rebuilding it`);
    }
  }
  // The knowledge base is made before the sync that reads a damaged record's file again.
  const late: { sync?: CorpusSync } = {};
  const told = new Set<string>();
  /** Says once per file that its record cannot be read, and syncs the file, which writes its record again. */
  const readAgain = (file: string, error: Error) => {
    if (told.has(file)) return;
    told.add(file);
    options.onCacheProblem?.(
      `the cached facts of ${file} cannot be read (${error.message}); reading the file again`,
    );
    void late.sync?.refresh(file);
  };
  const kbOptions = {
    // The answer under way gets the facts now, made again from the file when it is unchanged…
    store: cache
      ? new RecordFolder(cache.records, (key, error) => {
          const again = late.sync?.recordAgain(key);
          if (again) readAgain(again.file, error);
          return again?.text;
        })
      : undefined,
    // …and from the sync of the file when it changed.
    onRecordError: (article: { file: string }, error: Error) => readAgain(article.file, error),
  };
  let kb: KnowledgeBase;
  try {
    kb = new KnowledgeBase(kbOptions, snapshot?.knowledge);
  } catch (error) {
    cacheWarnings.push(
      `the cached index ${cache?.snapshot} does not fit together (${errorText(error)}): rebuilding it`,
    );
    snapshot = undefined;
    kb = new KnowledgeBase(kbOptions);
  }
  const sync = new CorpusSync(
    kb,
    { corpusDir, recordsDir: cache?.records, workers: options.workers },
    snapshot?.files,
  );
  late.sync = sync;
  const result = await sync.sync(undefined, options.onProgress);
  for (const problem of result.cacheProblems) cacheWarnings.push(problem);
  const save = async () => {
    if (!cache || !sync.unsaved || !sync.allStored) return;
    await sync.save(cache.snapshot);
  };
  if (cache) {
    try {
      await save();
    } catch (error) {
      cacheWarnings.push(`cannot write the cached index ${cache.snapshot} (${writeFailure(error)})`);
    }
  }
  return {
    kb,
    warnings: result.warnings,
    cacheWarnings,
    added: snapshot ? result.added : [],
    loaded: result,
    corpus: sync,
    save,
  };
}
