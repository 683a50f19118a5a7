import MiniSearch from 'minisearch';
import type { PackedIndex, ScoredDocuments } from './miniSearchInternals.js';
import {
  documentFrequency,
  fuzzyTerms,
  hasPrefix,
  packIndex,
  scoreQuery,
  unpackIndex,
} from './miniSearchInternals.js';

export type { PackedIndex } from './miniSearchInternals.js';
import { editDistance } from '../text/editDistance.js';
import { indexTerms, tokenizeForIndex } from './searchTerms.js';

/** What an index holds: the fields it searches, and the few it stores for answers to read without a lookup. */
export interface IndexSpec {
  /** Fields searched, each a text. */
  fields: readonly string[];
  /** Fields kept with each document and given back with each hit (as MiniSearch's `storeFields`). */
  storeFields?: readonly string[];
}

/** A document to index: its id (a fact's or passage's id) and the text of each field. */
export type IndexDocument = { id: string } & Record<string, string>;

/**
 * A word of a query as searched: the index terms that stand for it (each with its weight: 1 for the word as
 * typed, less for a stand-in), whether it also matches the longer terms it begins (a word still being
 * typed), and whether documents holding it are candidates (default: yes). A word that does not open
 * candidates only adds to the scores of documents that hold an opening one: a query plan that knows a
 * document cannot answer without a rarer word need not score every document holding "year".
 * A plain string is a term of weight 1.
 */
export type SearchWord =
  string | { terms: readonly { term: string; weight: number }[]; prefix?: boolean; opens?: boolean };

/** A document that matched: its id, its score, the fields that hold each word of the query, its stored fields. */
export interface SearchHit {
  readonly id: string;
  readonly score: number;
  /** Per word of the query, the fields that hold it ([] for a word it lacks). */
  readonly found: string[][];
  /** The same as bits, for word `w` of the query: bit f stands for `fields[f]` (for loops over many hits). */
  fieldBits(w: number): number;
  /** The fields searched, in the order of the bits. */
  readonly fields: readonly string[];
  readonly stored: Record<string, string>;
}

export interface SearchOptions {
  /** Fields to search (default: all). */
  fields?: readonly string[];
  /** Weight of each field (default 1); naming a field the index does not have is an error. */
  boost?: Record<string, number>;
  /** OR (default): any word; AND: every word. */
  combineWith?: 'AND' | 'OR';
  /** Only these documents (by id) are candidates, whichever words they hold. */
  within?: Iterable<string>;
}

/** An index term close to a word: how far it is (edits, two swapped letters counting as one) and how common. */
export interface CloseTerm {
  term: string;
  distance: number;
  documents: number;
}

/**
 * A full-text index: MiniSearch (BM25+, field boosts, prefix matching) over documents named by string ids,
 * with terms processed by `indexTerms` (folded, stemmed, stop words out). Queries come as processed terms,
 * so that the query plan (`query/findMatches.ts`) decides which words stand for a misspelt one.
 *
 * Documents are discarded by id (MiniSearch's `discard`): gone from searches at once, their postings
 * dropped by MiniSearch's own vacuuming later.
 */
export class SearchIndex {
  readonly fields: readonly string[];
  private readonly storeFields: readonly string[];
  private readonly engine: MiniSearch<IndexDocument>;

  constructor(spec: IndexSpec, saved?: PackedIndex) {
    this.fields = spec.fields;
    this.storeFields = spec.storeFields ?? [];
    const options = {
      fields: [...spec.fields],
      storeFields: [...(spec.storeFields ?? [])],
      processTerm: indexTerms,
      tokenize: tokenizeForIndex,
    };
    this.engine = new MiniSearch(options);
    if (saved) unpackIndex(this.engine, saved, spec.fields.length);
  }

  get documentCount(): number {
    return this.engine.documentCount;
  }

  add(document: IndexDocument): void {
    this.engine.add(document);
  }

  /** Removes a document from searches (nothing happens for an id the index does not hold). */
  discard(id: string): void {
    if (this.engine.has(id)) this.engine.discard(id);
  }

  /** Documents holding the words (processed terms), best first, scored as MiniSearch scores them. */
  search(words: readonly SearchWord[], options: SearchOptions = {}): SearchHit[] {
    return this.score(words, options).sort((a, b) => b.score - a.score);
  }

  /** The hits of `search`, in no order: for a caller that ranks them its own way. */
  score(words: readonly SearchWord[], options: SearchOptions = {}): SearchHit[] {
    if (words.length === 0) return [];
    for (const field of Object.keys(options.boost ?? {})) {
      if (!this.fields.includes(field))
        throw new Error(`no field "${field}" to boost; fields: ${this.fields}`);
    }
    const fields = options.fields ?? this.fields;
    const boosts = Object.fromEntries(fields.map((field) => [field, options.boost?.[field] ?? 1]));
    const planned = words.map((word) =>
      typeof word === 'string'
        ? { terms: [{ term: word, weight: 1 }], prefix: false, opens: true }
        : { terms: word.terms, prefix: word.prefix ?? false, opens: word.opens ?? true },
    );
    if (options.combineWith === 'AND') {
      // Every word must be there: candidates are the documents of the rarest, the others are looked up.
      const rarity = planned.map((word) =>
        word.terms.reduce((n, { term }) => n + this.documentFrequency(term), 0),
      );
      const rarest = rarity.indexOf(Math.min(...rarity));
      planned.forEach((word, w) => (word.opens = w === rarest));
    }
    const scored = scoreQuery(this.engine, planned, boosts, options.within);
    const hits: SearchHit[] = [];
    for (let i = 0; i < scored.count; i++) {
      let held = 0;
      for (let w = 0; w < scored.words; w++) if (scored.bits[i * scored.words + w]) held++;
      if (held === 0 || (options.combineWith === 'AND' && held < scored.words)) continue;
      // As MiniSearch ranks: the score times the number of the query's words the document holds.
      const hit = new Hit(scored, i, scored.scores[i]! * held, fields, this.storeFields);
      hits.push(hit);
    }
    return hits;
  }

  /** How many documents hold a processed term (0 for a word the index has never seen). */
  documentFrequency(term: string): number {
    return documentFrequency(this.engine, term);
  }

  /** Whether some index term begins with a processed term (the term itself included). */
  hasPrefix(term: string): boolean {
    return hasPrefix(this.engine, term);
  }

  /** Index terms within `maxDistance` edits of a processed term, the closest and then the commonest first. */
  closeTerms(term: string, maxDistance: number): CloseTerm[] {
    if (maxDistance <= 0) {
      const documents = this.documentFrequency(term);
      return documents > 0 ? [{ term, distance: 0, documents }] : [];
    }
    // Two swapped letters are two edits to MiniSearch and one to a reader: each swap is looked up as it is.
    const found = new Map(fuzzyTerms(this.engine, term, maxDistance).map((close) => [close.term, close]));
    for (let i = 0; i + 1 < term.length; i++) {
      const swapped = term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2);
      const documents = swapped === term ? 0 : this.documentFrequency(swapped);
      if (documents > 0 && !found.has(swapped)) found.set(swapped, { term: swapped, distance: 1, documents });
    }
    return [...found.values()]
      .map((close) => ({ ...close, distance: Math.min(close.distance, editDistance(term, close.term)) }))
      .filter((close) => close.documents > 0)
      .sort((a, b) => a.distance - b.distance || b.documents - a.documents || (a.term < b.term ? -1 : 1));
  }

  /** The index as flat arrays, to save and load back (`new SearchIndex(spec, packed)`). */
  pack(): PackedIndex {
    return packIndex(this.engine, this.fields.length);
  }
}

/** A hit whose field names and stored fields are made only when read: a query may score thousands. */
class Hit implements SearchHit {
  private names?: string[][];
  private values?: Record<string, string>;

  constructor(
    private readonly scored: ScoredDocuments,
    private readonly at: number,
    readonly score: number,
    readonly fields: readonly string[],
    private readonly storeFields: readonly string[],
  ) {}

  get id(): string {
    return this.scored.id(this.at);
  }

  fieldBits(w: number): number {
    return this.scored.bits[this.at * this.scored.words + w]!;
  }

  get found(): string[][] {
    return (this.names ??= Array.from({ length: this.scored.words }, (_, w) =>
      this.fields.filter((_, f) => this.fieldBits(w) & (1 << f)),
    ));
  }

  get stored(): Record<string, string> {
    const values = this.scored.stored(this.at);
    // Stored as indexed: strings, given back as they are unless one is missing (a thousand hits may be read).
    if (values && this.storeFields.every((field) => typeof values[field] === 'string'))
      return values as Record<string, string>;
    return (this.values ??= Object.fromEntries(
      this.storeFields.map((field) => [field, String(values?.[field] ?? '')]),
    ));
  }
}
