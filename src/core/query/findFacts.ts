import type { FactIndexes } from '../index/factIndexes.js';
import type { KnowledgeBase } from '../knowledgeBase.js';
import type { Fact } from '../types.js';
import { findMatches } from './findMatches.js';
import { MAX_ANSWERS } from './limits.js';

/** Each fact index with the boosts its own query function uses, in the order ties are broken. */
const INDEXES: { index: keyof Omit<FactIndexes, 'passages'>; boost: Record<string, number> }[] = [
  { index: 'people', boost: { name: 3, roles: 1 } },
  { index: 'events', boost: { event: 2, date: 1, sentence: 1 } },
  { index: 'quotes', boost: { quote: 2, speaker: 3, sentence: 0.5 } },
];

/**
 * Facts of every kind that match some words ("Vassilenko": who he is, what he did when, what he said), best
 * first. Scores of different indexes are not comparable, so each index's scores are taken relative to its
 * own best match: the best person, event and quotation come first, then the next best of each.
 * A statement made by several passages is given once.
 */
export function findFacts(kb: KnowledgeBase, query: string, limit = MAX_ANSWERS): Fact[] {
  const scored: { id: string; score: number; order: number }[] = [];
  INDEXES.forEach(({ index, boost }, order) => {
    const results = findMatches(kb.indexes[index], query, { boost });
    const best = results[0]?.score ?? 1;
    for (const result of results) scored.push({ id: result.id, score: result.score / best, order });
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
