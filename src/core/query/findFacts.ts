import type { KnowledgeBase } from '../knowledgeBase.js';
import type { Fact } from '../types.js';
import { findMatches } from './findMatches.js';
import { MAX_ANSWERS } from './limits.js';
import { SEARCH_WEIGHTS } from './searchWeights.js';

/** The fact indexes, in the order ties are broken. */
const FACT_INDEXES = ['people', 'events', 'quotes'] as const;

/**
 * Facts of every kind that match some words ("Vassilenko": who he is, what he did when, what he said), best
 * first. Scores of different indexes are not comparable, so each index's scores are taken relative to its
 * own best match: the best person, event and quotation come first, then the next best of each.
 * A statement made by several passages is given once.
 */
export function findFacts(kb: KnowledgeBase, query: string, limit = MAX_ANSWERS, minCoverage = 1): Fact[] {
  const scored: { id: string; score: number; order: number }[] = [];
  FACT_INDEXES.forEach((name, order) => {
    const matches = findMatches(kb.indexes[name], query, { ...SEARCH_WEIGHTS[name], minCoverage });
    const best = matches[0]?.relevance ?? 1;
    for (const match of matches) scored.push({ id: match.id, score: match.relevance / best, order });
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  const seen = new Set<string>();
  const facts: Fact[] = [];
  // Facts are read (from disk, for a large corpus) only as far as the list goes.
  for (const { id } of scored) {
    const fact = kb.fact(id);
    if (!fact || seen.has(fact.text)) continue;
    seen.add(fact.text);
    facts.push(fact);
    if (facts.length >= limit) break;
  }
  return facts;
}
