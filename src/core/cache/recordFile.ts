import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { CorpusWarning } from '../corpus/loadCorpus.js';
import { readArticleFile } from '../corpus/loadCorpus.js';
import { extractFacts } from '../extract/extractFacts.js';
import { extractorId } from './extractorId.js';
import type { RecordRef, RecordStore } from '../knowledgeBase.js';
import type { StoredArticle } from './storedArticle.js';
import { encodeArticle, infoOf } from './storedArticle.js';

/** Bumped when the layout of a record file changes. */
export const RECORD_FORMAT = 1;

/** What one corpus file gave: its articles' passages and facts, and what was wrong with it. */
export interface StoredFile {
  format: number;
  /** `extractorId()` of the code that made it. */
  extractor: string;
  /** Path relative to the corpus folder. */
  file: string;
  key: string;
  warnings: CorpusWarning[];
  articles: StoredArticle[];
}

/** A corpus file as read and extracted (or found in the cache), with what it looked like on disk. */
export interface FileRecord {
  file: string;
  key: string;
  size: number;
  mtimeMs: number;
  /** The record file's text (see `recordText`): how workers hand it over, and what is written. */
  text: string;
  /** Whether the record is in the cache's record folder (then the articles can be read back from there). */
  stored: boolean;
  /** Whether the file was extracted now (not found in the cache). */
  extracted: boolean;
  /** What was wrong with the cache: a damaged record (extracted again), or one that could not be written. */
  cacheProblem?: string;
}

/**
 * A file's record key: its content, its path (article ids come from it) and the extractor, so that a
 * changed file, a moved one, or facts from another extractor never match.
 */
export function recordKey(file: string, bytes: Uint8Array): string {
  return createHash('sha256')
    .update(`factdesk record ${RECORD_FORMAT} ${extractorId()}\0${file}\0`)
    .update(bytes)
    .digest('hex')
    .slice(0, 40);
}

/** Reads a corpus file's articles and extracts their facts. Never throws on what the file holds. */
export function buildStoredFile(file: string, key: string, bytes: Uint8Array): StoredFile {
  const { articles, warnings } = readArticleFile(file, bytes);
  return {
    format: RECORD_FORMAT,
    extractor: extractorId(),
    file,
    key,
    warnings,
    articles: articles.map((article) => encodeArticle(infoOf(article), extractFacts(article))),
  };
}

/**
 * A record as text: a header line, then one line an article, so that one article of a large `.jsonl`
 * file can be read back without parsing the others.
 */
export function recordText({ articles, ...header }: StoredFile): string {
  return [
    JSON.stringify({ ...header, count: articles.length }),
    ...articles.map((a) => JSON.stringify(a)),
  ].join('\n');
}

/** The record in `text`; throws, saying why, when it is damaged or not the record of `key`. */
export function parseRecord(text: string, key: string): StoredFile {
  const lines = text.split('\n');
  const header = checkHeader(lines[0]!, key);
  const articles = lines.slice(1).map((line) => JSON.parse(line) as StoredArticle);
  if (articles.length !== header.count) throw new Error('record cut short');
  return { ...header, articles };
}

function checkHeader(line: string, key: string): Omit<StoredFile, 'articles'> & { count: number } {
  const header = JSON.parse(line) as Partial<StoredFile> & { count?: number };
  if (!header || typeof header !== 'object') throw new Error('not a record');
  if (header.format !== RECORD_FORMAT) throw new Error(`record format ${String(header.format)}`);
  if (header.extractor !== extractorId())
    throw new Error(`made by another extractor (${String(header.extractor)})`);
  if (header.key !== key) throw new Error('record of another file');
  if (
    typeof header.file !== 'string' ||
    !Array.isArray(header.warnings) ||
    typeof header.count !== 'number'
  ) {
    throw new Error('incomplete record');
  }
  return header as Omit<StoredFile, 'articles'> & { count: number };
}

export function recordPath(recordsDir: string, key: string): string {
  return path.join(recordsDir, key.slice(0, 2), `${key}.json`);
}

/** Writes a record so that a reader sees the whole of it or nothing (a new name, then a rename). */
export function writeRecord(recordsDir: string, key: string, text: string): void {
  const target = recordPath(recordsDir, key);
  const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(temporary, text);
  } catch (error) {
    // The first record of its subfolder: make the folder (rarely, so no `mkdir` for every record).
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(temporary, text);
  }
  renameSync(temporary, target);
}

/**
 * The record of one corpus file: read from the record folder when its key is there and sound, else
 * extracted now (and stored, when there is a record folder). What cannot be read becomes a warning.
 */
export async function recordForFile(
  corpusDir: string,
  file: string,
  recordsDir?: string,
): Promise<FileRecord> {
  let bytes: Uint8Array;
  let size: number;
  let mtimeMs: number;
  try {
    const handle = await open(path.join(corpusDir, file));
    try {
      ({ size, mtimeMs } = await handle.stat());
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    return unreadableRecord(file, `cannot read the file (${String(error)})`);
  }
  const key = recordKey(file, bytes);
  let cacheProblem: string | undefined;
  if (recordsDir) {
    try {
      const text = readFileSync(recordPath(recordsDir, key), 'utf8');
      parseRecord(text, key);
      return { file, key, size, mtimeMs, text, stored: true, extracted: false };
    } catch (error) {
      // Not there yet, or not sound: extracted again below and written over.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        cacheProblem = `the cached facts of ${file} could not be used (${errorText(error)}); extracted again`;
      }
    }
  }
  const text = recordText(buildStoredFile(file, key, bytes));
  let stored = false;
  if (recordsDir) {
    try {
      writeRecord(recordsDir, key, text);
      stored = true;
    } catch (error) {
      // An unwritable cache costs speed, not answers: the articles stay in memory.
      cacheProblem = `cannot write to the cache folder ${recordsDir} (${errorText(error)})`;
    }
  }
  return {
    file,
    key,
    size,
    mtimeMs,
    text,
    stored,
    extracted: true,
    ...(cacheProblem ? { cacheProblem } : {}),
  };
}

/** The record of a file that gave nothing but a warning (it is not remembered, so it is tried again). */
export function unreadableRecord(file: string, reason: string): FileRecord {
  const record: StoredFile = {
    format: RECORD_FORMAT,
    extractor: extractorId(),
    file,
    key: '',
    warnings: [{ file, reason }],
    articles: [],
  };
  return { file, key: '', size: -1, mtimeMs: -1, text: recordText(record), stored: false, extracted: false };
}

/** How many record files `RecordFolder` keeps read (a `.jsonl` record serves many articles). */
const OPEN_RECORDS = 4;

/** The record folder as the knowledge base's store: one article read back at a time. */
export class RecordFolder implements RecordStore {
  private readonly recent = new Map<string, string[]>();

  constructor(readonly dir: string) {}

  read({ key, position }: RecordRef): StoredArticle {
    let lines = this.recent.get(key);
    if (!lines) {
      lines = readFileSync(recordPath(this.dir, key), 'utf8').split('\n');
      const header = checkHeader(lines[0]!, key);
      if (lines.length !== header.count + 1) throw new Error('record cut short');
      this.recent.set(key, lines);
      if (this.recent.size > OPEN_RECORDS) this.recent.delete(this.recent.keys().next().value!);
    }
    const line = lines[position + 1];
    if (line === undefined) throw new Error(`record has no article ${position}`);
    return JSON.parse(line) as StoredArticle;
  }
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
