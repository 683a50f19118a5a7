import type { KnowledgeBase } from '../knowledgeBase.js';
import type { Item } from '../types.js';
import { findMatches } from './findMatches.js';
import { MAX_ANSWERS } from './limits.js';
import { SEARCH_WEIGHTS } from './searchWeights.js';
import { factItems } from './toItem.js';

/** Dated events about a topic ("Istanbul Convention"), best match first. */
export function when(kb: KnowledgeBase, query: string, minCoverage = 1): Item[] {
  return factItems(
    kb,
    findMatches(kb.indexes.events, query, {
      ...SEARCH_WEIGHTS.events,
      rarity: kb.indexes.passages,
      minCoverage,
      limit: MAX_ANSWERS,
    }),
  );
}
