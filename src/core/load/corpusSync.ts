import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { CorpusFile, CorpusFiles } from '../cache/corpusFiles.js';
import type { StoredFile } from '../cache/recordFile.js';
import { parseRecord } from '../cache/recordFile.js';
import type { FileRecord } from './fileRecord.js';
import { rebuildRecord, recordForFile, unreadableRecord } from './fileRecord.js';
import { RecordPool } from './recordPool.js';
import { writeSnapshot } from '../cache/snapshotFile.js';
import { writeFailure } from '../cache/temporaryFiles.js';
import { decodeArticle } from '../cache/storedArticle.js';
import { errorText } from '../errors.js';
import type { KnowledgeBase } from '../knowledgeBase.js';
import { corpusFileKind } from '../corpus/corpusFileKind.js';
import type { CorpusListing, CorpusWarning } from '../corpus/loadCorpus.js';
import { listCorpusFiles, listCorpusFolder } from '../corpus/loadCorpus.js';
import type { OnProgress } from './loadProgress.js';

/** What a sync changed. */
export interface SyncResult {
  /** Articles the knowledge base did not have, in corpus order. */
  added: string[];
  /** Articles whose file changed, replaced by what it says now. */
  changed: string[];
  removed: string[];
  /** The corpus warnings of the files looked at (every file, on a full sync). */
  warnings: CorpusWarning[];
  /**
   * Those of them not told before: of files new or changed since the knowledge base last saw them (a file
   * unchanged since the cache was written says nothing at the next start).
   */
  newWarnings: CorpusWarning[];
  /** Documentation files seen for the first time, left out of the corpus (see `corpusFileKind`). */
  leftOut: string[];
  /** What was wrong with the cache: damaged records, and the first time it could not be written. */
  cacheProblems: string[];
  /** Files read because they were new or changed (or looked so). */
  filesRead: number;
  /** Files of those whose facts were not in the cache and were extracted. */
  filesExtracted: number;
}

export interface CorpusSyncOptions {
  corpusDir: string;
  /** The cache's record folder; without one, extracted articles stay in memory. */
  recordsDir?: string;
  /** Worker threads for extraction when many files are to be read (default: one per core; 0 for none). */
  workers?: number;
}

/** Below this many files to read, they are read in this thread: starting workers would cost more… */
const WORKERS_FROM = 48;
/** …unless one of them is this long (bytes): its extraction would hold answers for a tenth of a second or more. */
const LONG_FILE = 256 * 1024;
/** Files looked at (stat) in one go before answers get a turn. */
const STAT_SLICE = 2000;
/** How long applying results may hold the thread before answers get a turn. */
const TURN_MS = 15;

/**
 * Keeps a knowledge base in line with its corpus folder: a new file is read and extracted (or its facts
 * taken from the cache), a changed one replaces its articles, a removed one takes them away. Only files
 * whose size or modification time changed are read; their content hash decides whether they changed.
 * Documentation files (`README.md`…) are left out. Syncs run one at a time; answers are served between the
 * files they apply.
 */
export class CorpusSync {
  readonly corpusDir: string;
  private readonly files: Map<string, CorpusFile>;
  private readonly recordsDir: string | undefined;
  private readonly workers: number;
  private readonly listeners = new Set<(ids: string[]) => void>();
  private queue: Promise<unknown> = Promise.resolve();
  /** Whether the knowledge base or the files changed since it was last saved (or loaded from a snapshot). */
  private dirty: boolean;
  /** Why the cache could not be written, once a write failed: it is said once, and not tried again. */
  private writeError: string | undefined;

  constructor(
    readonly kb: KnowledgeBase,
    options: CorpusSyncOptions,
    files: CorpusFiles = {},
  ) {
    this.corpusDir = options.corpusDir;
    this.recordsDir = options.recordsDir;
    this.workers = options.workers ?? availableParallelism();
    this.files = new Map(Object.entries(files));
    this.dirty = this.files.size === 0;
  }

  get unsaved(): boolean {
    return this.dirty;
  }

  /** Calls `listener` with the ids of articles that a sync added (new articles, not changed ones). */
  onArticlesAdded(listener: (ids: string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Brings the knowledge base in line with the corpus folder, or with just the files at `paths`;
   * `onProgress` is told how far it is through the files it reads.
   */
  sync(paths?: readonly string[], onProgress?: OnProgress): Promise<SyncResult> {
    const result = this.queue.then(() => this.run(paths, onProgress));
    this.queue = result.catch(() => undefined);
    return result.then((done) => {
      if (done.added.length > 0) for (const listener of this.listeners) listener(done.added);
      return done;
    });
  }

  /** Reads `file` again though it looks unchanged (its cached record was lost or damaged). */
  refresh(file: string): Promise<SyncResult> {
    const known = this.files.get(file);
    if (known) known.mtimeMs = -1;
    return this.sync([file]);
  }

  /**
   * Writes the knowledge base and the state of the corpus files to `file`, between syncs; nothing once the
   * cache has turned out unwritable (the first failure is thrown, the later writes are not tried).
   */
  save(file: string): Promise<void> {
    const saved = this.queue.then(async () => {
      if (this.writeError !== undefined) return;
      try {
        await writeSnapshot(file, this.corpusDir, {
          files: Object.fromEntries(this.files),
          knowledge: this.kb.snapshot(),
        });
      } catch (error) {
        this.writeError = writeFailure(error);
        throw error;
      }
      this.dirty = false;
    });
    this.queue = saved.catch(() => undefined);
    return saved;
  }

  /**
   * The record `key` made again in this thread from the file it was made of, if that file is unchanged: its
   * cached copy turned out damaged or lost while an answer was reading it (see `RecordFolder`).
   */
  recordAgain(key: string): { file: string; text: string } | undefined {
    for (const [file, state] of this.files) {
      if (state.key !== key) continue;
      const text = rebuildRecord(this.corpusDir, file, key);
      return text === undefined ? undefined : { file, text };
    }
    return undefined;
  }

  /** Every warning of the corpus files as they are now, in file order (what `factdesk status` lists). */
  get warnings(): CorpusWarning[] {
    const warnings: CorpusWarning[] = [];
    for (const [, file] of this.inOrder()) appendAll(warnings, file.warnings);
    return warnings;
  }

  /** The documentation files left out of the corpus, in file order. */
  get leftOut(): string[] {
    return this.inOrder()
      .filter(([, file]) => file.documentation)
      .map(([name]) => name);
  }

  private inOrder(): [string, CorpusFile][] {
    return [...this.files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /** Whether every article can be read back from the cache (so that a snapshot can be written). */
  get allStored(): boolean {
    return [...this.files.values()].every((file) => file.stored || file.articles.length === 0);
  }

  private async run(paths: readonly string[] | undefined, onProgress?: OnProgress): Promise<SyncResult> {
    const result: SyncResult = {
      added: [],
      changed: [],
      removed: [],
      warnings: [],
      newWarnings: [],
      leftOut: [],
      cacheProblems: [],
      filesRead: 0,
      filesExtracted: 0,
    };
    const { candidates, present } = await this.look(paths);
    const owner = new Map<string, string>();
    for (const [file, state] of this.files) for (const id of state.articles) owner.set(id, file);
    const removedIds = new Set<string>();
    const toRead: string[] = [];
    for (const file of candidates.filter((f) => !present.has(f))) {
      for (const id of this.files.get(file)?.articles ?? []) {
        this.kb.remove(id);
        owner.delete(id);
        removedIds.add(id);
      }
      this.files.delete(file);
    }
    for (const [file, { size, mtimeMs }] of [...present].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const known = this.files.get(file);
      if (corpusFileKind(path.basename(file)) === 'documentation') {
        if (!known?.documentation) this.leaveOut(file, size, mtimeMs, owner, removedIds, result);
      } else if (known && known.key && known.size === size && known.mtimeMs === mtimeMs)
        appendAll(result.warnings, known.warnings);
      else toRead.push(file);
    }
    const apply = (record: FileRecord, force: boolean) =>
      this.apply(record, force, owner, removedIds, result);
    result.filesRead = toRead.length;
    const long = toRead.some((file) => present.get(file)!.size >= LONG_FILE);
    const started = performance.now();
    const report = (done: number) =>
      onProgress?.({ done, total: toRead.length, elapsedMs: performance.now() - started });
    if (toRead.length > 0) report(0);
    let done = 0;
    await this.read(
      toRead,
      (record) => {
        apply(record, false);
        report(++done);
      },
      long,
    );
    // A file whose articles another file had first gives them now that that file has let them go.
    const freed = [...this.files]
      .filter(([, state]) => state.skipped.some((id) => !owner.has(id)))
      .map(([f]) => f);
    await this.read(
      freed,
      (record) => apply(record, true),
      freed.some((file) => (present.get(file)?.size ?? 0) >= LONG_FILE),
    );
    result.removed = [...removedIds];
    if (toRead.length > 0 || result.removed.length > 0 || result.leftOut.length > 0) this.dirty = true;
    return result;
  }

  /**
   * Leaves a documentation file out of the corpus, said once: its articles go, if it gave some (to a
   * factdesk that read it as an article), and it is remembered as left out.
   */
  private leaveOut(
    file: string,
    size: number,
    mtimeMs: number,
    owner: Map<string, string>,
    removedIds: Set<string>,
    result: SyncResult,
  ): void {
    for (const id of this.files.get(file)?.articles ?? []) {
      this.kb.remove(id);
      owner.delete(id);
      removedIds.add(id);
    }
    this.files.set(file, {
      size,
      mtimeMs,
      key: '',
      stored: false,
      articles: [],
      skipped: [],
      warnings: [],
      documentation: true,
    });
    result.leftOut.push(file);
  }

  /**
   * The files to look at (every known and present one, or those at `paths`: a folder stands for the files
   * in it), and those of them that are there, with their size and modification time.
   */
  private async look(
    paths?: readonly string[],
  ): Promise<{ candidates: string[]; present: Map<string, { size: number; mtimeMs: number }> }> {
    const filesOf = ({ articles, leftOut }: CorpusListing) => [...articles, ...leftOut];
    let candidates: string[];
    if (!paths)
      candidates = [...new Set([...this.files.keys(), ...filesOf(await listCorpusFolder(this.corpusDir))])];
    else {
      const found = new Set<string>();
      for (const at of paths.map((p) => path.normalize(p))) {
        if (at.split(path.sep).some((part) => part.startsWith('.'))) continue;
        if (corpusFileKind(path.basename(at))) found.add(at);
        for (const known of this.files.keys()) if (known.startsWith(`${at}${path.sep}`)) found.add(known);
        try {
          const inside = filesOf(await listCorpusFiles(path.join(this.corpusDir, at)));
          for (const file of inside) found.add(path.join(at, file));
        } catch {
          // Not a folder, or not there any more.
        }
      }
      candidates = [...found];
    }
    const present = new Map<string, { size: number; mtimeMs: number }>();
    // statSync in slices: at 50,000 files it takes a sixth of the time of as many promises, and answers
    // still get a turn between slices.
    for (let from = 0; from < candidates.length; from += STAT_SLICE) {
      if (from > 0) await nextTurn();
      for (const file of candidates.slice(from, from + STAT_SLICE)) {
        try {
          const stats = statSync(path.join(this.corpusDir, file));
          if (stats.isFile()) present.set(file, { size: stats.size, mtimeMs: stats.mtimeMs });
        } catch {
          // Gone since it was listed (or never there): treated as removed.
        }
      }
    }
    return { candidates, present };
  }

  /**
   * Reads `files` (in workers when there are many, or a `long` one among them), handing each record to
   * `apply` in the files' order.
   */
  private async read(files: string[], apply: (record: FileRecord) => void, long: boolean): Promise<void> {
    if (files.length === 0) return;
    const inWorkers = (files.length >= WORKERS_FROM || long) && this.workers > 0;
    const pool = inWorkers ? new RecordPool(Math.min(this.workers, files.length)) : undefined;
    const window = pool ? this.workers * 4 : 1;
    const pending: (Promise<FileRecord> | undefined)[] = [];
    const start = (i: number) => {
      const file = files[i]!;
      const write = this.writeError === undefined;
      const read = pool
        ? pool.run(this.corpusDir, file, this.recordsDir, write)
        : recordForFile(this.corpusDir, file, this.recordsDir, write);
      pending[i] = read.catch((error: unknown) => failedRecord(file, error));
    };
    try {
      let started = 0;
      let turn = performance.now();
      for (let i = 0; i < files.length; i++) {
        while (started < files.length && started < i + window) start(started++);
        const record = await pending[i]!;
        pending[i] = undefined;
        apply(record);
        if (performance.now() - turn > TURN_MS) {
          await nextTurn();
          turn = performance.now();
        }
      }
    } finally {
      await pool?.close();
    }
  }

  private apply(
    record: FileRecord,
    force: boolean,
    owner: Map<string, string>,
    removedIds: Set<string>,
    result: SyncResult,
  ): void {
    const { file } = record;
    if (record.extracted) result.filesExtracted++;
    if (record.cacheProblem) result.cacheProblems.push(record.cacheProblem);
    if (record.writeError !== undefined && this.writeError === undefined) {
      this.writeError = record.writeError;
      result.cacheProblems.push(
        `cannot write to the cache folder ${this.recordsDir} (${record.writeError}); carrying on without writing to it`,
      );
    }
    let stored: StoredFile;
    try {
      stored = parseRecord(record.text, record.key);
    } catch (error) {
      const warning = { file, reason: `cannot extract its facts (${errorText(error)})` };
      result.warnings.push(warning);
      result.newWarnings.push(warning);
      return;
    }
    const known = this.files.get(file);
    if (!force && known && record.key && known.key === record.key && known.stored === record.stored) {
      // Touched, not changed.
      known.size = record.size;
      known.mtimeMs = record.mtimeMs;
      appendAll(result.warnings, known.warnings);
      return;
    }
    for (const id of known?.articles ?? []) {
      this.kb.remove(id);
      owner.delete(id);
      removedIds.add(id);
    }
    const state: CorpusFile = {
      size: record.size,
      mtimeMs: record.mtimeMs,
      key: record.key,
      stored: record.stored,
      articles: [],
      skipped: [],
      warnings: [...stored.warnings],
    };
    stored.articles.forEach((article, position) => {
      const { id } = article.info;
      const first = owner.get(id);
      if (first !== undefined) {
        state.skipped.push(id);
        state.warnings.push({
          file: article.info.file,
          reason: `duplicate article id "${id}" (also in ${first})`,
        });
        return;
      }
      this.kb.addExtracted(
        article.info,
        decodeArticle(article),
        record.stored ? { key: record.key, position } : undefined,
      );
      owner.set(id, file);
      state.articles.push(id);
      if (removedIds.delete(id)) result.changed.push(id);
      else result.added.push(id);
    });
    appendAll(result.warnings, state.warnings);
    // A changed file's warnings are told again, even when they are the same: it was changed to mend them.
    appendAll(
      result.newWarnings,
      known && known.key === record.key ? newSince(known.warnings, state.warnings) : state.warnings,
    );
    // A file that could not be read is remembered without a key: it is read again at every sync, and its
    // warning told again only when it says something else.
    this.files.set(file, state);
  }
}

/** The warnings of `now` that `before` did not have. */
function newSince(before: readonly CorpusWarning[], now: readonly CorpusWarning[]): CorpusWarning[] {
  const told = new Set(before.map(({ file, reason }) => `${file}\0${reason}`));
  return now.filter(({ file, reason }) => !told.has(`${file}\0${reason}`));
}

/** `to.push(...items)` without spreading: a `.jsonl` file may hold a million warnings, past the stack's limit. */
function appendAll<T>(to: T[], items: readonly T[]): void {
  for (const item of items) to.push(item);
}

function failedRecord(file: string, error: unknown): FileRecord {
  return unreadableRecord(file, `cannot extract its facts (${errorText(error)})`);
}
