import type { CloseTerm, IndexMatch, IndexSearchOptions, SearchIndex } from './searchIndex.js';

/** A search result as MiniSearch gives it: the document's id, its score and what matched. */
export interface SearchResult {
  id: string;
  /** The document's number in its index. */
  doc: number;
  score: number;
  terms: string[];
  queryTerms: string[];
  match: Record<string, string[]>;
}

export interface SearchOptions extends IndexSearchOptions {
  /** Keeps only the results it accepts (applied before `limit`). */
  filter?: (result: SearchResult) => boolean;
}

/** A result whose id is made only when read: a `/who` of a common name matches thousands of documents. */
class Result implements SearchResult {
  private madeId?: string;

  constructor(
    private readonly matched: IndexMatch,
    private readonly idOf: (doc: number) => string,
  ) {}

  get id(): string {
    return (this.madeId ??= this.idOf(this.matched.doc));
  }

  get doc(): number {
    return this.matched.doc;
  }

  get score(): number {
    return this.matched.score;
  }

  get terms(): string[] {
    return this.matched.terms;
  }

  get queryTerms(): string[] {
    return this.matched.queryTerms;
  }

  get match(): Record<string, string[]> {
    return this.matched.match;
  }
}

/**
 * One index of the knowledge base as the query functions see it: MiniSearch's `search` and close terms,
 * with documents named by the ids of the facts and passages they stand for.
 */
export class KnowledgeIndex {
  constructor(
    readonly index: SearchIndex,
    private readonly idOf: (doc: number) => string,
  ) {}

  get documentCount(): number {
    return this.index.documentCount;
  }

  search(query: string, options: SearchOptions = {}): SearchResult[] {
    const { filter, limit, ...rest } = options;
    const matches = this.index.search(
      query,
      filter ? rest : { ...rest, ...(limit === undefined ? {} : { limit }) },
    );
    const results: SearchResult[] = matches.map((match) => new Result(match, this.idOf));
    if (!filter) return results;
    const kept = results.filter(filter);
    return limit === undefined ? kept : kept.slice(0, limit);
  }

  /** Index terms close to a processed term, the closest and commonest first (see `SearchIndex`). */
  closeTerms(term: string, maxDistance: number): CloseTerm[] {
    return this.index.closeTerms(term, maxDistance);
  }
}
