import { BoundedMap } from '../boundedMap.js';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CorpusWarning } from '../corpus/loadCorpus.js';
import { extractorId } from './extractorId.js';
import { temporaryPath } from './temporaryFiles.js';
import type { Fact, Passage } from '../types.js';
import type {
  ArticleInfo,
  RecordRef,
  RecordStore,
  StoredArticle,
  StoredFact,
  StoredPassage,
} from '../model.js';
import { decodeFact, decodePassage, factPosition, passageOfFact } from './storedArticle.js';
import { asError } from '../errors.js';

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

/**
 * A record as text, one JSON value a line: a header, then for each article a line with its info, its facts'
 * ids and its number of passages, followed by a line for each passage and each fact. An answer that shows
 * one fact of an article reads that line (and its passage's), not the whole article.
 */
export function recordText({ articles, ...header }: StoredFile): string {
  const lines = [JSON.stringify({ ...header, count: articles.length })];
  for (const { info, ids, passages, facts } of articles) {
    lines.push(JSON.stringify({ info, ids, passages: passages.length }));
    for (const passage of passages) lines.push(JSON.stringify(passage));
    for (const fact of facts) lines.push(JSON.stringify(fact));
  }
  return lines.join('\n');
}

/** The record in `text`; throws, saying why, when it is damaged or not the record of `key`. */
export function parseRecord(text: string, key: string): StoredFile {
  const record = new RecordLines(text, key);
  const { count, ...header } = record.header;
  const articles = Array.from({ length: count }, (_, position) => record.article(position));
  if (!record.ends(articles.length)) throw new Error('record longer than it says');
  return { ...header, articles };
}

type RecordHeader = Omit<StoredFile, 'articles'> & { count: number };

function checkHeader(line: string, key: string): RecordHeader {
  const header = JSON.parse(line) as Partial<RecordHeader>;
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
  return header as RecordHeader;
}

/** Where an article is in a record: the line of its first passage, its facts following its passages. */
interface ArticleHead {
  info: ArticleInfo;
  ids: string[];
  passages: number;
  first: number;
}

/** A record's lines, each parsed only when asked for. */
class RecordLines {
  readonly header: RecordHeader;
  /** Where each line starts, and where the text ends. */
  private readonly starts: number[] = [0];
  private readonly heads: ArticleHead[] = [];

  constructor(
    private readonly text: string,
    key: string,
  ) {
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) this.starts.push(at + 1);
    this.starts.push(text.length + 1);
    this.header = checkHeader(this.line(0), key);
  }

  head(position: number): ArticleHead {
    if (position >= this.header.count) throw new Error(`record has no article ${position}`);
    while (this.heads.length <= position) {
      const previous = this.heads[this.heads.length - 1];
      const at = previous ? previous.first + previous.passages + previous.ids.length : 1;
      const head = JSON.parse(this.line(at)) as Omit<ArticleHead, 'first'>;
      if (!head.info || !Array.isArray(head.ids) || typeof head.passages !== 'number')
        throw new Error('damaged record');
      this.heads.push({ ...head, first: at + 1 });
    }
    return this.heads[position]!;
  }

  passage(position: number, index: number): StoredPassage {
    const head = this.head(position);
    if (index >= head.passages) throw new Error(`article has no passage ${index}`);
    return JSON.parse(this.line(head.first + index)) as StoredPassage;
  }

  fact(position: number, index: number): StoredFact {
    const head = this.head(position);
    return JSON.parse(this.line(head.first + head.passages + index)) as StoredFact;
  }

  article(position: number): StoredArticle {
    const { info, ids, passages } = this.head(position);
    return {
      info,
      ids,
      passages: Array.from({ length: passages }, (_, i) => this.passage(position, i)),
      facts: ids.map((_, i) => this.fact(position, i)),
    };
  }

  /** Whether the record holds nothing after its first `count` articles. */
  ends(count: number): boolean {
    const last = count === 0 ? undefined : this.head(count - 1);
    const lines = last ? last.first + last.passages + last.ids.length : 1;
    return lines === this.starts.length - 1;
  }

  private line(index: number): string {
    if (index + 1 >= this.starts.length) throw new Error('record cut short');
    return this.text.slice(this.starts[index], this.starts[index + 1]! - 1);
  }
}

export function recordPath(recordsDir: string, key: string): string {
  return path.join(recordsDir, key.slice(0, 2), `${key}.json`);
}

/**
 * Writes a record so that a reader sees the whole of it or nothing (a new name, then a rename). A write
 * that fails (a full disk) takes its temporary file with it.
 */
export function writeRecord(recordsDir: string, key: string, text: string): void {
  const target = recordPath(recordsDir, key);
  const temporary = temporaryPath(target);
  try {
    try {
      writeFileSync(temporary, text);
    } catch (error) {
      // The first record of its subfolder: make the folder (rarely, so no `mkdir` for every record).
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(temporary, text);
    }
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** How many record files `RecordFolder` keeps read: an answer often shows several facts of one article. */
const OPEN_RECORDS = 64;

/** Makes a record again when its file in the folder cannot be read; `undefined` when it cannot be made. */
export type RecoverRecord = (key: string, error: Error) => string | undefined;

/**
 * The record folder as the knowledge base's store: an article, a passage or a fact read back at a time. A
 * record that cannot be read (damaged, lost) is made again by `recover`, so that the answer has its facts.
 */
export class RecordFolder implements RecordStore {
  private readonly recent = new BoundedMap<string, RecordLines>(OPEN_RECORDS);

  constructor(
    readonly dir: string,
    private readonly recover?: RecoverRecord,
  ) {}

  article({ key, position }: RecordRef): StoredArticle {
    return this.read(key, (record) => record.article(position));
  }

  passage({ key, position }: RecordRef, index: number): Passage {
    return this.read(key, (record) =>
      decodePassage(record.head(position).info, record.passage(position, index), index),
    );
  }

  fact(ref: RecordRef, id: string): Fact | undefined {
    return this.read(ref.key, (record) => factOf(record, ref.position, id));
  }

  /** `use` of the record; a record found damaged, on opening it or on the line `use` reads, is made again. */
  private read<T>(key: string, use: (record: RecordLines) => T): T {
    try {
      return use(this.record(key));
    } catch (error) {
      const text = this.recover?.(key, asError(error));
      if (text === undefined) throw error;
      const record = new RecordLines(text, key);
      this.recent.set(key, record);
      return use(record);
    }
  }

  private record(key: string): RecordLines {
    let record = this.recent.get(key);
    if (!record)
      this.recent.set(key, (record = new RecordLines(readFileSync(recordPath(this.dir, key), 'utf8'), key)));
    return record;
  }
}

function factOf(record: RecordLines, position: number, id: string): Fact | undefined {
  const head = record.head(position);
  const at = factPosition(head, id);
  if (at < 0) return undefined;
  const stored = record.fact(position, at);
  const index = passageOfFact(stored);
  return decodeFact(head.info, stored, id, decodePassage(head.info, record.passage(position, index), index));
}
