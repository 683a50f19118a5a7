import type { Article, FactKind, Source } from './types.js';

/**
 * Where a fact comes from, named one way: a passage's id is `${articleId}#${index}`, a fact's
 * `${passageId}:${kind}:${n}` (its `n`th of that kind in the passage), and an answer cites a `Source`. An
 * article's id may itself hold `#` (it is a file name): ids are read from their last `#`.
 */
export function passageId(articleId: string, index: number): string {
  return `${articleId}#${index}`;
}

export function factId(passage: string, kind: FactKind, n: number): string {
  return `${passage}:${kind}:${n}`;
}

/** The article a passage or fact id belongs to (`a/b#3:event:0` and `a/b#3` to `a/b`). */
export function articleIdOf(id: string): string | undefined {
  const hash = id.lastIndexOf('#');
  return hash < 0 ? undefined : id.slice(0, hash);
}

/** A passage id's article and index; `undefined` for any other id, a fact's included. */
export function parsePassageId(id: string): { articleId: string; index: number } | undefined {
  const articleId = articleIdOf(id);
  const index = Number(id.slice(id.lastIndexOf('#') + 1));
  if (articleId === undefined || !Number.isInteger(index)) return undefined;
  return passageId(articleId, index) === id ? { articleId, index } : undefined;
}

/** An id of the article's passages or facts without the `${articleId}#` they all start with (`3:event:0`). */
export function localId(articleId: string, id: string): string {
  return id.slice(articleId.length + 1);
}

/** The id that `localId` shortened. */
export function idInArticle(articleId: string, local: string): string {
  return `${articleId}#${local}`;
}

/** What an answer cites: the article and the sentence it rests on. */
export function sourceOf(article: Pick<Article, 'id' | 'title' | 'date' | 'url'>, sentence: string): Source {
  return {
    id: article.id,
    ...(article.title ? { title: article.title } : {}),
    ...(article.date ? { date: article.date } : {}),
    ...(article.url ? { url: article.url } : {}),
    sentence,
  };
}
