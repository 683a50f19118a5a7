import type { KnowledgeBase } from '../knowledgeBase.js';
import type { Item } from '../types.js';
import { findMatches } from './findMatches.js';
import { MAX_ANSWERS } from './limits.js';
import { SEARCH_WEIGHTS } from './searchWeights.js';
import { sourceOf } from '../ids.js';

/** Passages about the query's words, best first, each quoted whole with its article. */
export function search(kb: KnowledgeBase, query: string, minCoverage = 1): Item[] {
  const items: Item[] = [];
  for (const match of findMatches(kb.indexes.passages, query, {
    ...SEARCH_WEIGHTS.passages,
    minCoverage,
    limit: MAX_ANSWERS,
  })) {
    const passage = kb.passage(match.id);
    const article = passage && kb.article(passage.articleId);
    if (!passage || !article) continue;
    items.push({ kind: 'passage', text: passage.text, source: sourceOf(article, passage.text) });
    if (items.length >= MAX_ANSWERS) break;
  }
  return items;
}
