/**
 * The core's internal model, shared by the knowledge base, its record store and its snapshot (`types.ts` is
 * the answer contract): kept apart so that the knowledge base and the cache need not import each other.
 */
import type { IndexName } from './index/factIndexes.js';
import type { PackedIndex } from './index/searchIndex.js';
import type { Article, Fact, Passage } from './types.js';

/** An article without its body: what the knowledge base keeps in memory (the body lives on in the passages). */
export type ArticleInfo = Omit<Article, 'text'>;

/**
 * An extracted article as stored in the cache: what can be rebuilt from the article and its passages is
 * written as a placeholder, so a fact does not repeat its article's title, link and sentence. Rebuilt and
 * explicit values give the very objects `extractFacts` made, keys in the same order. Each passage and fact
 * can be decoded on its own, so that an answer reads only the ones it shows (see `cache/storedArticle.ts`).
 */
export interface StoredArticle {
  info: ArticleInfo;
  /** Each fact's `localId` (`3:event:0`). */
  ids: string[];
  /** `[text, start, paragraph, rest?]` (`rest`: the passage's other fields, such as `headline`). */
  passages: StoredPassage[];
  /** Each fact with `id: 0` (see `ids`), `passageId: <passage index>` and `source: 0` where it follows. */
  facts: StoredFact[];
}

export type StoredPassage =
  | [text: string, start: number, paragraph: number]
  | [text: string, start: number, paragraph: number, rest: Record<string, unknown>];
export type StoredFact = Record<string, unknown>;

/** Where an article's extracted record is kept on disk: the record file's key and the article's place in it. */
export interface RecordRef {
  key: string;
  position: number;
}

/** Reads stored records (the cache's record files); throws when a record cannot be read as it was written. */
export interface RecordStore {
  article(ref: RecordRef): StoredArticle;
  passage(ref: RecordRef, index: number): Passage;
  /** The fact with this id, or `undefined` when the article has none such. */
  fact(ref: RecordRef, id: string): Fact | undefined;
}

/** Everything a knowledge base is, as plain data, to save and load (see `cache/snapshotFile.ts`). */
export interface KnowledgeSnapshot {
  /** Each index as flat arrays (see `SearchIndex.pack`). */
  indexes: Record<IndexName, PackedIndex>;
  /** In the order they were added. */
  articles: SnapshotArticle[];
}

export interface SnapshotArticle {
  info: ArticleInfo;
  /** Its documents' ids in each index, each its `localId`. */
  documents: Record<IndexName, string[]>;
  /** As `encodeFacts` writes them, in JSON (UTF-8). */
  people: Uint8Array;
  stored: RecordRef;
}
