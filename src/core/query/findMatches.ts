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
 * last one may be a prefix), then each misspelt term as the closest words of the index (two letters
 * swapped are one edit), then — if allowed — most of the terms. So exact matches are never drowned by
 * fuzzy ones, and fuzzy search runs only when it is needed.
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
  // A misspelt word stands for its closest words only ("markeng": marking, not market two edits away): the
  // likeliest reading, and a few posting lists to score instead of those of every word within reach.
  const closest = new Map(
    terms.map((term) => [term, index.closeTerms(term, fuzziness(term))[0]?.distance ?? 0]),
  );
  const typos = { fuzzy: (term: string) => closest.get(term) ?? 0, transpositions: true };
  if ([...closest.values()].some((distance) => distance > 0)) {
    const fuzzy = index.search(query, { ...base, combineWith: 'AND', prefix, ...typos });
    if (fuzzy.length > 0) return fuzzy;
  }
  const minCoverage = options.minCoverage ?? 1;
  if (minCoverage >= 1 || terms.length < 2) return [];
  const needed = Math.ceil(terms.length * minCoverage);
  return index.search(query, { ...base, combineWith: 'OR', prefix, ...typos, minTerms: needed });
}
