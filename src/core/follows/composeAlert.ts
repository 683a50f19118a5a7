import type { OutgoingMessage } from '../digest/types.js';
import type { ArticleInfo } from '../model.js';
import { toItem } from '../query/toItem.js';
import type { Fact } from '../types.js';

/** What a chat followed that a new article is about, with the article's facts about it. */
export interface FollowedInArticle {
  /** The chat's follows the article matched, as the chat typed them. */
  follows: readonly string[];
  facts: readonly Fact[];
}

/**
 * A follow's alert, sent as a digest is: "New article about “Clara Benz”: A new school in the north", its
 * link, then the facts, each citing its sentence.
 */
export function composeAlert(article: ArticleInfo, { follows, facts }: FollowedInArticle): OutgoingMessage {
  const about = follows.map((words) => `“${words}”`).join(', ');
  const title = article.title ?? article.id;
  return {
    heading: `New article about ${about}: ${title}`,
    notes: [article.url ? `Read it: ${article.url}` : `In the corpus as ${article.file}`],
    entries: facts.map((fact) => ({ kind: fact.kind, reason: 'new', item: toItem(fact) })),
  };
}
