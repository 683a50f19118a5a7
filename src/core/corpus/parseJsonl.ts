import type { Article } from '../types.js';
import { ArticleError, errorText } from '../errors.js';
import { parseArticleDate } from './articleDate.js';

type ParsedRecord = Omit<Article, 'file'>;

export interface JsonlResult {
  articles: ParsedRecord[];
  /** Lines that are not articles, each with its 1-based line number and the reason. */
  problems: { line: number; reason: string }[];
}

/**
 * A `.jsonl` file: one article a line, `{"id", "title", "date", "url", "text"}`; a bad line is reported, not
 * fatal, and so is a line longer than `longest` characters (with the reason `tooLong` gives).
 */
export function parseJsonl(content: string, longest: number, tooLong: (size: number) => string): JsonlResult {
  const result: JsonlResult = { articles: [], problems: [] };
  const seen = new Set<string>();
  content
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((line, index) => {
      if (!line.trim()) return;
      if (line.length > longest) {
        result.problems.push({ line: index + 1, reason: tooLong(line.length) });
        return;
      }
      try {
        const article = parseRecord(line);
        if (seen.has(article.id)) throw new ArticleError(`duplicate id ${JSON.stringify(article.id)}`);
        seen.add(article.id);
        result.articles.push(article);
      } catch (error) {
        result.problems.push({ line: index + 1, reason: errorText(error) });
      }
    });
  return result;
}

function parseRecord(line: string): ParsedRecord {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    throw new ArticleError('not valid JSON');
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new ArticleError('not a JSON object');
  }
  const { id, title, date, url, source, text } = record as Record<string, unknown>;
  if ((typeof id !== 'string' || !id.trim()) && typeof id !== 'number') {
    throw new ArticleError('missing "id"');
  }
  if (typeof text !== 'string' || !text.trim()) throw new ArticleError('missing or empty "text"');
  const article: ParsedRecord = { id: String(id).trim(), text: text.trim() };
  if (date !== undefined && date !== null && date !== '') article.date = parseArticleDate(date);
  if (typeof title === 'string' && title.trim()) article.title = title.trim();
  if (typeof url === 'string' && url.trim()) article.url = url.trim();
  if (typeof source === 'string' && source.trim()) article.source = source.trim();
  return article;
}
