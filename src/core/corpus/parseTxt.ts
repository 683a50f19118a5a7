import type { Article } from '../types.js';
import { parseArticleDate } from './articleDate.js';

type ParsedArticle = Omit<Article, 'id' | 'file'>;

const HEADER_LINE = /^[ \t]*(title|url|source)[ \t]+(\S.*)$/;
// `date` may also open the first line with the body following on the same line (the seed articles do).
const DATE_HEADER = /^[ \t]*date[ \t]+(\d\S*)[ \t]*(.*)$/;

/**
 * A `.txt` article: optional header lines (`date YYYY-MM-DD`, `title …`, `url …`, `source …`), then the body.
 */
export function parseTxt(content: string): ParsedArticle {
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  const article: ParsedArticle = { text: '' };
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const date = DATE_HEADER.exec(line);
    if (date && article.date === undefined) {
      article.date = parseArticleDate(date[1]);
      if (date[2]) {
        lines[i] = date[2];
        break;
      }
      continue;
    }
    const header = HEADER_LINE.exec(line);
    if (header && article[header[1] as 'title' | 'url' | 'source'] === undefined) {
      article[header[1] as 'title' | 'url' | 'source'] = header[2]!.trim();
      continue;
    }
    break;
  }
  article.text = lines.slice(i).join('\n').trim();
  return article;
}
