import type MiniSearch from 'minisearch';

/**
 * The one place that reads MiniSearch's internals: its term tree (`_index`, a radix tree of term → field
 * number → document number → frequency). MiniSearch's public API searches documents; spelling correction
 * and query weighting need the vocabulary itself (which words are near a misspelt one, and how many
 * documents hold a word). `test/core/index/miniSearchTerms.test.ts` fails loudly if an upgrade changes this.
 */

type Postings = Map<number, Map<number, number>>;

interface TermTree {
  get(term: string): Postings | undefined;
  atPrefix(prefix: string): { size: number };
  fuzzyGet(term: string, maxDistance: number): Map<string, [Postings, number]>;
}

function termTree(index: MiniSearch): TermTree {
  const tree = (index as unknown as { _index?: TermTree })._index;
  if (
    !tree ||
    typeof tree.get !== 'function' ||
    typeof tree.fuzzyGet !== 'function' ||
    typeof tree.atPrefix !== 'function'
  )
    throw new Error(
      'MiniSearch internals changed: _index is no longer a SearchableMap (see miniSearchTerms.ts)',
    );
  return tree;
}

/** Documents that hold `term` in their most frequent field (an estimate: discarded ones count until vacuum). */
export function documentFrequency(index: MiniSearch, term: string): number {
  return documentsOf(termTree(index).get(term));
}

/** Whether some index term begins with `prefix` (the term itself included). */
export function hasPrefix(index: MiniSearch, prefix: string): boolean {
  return termTree(index).atPrefix(prefix).size > 0;
}

/** Index terms within `maxDistance` edits (Levenshtein) of `term`, with their distance and document count. */
export function fuzzyTerms(
  index: MiniSearch,
  term: string,
  maxDistance: number,
): { term: string; distance: number; documents: number }[] {
  const found: { term: string; distance: number; documents: number }[] = [];
  for (const [key, [postings, distance]] of termTree(index).fuzzyGet(term, maxDistance)) {
    found.push({ term: key, distance, documents: documentsOf(postings) });
  }
  return found;
}

function documentsOf(postings: Postings | undefined): number {
  let most = 0;
  for (const documents of postings?.values() ?? []) most = Math.max(most, documents.size);
  return most;
}
