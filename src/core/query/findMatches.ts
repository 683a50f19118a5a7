import type { KnowledgeIndex, SearchOptions, SearchResult } from '../index/knowledgeIndex.js';
import { termsOf } from '../index/searchTerms.js';

export interface MatchOptions {
  boost?: Record<string, number>;
  fields?: string[];
  filter?: (result: SearchResult) => boolean;
  /**
   * Share of the query's terms a result must contain when no result contains them all (1: all of them).
   * Below 1, a free-text question still finds the passage that answers it without every word it used.
   */
  minCoverage?: number;
  /** Only the best `limit` results: the index then ranks without building every match. */
  limit?: number;
}

/** Edit distance allowed for a misspelt term: none for short words, where a typo is another word. */
function fuzziness(term: string): number {
  return term.length <= 3 ? 0 : term.length <= 6 ? 1 : 2;
}

/**
 * Search in rising tolerance, stopping at the first step that finds something: every term as written (the
 * last one may be a prefix), then every term allowing typos, then — if allowed — most of the terms.
 * So exact matches are never drowned by fuzzy ones, and fuzzy search runs only when it is needed.
 */
export function findMatches(
  index: KnowledgeIndex,
  query: string,
  options: MatchOptions = {},
): SearchResult[] {
  const terms = termsOf(query);
  if (terms.length === 0) return [];
  const base: SearchOptions = {
    ...(options.boost ? { boost: options.boost } : {}),
    ...(options.fields ? { fields: options.fields } : {}),
    ...(options.filter ? { filter: options.filter } : {}),
    ...(options.limit !== undefined ? { limit: options.limit } : {}),
  };
  const prefix = (term: string, i: number, all: readonly string[]) =>
    i === all.length - 1 && term.length >= 3;
  const exact = index.search(query, { ...base, combineWith: 'AND', prefix });
  if (exact.length > 0) return exact;
  const fuzzy = index.search(query, { ...base, combineWith: 'AND', prefix, fuzzy: fuzziness });
  if (fuzzy.length > 0) return fuzzy;
  const minCoverage = options.minCoverage ?? 1;
  if (minCoverage >= 1 || terms.length < 2) return [];
  const needed = Math.ceil(terms.length * minCoverage);
  return index.search(query, { ...base, combineWith: 'OR', prefix, fuzzy: fuzziness, minTerms: needed });
}
