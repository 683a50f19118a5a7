import type { KnowledgeStats } from '../knowledgeBase.js';
import { counted } from '../text/counted.js';

/** What the corpus holds, each count in words with its noun in the right number ("1 article", "6 people"). */
export interface KnownCounts {
  articles: string;
  people: string;
  events: string;
  statements: string;
}

/** The counts every help text and greeting states, worded once for every adapter. */
export function knownCounts(stats: KnowledgeStats): KnownCounts {
  return {
    articles: counted(stats.articles, 'article', 'articles'),
    people: counted(stats.people, 'person', 'people'),
    events: counted(stats.events, 'dated event', 'dated events'),
    statements: counted(stats.quotes, 'statement', 'statements'),
  };
}
