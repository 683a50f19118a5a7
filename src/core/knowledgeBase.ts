import type { ArticleInfo, StoredArticle, StoredFact } from './cache/storedArticle.js';
import { decodeArticle, decodeFacts, encodeFacts, factId, infoOf, passageId } from './cache/storedArticle.js';
import type { ExtractedArticle } from './extract/extractFacts.js';
import { extractFacts } from './extract/extractFacts.js';
import type { FactIndexes, IndexName } from './index/factIndexes.js';
import { documentsOf, INDEX_FIELDS, INDEX_NAMES, KIND_INDEX } from './index/factIndexes.js';
import { KnowledgeIndex } from './index/knowledgeIndex.js';
import type { IndexParts } from './index/searchIndex.js';
import { SearchIndex } from './index/searchIndex.js';
import { personKey, roleSetKey } from './personKey.js';
import type { Article, Fact, FactKind, Passage } from './types.js';

export type { ArticleInfo } from './cache/storedArticle.js';

export interface KnowledgeStats {
  articles: number;
  passages: number;
  people: number;
  events: number;
  quotes: number;
}

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

export interface KnowledgeBaseOptions {
  store?: RecordStore;
  /** Told when a stored record cannot be read: the article's facts are missing from answers until re-read. */
  onRecordError?: (article: ArticleInfo, error: Error) => void;
}

/** An article's place in the knowledge base. */
interface Entry {
  info: ArticleInfo;
  /** First document of the article in each index; its documents follow one another. */
  first: Record<IndexName, number>;
  count: Record<IndexName, number>;
  /** Ids that do not follow the usual pattern (see `keys`), by index and place among the article's documents. */
  explicitIds?: Partial<Record<IndexName, string[]>>;
  /**
   * People are kept in memory: `/who` groups every matching person, too many to read from disk. Loaded
   * from a snapshot they stay as its JSON bytes until an answer needs them: parsing every article's
   * people would hold up a cold start by a second at 50,000 articles.
   */
  people: Fact[] | Uint8Array;
  extracted?: ExtractedArticle;
  stored?: RecordRef;
}

/** Everything a knowledge base is, as plain data, to save and load (see `cache/snapshotFiles.ts`). */
export interface KnowledgeSnapshot {
  indexes: Record<IndexName, IndexParts>;
  /** Each document's key (see `KnowledgeBase.keys`). */
  keys: Record<IndexName, Uint32Array>;
  /** In document order. */
  articles: SnapshotArticle[];
}

export interface SnapshotArticle {
  info: ArticleInfo;
  count: Record<IndexName, number>;
  explicitIds?: Partial<Record<IndexName, string[]>>;
  /** As `encodeFacts` writes them, in JSON (UTF-8). */
  people: Uint8Array;
  /** The `personKey` of each of its documents in the people index, in order. */
  personKeys: string[];
  /** The `roleSetKey` of each of its documents in the people index, in order. */
  roleKeys: string[];
  stored: RecordRef;
}

/** Discarded documents an index may hold before a vacuum, at least, and as a share of its documents. */
const VACUUM_AT = { count: 2000, share: 0.25 };

/**
 * Everything the query functions read: the articles, their passages and facts, and the indexes over them.
 * Articles can be added and removed one at a time, so that a changed corpus file needs no rebuild.
 *
 * For a large corpus the passages and facts stay on disk (the cache's record files) and are read when an
 * answer needs them; people and the indexes stay in memory.
 */
export class KnowledgeBase {
  readonly indexes: FactIndexes;
  private readonly search: Record<IndexName, SearchIndex>;
  /** Per index and document: the article it belongs to. */
  private owners: Record<IndexName, (Entry | undefined)[]>;
  /**
   * Per index and document, what its id is made of without reading the article from disk: the passage's
   * index (`${articleId}#${p}`), or for a fact `p × 256 + n` (`${articleId}#${p}:${kind}:${n}`).
   */
  private keys: Record<IndexName, Uint32Array>;
  private readonly entries = new Map<string, Entry>();
  /** Articles by the ids of their facts and passages that do not name the article (`explicitIds`). */
  private readonly unusual = new Map<string, Entry>();
  private readonly store: RecordStore | undefined;
  private readonly onRecordError: KnowledgeBaseOptions['onRecordError'];
  /**
   * Per document of the people index, the number of the person it names (its `personKey`) and of the
   * roles it gives them (its `roleSetKey`): `/who` groups thousands of matches by person and roles, and
   * reads only the one fact it shows of each group.
   */
  private persons: Uint32Array = new Uint32Array(64);
  private roleSets: Uint32Array = new Uint32Array(64);
  private readonly personNumbers = new Numbering();
  private readonly roleSetNumbers = new Numbering();

  constructor(options: KnowledgeBaseOptions = {}, snapshot?: KnowledgeSnapshot) {
    this.store = options.store;
    this.onRecordError = options.onRecordError;
    this.search = perIndex((name) => new SearchIndex(INDEX_FIELDS[name], snapshot?.indexes[name]));
    this.owners = perIndex(() => []);
    this.keys = perIndex((name) => snapshot?.keys[name] ?? new Uint32Array(64));
    this.indexes = perIndex((name) => new KnowledgeIndex(this.search[name], (doc) => this.idOf(name, doc)));
    if (snapshot) this.restore(snapshot);
  }

  static build(articles: Iterable<Article>, options?: KnowledgeBaseOptions): KnowledgeBase {
    const kb = new KnowledgeBase(options);
    for (const article of articles) kb.add(article);
    return kb;
  }

  /** Adds an article, or replaces the one with the same id; `extracted` skips extraction (from a cache). */
  add(article: Article, extracted: ExtractedArticle = extractFacts(article)): void {
    this.addExtracted(infoOf(article), extracted);
  }

  /**
   * Adds an extracted article, or replaces the one with the same id. With `stored`, its passages and facts
   * are read back from the record store when needed rather than kept in memory.
   */
  addExtracted(info: ArticleInfo, extracted: ExtractedArticle, stored?: RecordRef): void {
    this.remove(info.id);
    const entry: Entry = {
      info,
      first: perIndex((name) => this.search[name].nextDocument),
      count: perIndex(() => 0),
      people: extracted.facts.filter((fact) => fact.kind === 'person'),
      ...(stored && this.store ? { stored } : { extracted }),
    };
    const keys = keysOf(info.id, extracted);
    const documents = documentsOf(extracted, info.title);
    for (const name of INDEX_NAMES) {
      for (const { values, position } of documents[name]) {
        const doc = this.search[name].add(values);
        const key = name === 'passages' ? keys.passages[position] : keys.facts[position];
        if (key === undefined) {
          const ids = ((entry.explicitIds ??= {})[name] ??= []);
          while (ids.length < entry.count[name]) ids.push(''); // '': the usual id
          ids.push(name === 'passages' ? extracted.passages[position]!.id : extracted.facts[position]!.id);
        }
        this.setOwner(name, doc, entry, key ?? 0);
        if (name === 'people') {
          const roles = extracted.facts[position]!.person!.roles;
          this.setPerson(doc, personKey(values[0]!), roleSetKey(roles));
        }
        entry.count[name]++;
      }
    }
    this.register(entry);
  }

  remove(id: string): boolean {
    const entry = this.entries.get(id);
    if (!entry) return false;
    for (const name of INDEX_NAMES) {
      for (let doc = entry.first[name]; doc < entry.first[name] + entry.count[name]; doc++) {
        this.search[name].discard(doc);
        this.owners[name][doc] = undefined;
      }
    }
    this.entries.delete(id);
    for (const ids of Object.values(entry.explicitIds ?? {}))
      for (const unusual of ids) this.unusual.delete(unusual);
    if (INDEX_NAMES.some((name) => needsVacuum(this.search[name]))) this.vacuum();
    return true;
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
    const hash = id.lastIndexOf('#');
    const index = hash < 0 ? NaN : Number(id.slice(hash + 1));
    if (!Number.isInteger(index) || passageId(entry.info.id, index) !== id) {
      return this.fromStore(entry, (store, ref) => decodeArticle(store.article(ref)))?.passages.find(
        (passage) => passage.id === id,
      );
    }
    return this.fromStore(entry, (store, ref) => store.passage(ref, index));
  }

  /** The article's title, date, link and file (its text is in its passages). */
  article(id: string): ArticleInfo | undefined {
    return this.entries.get(id)?.info;
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

  private factsOfEntry(entry: Entry): Fact[] {
    const extracted =
      entry.extracted ?? this.fromStore(entry, (store, ref) => decodeArticle(store.article(ref)));
    return extracted?.facts ?? [];
  }

  get stats(): KnowledgeStats {
    return {
      articles: this.entries.size,
      passages: this.search.passages.documentCount,
      people: this.search.people.documentCount,
      events: this.search.events.documentCount,
      quotes: this.search.quotes.documentCount,
    };
  }

  /** Drops discarded documents from the indexes and numbers the rest from 0 again. */
  vacuum(): void {
    const entries = [...this.entries.values()];
    for (const name of INDEX_NAMES) {
      const map = this.search[name].vacuum();
      const keys = new Uint32Array(Math.max(64, this.search[name].nextDocument));
      const persons = name === 'people' ? new Uint32Array(keys.length) : this.persons;
      const roleSets = name === 'people' ? new Uint32Array(keys.length) : this.roleSets;
      const owners: (Entry | undefined)[] = [];
      for (const entry of entries) {
        const first = entry.count[name] > 0 ? map[entry.first[name]]! : this.search[name].nextDocument;
        for (let i = 0; i < entry.count[name]; i++) {
          owners[first + i] = entry;
          keys[first + i] = this.keys[name][entry.first[name] + i]!;
          if (name === 'people') {
            persons[first + i] = this.persons[entry.first[name] + i]!;
            roleSets[first + i] = this.roleSets[entry.first[name] + i]!;
          }
        }
        entry.first[name] = first;
      }
      this.owners[name] = owners;
      this.keys[name] = keys;
      this.persons = persons;
      this.roleSets = roleSets;
    }
  }

  /**
   * The knowledge base as plain data, for the cache. Every article must be stored (`stored` given when it
   * was added); `storeOf` names the record of those that are not yet, or returns `undefined` to fail.
   */
  snapshot(storeOf: (info: ArticleInfo) => RecordRef | undefined = () => undefined): KnowledgeSnapshot {
    this.vacuum();
    const articles = [...this.entries.values()].map((entry): SnapshotArticle => {
      const stored = entry.stored ?? storeOf(entry.info);
      if (!stored) throw new Error(`article ${entry.info.id} has no stored record`);
      return {
        info: entry.info,
        count: entry.count,
        ...(entry.explicitIds ? { explicitIds: entry.explicitIds } : {}),
        people:
          entry.people instanceof Uint8Array
            ? entry.people
            : Buffer.from(JSON.stringify(encodeFacts(entry.info, entry.people))),
        personKeys: Array.from(
          this.persons.subarray(entry.first.people, entry.first.people + entry.count.people),
          (person) => this.personNumbers.key(person),
        ),
        roleKeys: Array.from(
          this.roleSets.subarray(entry.first.people, entry.first.people + entry.count.people),
          (roles) => this.roleSetNumbers.key(roles),
        ),
        stored,
      };
    });
    return {
      indexes: perIndex((name) => this.search[name].toParts()),
      keys: perIndex((name) => this.keys[name].subarray(0, this.search[name].nextDocument)),
      articles,
    };
  }

  private peopleOf(entry: Entry): Fact[] {
    if (entry.people instanceof Uint8Array) {
      const json = Buffer.from(entry.people.buffer, entry.people.byteOffset, entry.people.byteLength);
      entry.people = decodeFacts(entry.info, JSON.parse(json.toString('utf8')) as StoredFact[]);
    }
    return entry.people;
  }

  private restore(snapshot: KnowledgeSnapshot): void {
    const next = perIndex(() => 0);
    for (const article of snapshot.articles) {
      const entry: Entry = {
        info: article.info,
        first: { ...next },
        count: article.count,
        ...(article.explicitIds ? { explicitIds: article.explicitIds } : {}),
        people: article.people,
        stored: article.stored,
      };
      const { personKeys, roleKeys } = article;
      if (personKeys.length !== article.count.people || roleKeys.length !== article.count.people)
        throw new Error(
          `article ${article.info.id} names ${personKeys.length} people with ${roleKeys.length} roles of ${article.count.people}`,
        );
      personKeys.forEach((key, i) => this.setPerson(next.people + i, key, roleKeys[i]!));
      for (const name of INDEX_NAMES) {
        for (let i = 0; i < article.count[name]; i++) this.owners[name][next[name] + i] = entry;
        next[name] += article.count[name];
      }
      this.register(entry);
    }
    for (const name of INDEX_NAMES) {
      if (next[name] !== this.search[name].nextDocument)
        throw new Error(
          `${name} index holds ${this.search[name].nextDocument} documents, articles say ${next[name]}`,
        );
    }
  }

  private register(entry: Entry): void {
    this.entries.set(entry.info.id, entry);
    for (const ids of Object.values(entry.explicitIds ?? {}))
      for (const id of ids) if (id) this.unusual.set(id, entry);
  }

  /** The article a fact or passage id belongs to: `a/b#3:event:0` and `a/b#3` to `a/b`. */
  private entryOf(id: string): Entry | undefined {
    const hash = id.lastIndexOf('#');
    return (hash < 0 ? undefined : this.entries.get(id.slice(0, hash))) ?? this.unusual.get(id);
  }

  private idOf(name: IndexName, doc: number): string {
    const entry = this.owners[name][doc]!;
    const explicit = entry.explicitIds?.[name]?.[doc - entry.first[name]];
    if (explicit) return explicit;
    const key = this.keys[name][doc]!;
    if (name === 'passages') return passageId(entry.info.id, key);
    return factId(passageId(entry.info.id, Math.floor(key / 256)), KIND_OF[name]!, key % 256);
  }

  /** The number of the person a document of the people index names; equal numbers, the same person. */
  personOf(doc: number): number {
    return this.persons[doc]!;
  }

  /** The number of the roles a document of the people index gives; equal numbers, the same roles. */
  rolesOf(doc: number): number {
    return this.roleSets[doc]!;
  }

  /** The article a document of an index comes from. */
  articleOf(name: IndexName, doc: number): ArticleInfo | undefined {
    return this.owners[name][doc]?.info;
  }

  private setPerson(doc: number, key: string, roleKey: string): void {
    this.persons = withRoom(this.persons, doc);
    this.persons[doc] = this.personNumbers.of(key);
    this.roleSets = withRoom(this.roleSets, doc);
    this.roleSets[doc] = this.roleSetNumbers.of(roleKey);
  }

  private setOwner(name: IndexName, doc: number, entry: Entry, key: number): void {
    this.owners[name][doc] = entry;
    this.keys[name] = withRoom(this.keys[name], doc);
    this.keys[name][doc] = key;
  }

  /** What `read` gives of the article's stored record; a record that cannot be read is told, not thrown. */
  private fromStore<T>(entry: Entry, read: (store: RecordStore, ref: RecordRef) => T): T | undefined {
    if (!entry.stored || !this.store) return undefined;
    try {
      return read(this.store, entry.stored);
    } catch (error) {
      this.onRecordError?.(entry.info, error instanceof Error ? error : new Error(String(error)));
      return undefined;
    }
  }
}

const KIND_OF: Partial<Record<IndexName, FactKind>> = Object.fromEntries(
  Object.entries(KIND_INDEX).map(([kind, name]) => [name, kind]),
);

function perIndex<T>(make: (name: IndexName) => T): Record<IndexName, T> {
  return {
    people: make('people'),
    events: make('events'),
    quotes: make('quotes'),
    passages: make('passages'),
  };
}

/**
 * The keys that give each passage's and fact's usual id (see `KnowledgeBase.keys`), by position in the
 * article's passages and facts; `undefined` where an id is made another way.
 */
function keysOf(
  articleId: string,
  extracted: ExtractedArticle,
): { passages: (number | undefined)[]; facts: (number | undefined)[] } {
  const passages = extracted.passages.map((p, i) => (p.id === passageId(articleId, i) ? i : undefined));
  const index = new Map(extracted.passages.map((p, i) => [p.id, i]));
  const counters = new Map<string, number>();
  const facts = extracted.facts.map((fact) => {
    const p = index.get(fact.passageId);
    const counter = `${fact.passageId}:${fact.kind}`;
    const n = counters.get(counter) ?? 0;
    counters.set(counter, n + 1);
    const usual = p !== undefined && n < 256 && fact.id === factId(passageId(articleId, p), fact.kind, n);
    return usual ? p * 256 + n : undefined;
  });
  return { passages, facts };
}

/** A number for each different key, from 0 up, and the key back from its number. */
class Numbering {
  private readonly numbers = new Map<string, number>();
  private readonly keys: string[] = [];

  of(key: string): number {
    let number = this.numbers.get(key);
    if (number === undefined) {
      number = this.keys.push(key) - 1;
      this.numbers.set(key, number);
    }
    return number;
  }

  key(number: number): string {
    return this.keys[number]!;
  }
}

/** `array`, or a copy twice as long when it has no place `at`. */
function withRoom(array: Uint32Array, at: number): Uint32Array {
  if (at < array.length) return array;
  const grown = new Uint32Array(Math.max(at + 1, array.length * 2));
  grown.set(array);
  return grown;
}

function needsVacuum(index: SearchIndex): boolean {
  const discarded = index.discardedCount;
  return discarded >= VACUUM_AT.count && discarded >= VACUUM_AT.share * index.nextDocument;
}
