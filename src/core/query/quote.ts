import type { KnowledgeBase } from '../knowledgeBase.js';
import type { Item } from '../types.js';
import { findMatches } from './findMatches.js';
import { MAX_ANSWERS } from './limits.js';
import { factItems } from './toItem.js';

/**
 * Quotations by words they contain or by their speaker ("just society", "Koshanov"); with `speaker`, only
 * that person's quotations, about `query` if it is not empty ("What did Koshanov say about domestic violence?").
 */
export function quote(kb: KnowledgeBase, query: string, speaker?: string, minCoverage = 1): Item[] {
  if (speaker === undefined) {
    return factItems(
      kb,
      findMatches(kb.indexes.quotes, query, {
        boost: { quote: 2, speaker: 3, sentence: 0.5 },
        minCoverage,
        limit: MAX_ANSWERS,
      }),
    );
  }
  if (!query.trim()) {
    return factItems(
      kb,
      findMatches(kb.indexes.quotes, speaker, { fields: ['speaker'], limit: MAX_ANSWERS }),
    );
  }
  const bySpeaker = findMatches(kb.indexes.quotes, speaker, { fields: ['speaker'] });
  const ids = new Set(bySpeaker.map((r) => r.id));
  const about = findMatches(kb.indexes.quotes, query, {
    fields: ['quote', 'sentence'],
    boost: { quote: 2, sentence: 0.5 },
    minCoverage,
    filter: (r) => ids.has(r.id),
    limit: MAX_ANSWERS,
  });
  return factItems(kb, about);
}
