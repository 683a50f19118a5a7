import { readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { extractorId } from '../cache/extractorId.js';
import type { StoredFile } from '../cache/recordFile.js';
import {
  parseRecord,
  RECORD_FORMAT,
  recordKey,
  recordPath,
  recordText,
  writeRecord,
} from '../cache/recordFile.js';
import { encodeArticle, infoOf } from '../cache/storedArticle.js';
import { writeFailure } from '../cache/temporaryFiles.js';
import { readArticleFile } from '../corpus/loadCorpus.js';
import { errorText } from '../errors.js';
import { extractFacts } from '../extract/extractFacts.js';

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
  /** A damaged record in the cache, extracted again. */
  cacheProblem?: string;
  /** Why the record could not be written to the cache (the same for every file, naming no path). */
  writeError?: string;
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
 * The record of one corpus file: read from the record folder when its key is there and sound, else
 * extracted now (and stored, when there is a record folder and `write`). What cannot be read becomes a warning.
 */
export async function recordForFile(
  corpusDir: string,
  file: string,
  recordsDir?: string,
  write = true,
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
      // Not there yet (or a cache folder that cannot be read, said when it cannot be written either), or not
      // sound: extracted again below and written over; only a damaged record is said.
      if ((error as NodeJS.ErrnoException).code === undefined) {
        cacheProblem = `the cached facts of ${file} could not be used (${errorText(error)}); extracted again`;
      }
    }
  }
  const text = recordText(buildStoredFile(file, key, bytes));
  let stored = false;
  let writeError: string | undefined;
  if (recordsDir && write) {
    try {
      writeRecord(recordsDir, key, text);
      stored = true;
    } catch (error) {
      // An unwritable cache costs speed, not answers: the articles stay in memory.
      writeError = writeFailure(error);
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
    ...(writeError ? { writeError } : {}),
  };
}

/**
 * The record of `file` made again in this thread, if the file still holds what record `key` was made of:
 * for an answer under way whose record turned out damaged or lost.
 */
export function rebuildRecord(corpusDir: string, file: string, key: string): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path.join(corpusDir, file));
  } catch {
    return undefined;
  }
  return recordKey(file, bytes) === key ? recordText(buildStoredFile(file, key, bytes)) : undefined;
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
