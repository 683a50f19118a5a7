import type { Digest } from '../digest/types.js';
import type { ArticleInfo } from '../knowledgeBase.js';
import { toItem } from '../query/toItem.js';
import type { Fact } from '../types.js';

/** What a chat followed that a new article is about, with the article's facts about it. */
export interface FollowedInArticle {
  /** The chat's follows the article matched, as the chat typed them. */
  follows: readonly string[];
  facts: readonly Fact[];
}

/**
 * A follow's alert, in the digest's shape (a heading, notes, cited facts) so that every platform's digest
 * transport and rendering carry it as they carry a digest: "New article about “Clara Benz”: A new school in
 * the north", its link, then the facts, each citing its sentence.
 */
export function composeAlert(article: ArticleInfo, { follows, facts }: FollowedInArticle): Digest {
  const about = follows.map((words) => `“${words}”`).join(', ');
  const title = article.title ?? article.id;
  return {
    localDate: article.date ?? '',
    topic: follows.join(', '),
    preview: false,
    heading: `New article about ${about}: ${title}`,
    notes: [article.url ? `Read it: ${article.url}` : `In the corpus as ${article.file}`],
    entries: facts.map((fact) => ({ kind: fact.kind, reason: 'new', item: toItem(fact) })),
  };
}
