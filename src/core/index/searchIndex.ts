import MiniSearch from 'minisearch';
import type { AsPlainObject } from 'minisearch';
import { documentFrequency, fuzzyTerms, hasPrefix } from './miniSearchTerms.js';
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

/** A document that matched, best first: its id, score, the query terms it holds, and its stored fields. */
export interface SearchHit {
  id: string;
  score: number;
  /** The query terms found in the document. */
  queryTerms: string[];
  /** Each matched index term with the fields it was found in. */
  match: Record<string, string[]>;
  stored: Record<string, string>;
}

export interface SearchOptions {
  /** Fields to search (default: all). */
  fields?: readonly string[];
  /** Weight of each field (default 1); naming a field the index does not have is an error. */
  boost?: Record<string, number>;
  /** Whether the last term also matches the longer words it begins (a word still being typed). */
  prefixLast?: boolean;
  /** Weight of each term (default 1): a word that stands for a misspelt one counts for less. */
  termWeights?: ReadonlyMap<string, number>;
  /** OR (default): any term; AND: every term. */
  combineWith?: 'AND' | 'OR';
  /** Keeps only the hits it accepts. */
  filter?: (hit: SearchHit) => boolean;
}

/** An index term close to a word: how far it is (edits, two swapped letters counting as one) and how common. */
export interface CloseTerm {
  term: string;
  distance: number;
  documents: number;
}

/** MiniSearch's relative weight of a prefix match, kept for the last word of a query. */
const PREFIX_WEIGHT = 0.375;

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

  constructor(spec: IndexSpec, saved?: AsPlainObject) {
    this.fields = spec.fields;
    this.storeFields = spec.storeFields ?? [];
    const options = {
      fields: [...spec.fields],
      storeFields: [...(spec.storeFields ?? [])],
      processTerm: indexTerms,
      tokenize: tokenizeForIndex,
    };
    this.engine = saved ? MiniSearch.loadJS(saved, options) : new MiniSearch(options);
  }

  get documentCount(): number {
    return this.engine.documentCount;
  }

  add(document: IndexDocument): void {
    this.engine.add(document);
  }

  has(id: string): boolean {
    return this.engine.has(id);
  }

  /** Removes a document from searches (nothing happens for an id the index does not hold). */
  discard(id: string): void {
    if (this.engine.has(id)) this.engine.discard(id);
  }

  /** Documents holding the processed `terms`, best first. */
  search(terms: readonly string[], options: SearchOptions = {}): SearchHit[] {
    if (terms.length === 0) return [];
    for (const field of Object.keys(options.boost ?? {})) {
      if (!this.fields.includes(field))
        throw new Error(`no field "${field}" to boost; fields: ${this.fields}`);
    }
    const weights = options.termWeights;
    const last = terms.length - 1;
    const results = this.engine.search(terms.join(' '), {
      tokenize: (query) => query.split(' '),
      processTerm: (term) => term,
      combineWith: options.combineWith ?? 'OR',
      ...(options.fields ? { fields: [...options.fields] } : {}),
      ...(options.boost ? { boost: options.boost } : {}),
      ...(weights ? { boostTerm: (term: string) => weights.get(term) ?? 1 } : {}),
      prefix: (term, i) => options.prefixLast === true && i === last && term.length >= 3,
      weights: { fuzzy: 0, prefix: PREFIX_WEIGHT },
    });
    const hits: SearchHit[] = [];
    for (const result of results) {
      const hit: SearchHit = {
        id: result.id as string,
        score: result.score,
        queryTerms: result.queryTerms,
        match: result.match,
        stored: Object.fromEntries(this.storeFields.map((field) => [field, result[field] as string])),
      };
      if (!options.filter || options.filter(hit)) hits.push(hit);
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
    // Two swapped letters are two edits to MiniSearch and one to a reader: look one edit further, then count.
    return fuzzyTerms(this.engine, term, maxDistance + 1)
      .map((found) => ({ ...found, distance: editDistance(term, found.term) }))
      .filter((found) => found.distance <= maxDistance && found.documents > 0)
      .sort((a, b) => a.distance - b.distance || b.documents - a.documents || (a.term < b.term ? -1 : 1));
  }

  /** The index as MiniSearch's plain object, to save (`JSON.stringify`) and load back (`new SearchIndex`). */
  toJSON(): AsPlainObject {
    return this.engine.toJSON();
  }
}

/** Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, before[j - 2]! + 1);
      row.push(best);
    }
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}
