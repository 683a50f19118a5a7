import { decodeArticle, decodeFacts, encodeFacts, infoOf } from './cache/storedArticle.js';
import type { ExtractedArticle } from './extract/extractFacts.js';
import { extractFacts } from './extract/extractFacts.js';
import type { IndexName } from './index/factIndexes.js';
import { documentsOf, INDEX_NAMES, INDEX_SPECS } from './index/factIndexes.js';
import { SearchIndex } from './index/searchIndex.js';
import { articleIdOf, factId, idInArticle, localId, parsePassageId, passageId } from './ids.js';
import type {
  ArticleInfo,
  KnowledgeSnapshot,
  RecordRef,
  RecordStore,
  SnapshotArticle,
  StoredFact,
} from './model.js';
import type { Article, Fact, FactKind, Passage } from './types.js';
import { asError } from './errors.js';

export interface KnowledgeStats {
  articles: number;
  passages: number;
  people: number;
  events: number;
  quotes: number;
}

export interface KnowledgeBaseOptions {
  store?: RecordStore;
  /** Told when a stored record cannot be read: the article's facts are missing from answers until re-read. */
  onRecordError?: (article: ArticleInfo, error: Error) => void;
}

/** An article's place in the knowledge base. */
interface Entry {
  info: ArticleInfo;
  /** The ids of its documents in each index, to discard them when the article goes. */
  documents: Record<IndexName, string[]>;
  /**
   * People are kept in memory: `/who` groups every matching person, too many to read from disk. Loaded
   * from a snapshot they stay as its JSON bytes until an answer needs them: parsing every article's
   * people would hold up a cold start.
   */
  people: Fact[] | Uint8Array;
  extracted?: ExtractedArticle;
  stored?: RecordRef;
}

/**
 * Everything the query functions read: the articles, their passages and facts, and the indexes over them
 * (MiniSearch, one per kind of fact and one of passages, documents named by the ids of the facts and
 * passages they stand for). Articles can be added and removed one at a time, so that a changed corpus
 * file needs no rebuild.
 *
 * For a large corpus the passages and facts stay on disk (the cache's record files) and are read when an
 * answer needs them; people and the indexes stay in memory.
 */
export class KnowledgeBase {
  readonly indexes: Record<IndexName, SearchIndex>;
  private readonly entries = new Map<string, Entry>();
  private readonly store: RecordStore | undefined;
  private readonly onRecordError: KnowledgeBaseOptions['onRecordError'];
  private changes = 0;

  constructor(options: KnowledgeBaseOptions = {}, snapshot?: KnowledgeSnapshot) {
    this.store = options.store;
    this.onRecordError = options.onRecordError;
    this.indexes = perIndex((name) => new SearchIndex(INDEX_SPECS[name], snapshot?.indexes[name]));
    if (snapshot) this.restore(snapshot);
  }

  static build(articles: Iterable<Article>): KnowledgeBase {
    const kb = new KnowledgeBase();
    for (const article of articles) kb.add(article);
    return kb;
  }

  /** Adds an article, or replaces the one with the same id. */
  add(article: Article): void {
    this.addExtracted(infoOf(article), extractFacts(article));
  }

  /**
   * Adds an extracted article, or replaces the one with the same id. With `stored`, its passages and facts
   * are read back from the record store when needed rather than kept in memory.
   */
  addExtracted(info: ArticleInfo, extracted: ExtractedArticle, stored?: RecordRef): void {
    this.remove(info.id);
    const documents = documentsOf(extracted, info);
    const entry: Entry = {
      info,
      documents: perIndex((name) => documents[name].map((document) => document.id)),
      people: extracted.facts.filter((fact) => fact.kind === 'person'),
      ...(stored && this.store ? { stored } : { extracted }),
    };
    for (const name of INDEX_NAMES) for (const document of documents[name]) this.indexes[name].add(document);
    this.entries.set(info.id, entry);
    this.changes++;
  }

  remove(id: string): boolean {
    const entry = this.entries.get(id);
    if (!entry) return false;
    for (const name of INDEX_NAMES) for (const doc of entry.documents[name]) this.indexes[name].discard(doc);
    this.entries.delete(id);
    this.changes++;
    return true;
  }

  /**
   * Grows with every article added, replaced or removed: what is worked out from the whole knowledge base
   * (help's examples) is kept while it stays the same.
   */
  get generation(): number {
    return this.changes;
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  fact(id: string): Fact | undefined {
    const entry = this.entryOf(id);
    if (!entry) return undefined;
    const person = this.peopleOf(entry).find((fact) => fact.id === id);
    if (person) return person;
    if (entry.extracted) return entry.extracted.facts.find((fact) => fact.id === id);
    return this.fromStore(entry, (store, ref) => store.fact(ref, id));
  }

  passage(id: string): Passage | undefined {
    const entry = this.entryOf(id);
    if (!entry) return undefined;
    if (entry.extracted) return entry.extracted.passages.find((passage) => passage.id === id);
    const index = parsePassageId(id)?.index;
    if (index === undefined) return undefined;
    return this.fromStore(entry, (store, ref) => store.passage(ref, index));
  }

  /** The passages of one article, in text order, read one by one as they are asked for. */
  *articlePassages(articleId: string): Iterable<Passage> {
    for (let index = 0, passage; (passage = this.passage(passageId(articleId, index))); index++)
      yield passage;
  }

  /** The passage before this one in its article (`undefined` for the first). */
  passageBefore(id: string): Passage | undefined {
    const at = parsePassageId(id);
    return at && at.index > 0 ? this.passage(passageId(at.articleId, at.index - 1)) : undefined;
  }

  /** The article's title, date, link and file (its text is in its passages). */
  article(id: string): ArticleInfo | undefined {
    return this.entries.get(id)?.info;
  }

  /** The article a fact or passage id belongs to: `a/b#3:event:0` and `a/b#3` to `a/b`. */
  articleOf(id: string): ArticleInfo | undefined {
    return this.entryOf(id)?.info;
  }

  /** The ids of every article, in the order they were added. */
  articleIds(): IterableIterator<string> {
    return this.entries.keys();
  }

  /** Every fact, article by article in the order they were added, each article's facts in text order. */
  *allFacts(): Iterable<Fact> {
    for (const entry of this.entries.values()) yield* this.factsOfEntry(entry);
  }

  /** The facts of one article, in text order ([] for an unknown id). */
  articleFacts(id: string): Fact[] {
    const entry = this.entries.get(id);
    return entry ? this.factsOfEntry(entry) : [];
  }

  /**
   * The facts of one kind of a passage, in text order, read one by one by their ids (see `factId`): an
   * article's facts are a record's decoding, a passage's few a line each.
   */
  passageFacts(id: string, kind: FactKind): Fact[] {
    const facts: Fact[] = [];
    for (let fact; (fact = this.fact(factId(id, kind, facts.length)));) facts.push(fact);
    return facts;
  }

  private factsOfEntry(entry: Entry): Fact[] {
    const extracted =
      entry.extracted ?? this.fromStore(entry, (store, ref) => decodeArticle(store.article(ref)));
    return extracted?.facts ?? [];
  }

  get stats(): KnowledgeStats {
    return {
      articles: this.entries.size,
      passages: this.indexes.passages.documentCount,
      people: this.indexes.people.documentCount,
      events: this.indexes.events.documentCount,
      quotes: this.indexes.quotes.documentCount,
    };
  }

  /**
   * The knowledge base as plain data, for the cache. Every article must be stored (`stored` given when it
   * was added); `storeOf` names the record of those that are not yet, or returns `undefined` to fail.
   */
  snapshot(storeOf: (info: ArticleInfo) => RecordRef | undefined = () => undefined): KnowledgeSnapshot {
    const articles = [...this.entries.values()].map((entry): SnapshotArticle => {
      const stored = entry.stored ?? storeOf(entry.info);
      if (!stored) throw new Error(`article ${entry.info.id} has no stored record`);
      return {
        info: entry.info,
        documents: perIndex((name) => entry.documents[name].map((id) => localId(entry.info.id, id))),
        people:
          entry.people instanceof Uint8Array
            ? entry.people
            : Buffer.from(JSON.stringify(encodeFacts(entry.info, entry.people))),
        stored,
      };
    });
    return { indexes: perIndex((name) => this.indexes[name].pack()), articles };
  }

  private peopleOf(entry: Entry): Fact[] {
    if (entry.people instanceof Uint8Array) {
      const json = Buffer.from(entry.people.buffer, entry.people.byteOffset, entry.people.byteLength);
      entry.people = decodeFacts(entry.info, JSON.parse(json.toString('utf8')) as StoredFact[]);
    }
    return entry.people;
  }

  private restore(snapshot: KnowledgeSnapshot): void {
    const counts = perIndex(() => 0);
    for (const article of snapshot.articles) {
      const documents = perIndex((name) =>
        article.documents[name].map((local) => idInArticle(article.info.id, local)),
      );
      this.entries.set(article.info.id, {
        info: article.info,
        documents,
        people: article.people,
        stored: article.stored,
      });
      for (const name of INDEX_NAMES) counts[name] += documents[name].length;
    }
    for (const name of INDEX_NAMES) {
      if (counts[name] !== this.indexes[name].documentCount)
        throw new Error(
          `${name} index holds ${this.indexes[name].documentCount} documents, articles say ${counts[name]}`,
        );
    }
  }

  /** The entry of the article a fact or passage id belongs to. */
  private entryOf(id: string): Entry | undefined {
    const articleId = articleIdOf(id);
    return articleId === undefined ? undefined : this.entries.get(articleId);
  }

  /** What `read` gives of the article's stored record; a record that cannot be read is told, not thrown. */
  private fromStore<T>(entry: Entry, read: (store: RecordStore, ref: RecordRef) => T): T | undefined {
    if (!entry.stored || !this.store) return undefined;
    try {
      return read(this.store, entry.stored);
    } catch (error) {
      this.onRecordError?.(entry.info, asError(error));
      return undefined;
    }
  }
}

function perIndex<T>(make: (name: IndexName) => T): Record<IndexName, T> {
  return {
    people: make('people'),
    events: make('events'),
    quotes: make('quotes'),
    passages: make('passages'),
  };
}
