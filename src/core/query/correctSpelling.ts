import type { SearchHit, SearchIndex } from '../index/searchIndex.js';
import { termsOf } from '../index/searchTerms.js';
import { typosAllowed } from './findMatches.js';

/** A phrase of the index's own terms (processed: stems), and the best document it finds. */
export interface Correction {
  terms: string[];
  best: SearchHit;
}

/** Close words kept for each word of the query. */
const ALTERNATIVES = 3;
/** Phrases checked against the index at most: each check is one search that stops at its first match. */
const PHRASES_TRIED = 24;
/** What leaving a word out costs, against edits: more than any typo allowed. */
const DROPPED = 3;

interface Choice {
  term: string;
  distance: number;
  /** Negative log of the term's postings: commoner words cost less. */
  rarity: number;
}

/**
 * Phrases close to a query that found nothing, each made of words the index holds and checked to find
 * something, fewest edits first and then the commonest words ("makret shares" → "market shares"). A
 * spelling corrector over the vocabulary: it walks the dictionary once a word instead of scoring every
 * document that a loose fuzzy search would reach.
 */
export function correctSpelling(index: SearchIndex, query: string, limit: number): Correction[] {
  const terms = termsOf(query);
  if (terms.length === 0 || limit <= 0) return [];
  const choices = terms.map((term) => {
    const close: Choice[] = index
      .closeTerms(term, typosAllowed(term))
      .slice(0, ALTERNATIVES)
      .map(({ term, distance, documents }) => ({ term, distance, rarity: -Math.log(documents) }));
    // A word may be left out of a longer question, which then keeps most of what it asked.
    if (terms.length > 2) close.push({ term: '', distance: DROPPED, rarity: 0 });
    return close;
  });
  if (choices.some((list) => list.length === 0)) return [];

  const corrections: Correction[] = [];
  const tried = new Set<string>();
  for (const picks of bestFirst(choices, PHRASES_TRIED)) {
    const words = picks.map((pick, i) => choices[i]![pick]!.term).filter(Boolean);
    const phrase = words.join(' ');
    const unchanged = picks.every((pick, i) => choices[i]![pick]!.distance === 0);
    if (unchanged || words.length === 0 || tried.has(phrase)) continue;
    tried.add(phrase);
    const [best] = index.search(words, { combineWith: 'AND' });
    if (best) corrections.push({ terms: words, best });
    if (corrections.length >= limit) break;
  }
  return corrections;
}

/**
 * The combinations of one choice per word, cheapest first (edits, then rarity), at most `count` of them.
 * Each list is sorted by cost, so a combination is never cheaper than the one it was reached from, and
 * raising only positions at or after the last one raised reaches each combination exactly once.
 */
function* bestFirst(choices: Choice[][], count: number): Generator<number[]> {
  const cost = (picks: number[]) => {
    let distance = 0;
    let rarity = 0;
    picks.forEach((pick, i) => {
      distance += choices[i]![pick]!.distance;
      rarity += choices[i]![pick]!.rarity;
    });
    return { distance, rarity };
  };
  const cheaper = (a: { distance: number; rarity: number }, b: { distance: number; rarity: number }) =>
    a.distance - b.distance || a.rarity - b.rarity;
  const queue = [{ picks: choices.map(() => 0), from: 0, cost: cost(choices.map(() => 0)) }];
  for (let produced = 0; queue.length > 0 && produced < count; produced++) {
    queue.sort((a, b) => cheaper(a.cost, b.cost));
    const { picks, from } = queue.shift()!;
    yield picks;
    for (let i = from; i < picks.length; i++) {
      if (picks[i]! + 1 >= choices[i]!.length) continue;
      const next = picks.slice();
      next[i]!++;
      queue.push({ picks: next, from: i, cost: cost(next) });
    }
  }
}
