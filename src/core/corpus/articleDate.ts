import { ArticleError } from '../errors.js';

/** Validates an article's date: a real calendar day written `YYYY-MM-DD` (a time part is dropped). */
export function parseArticleDate(value: unknown): string {
  const text = value instanceof Date ? value.toISOString() : typeof value === 'string' ? value.trim() : '';
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (!match) throw new ArticleError(`bad date ${JSON.stringify(value)} (expected YYYY-MM-DD)`);
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) {
    throw new ArticleError(`bad date ${JSON.stringify(value)} (no such day)`);
  }
  return text.slice(0, 10);
}
