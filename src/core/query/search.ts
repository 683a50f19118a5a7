import type { KnowledgeBase } from '../knowledgeBase.js';
import type { Item } from '../types.js';
import { findMatches } from './findMatches.js';
import { MAX_ANSWERS } from './limits.js';

/** Passages about the query's words, best first, each quoted whole with its article. */
export function search(kb: KnowledgeBase, query: string, minCoverage = 0.6): Item[] {
  const items: Item[] = [];
  for (const result of findMatches(kb.indexes.passages, query, {
    boost: { text: 1, title: 0.5 },
    minCoverage,
    limit: MAX_ANSWERS,
  })) {
    const passage = kb.passage(result.id as string);
    const article = passage && kb.article(passage.articleId);
    if (!passage || !article) continue;
    items.push({
      text: passage.text,
      source: {
        id: article.id,
        ...(article.title ? { title: article.title } : {}),
        ...(article.date ? { date: article.date } : {}),
        ...(article.url ? { url: article.url } : {}),
        sentence: passage.text,
      },
    });
    if (items.length >= MAX_ANSWERS) break;
  }
  return items;
}
