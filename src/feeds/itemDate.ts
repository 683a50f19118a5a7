import { parseArticleDate } from '../core/corpus/articleDate.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The day (`YYYY-MM-DD`) of a feed item's date as the feed writes it: ISO 8601 (Atom, JSON Feed, Dublin
 * Core) or RFC 822 (RSS). The day is read in the date's own offset, as its site meant it ("Tue, 05 Mar
 * 2024 23:30 -0500" is the 5th, though it is the 6th in UTC). `undefined` when it is no date.
 */
export function itemDay(raw: string | undefined): string | undefined {
  const text = raw?.trim();
  if (!text) return undefined;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(text)?.[1];
  const rfc822 = /(?:^|\s|,)(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})\b/i.exec(text);
  let day: string | undefined = iso;
  if (!day && rfc822) {
    const month = MONTHS.indexOf(rfc822[2]!.toLowerCase()) + 1;
    if (month > 0) day = `${rfc822[3]}-${String(month).padStart(2, '0')}-${rfc822[1]!.padStart(2, '0')}`;
  }
  if (!day) {
    const at = Date.parse(text);
    if (Number.isNaN(at)) return undefined;
    day = new Date(at).toISOString().slice(0, 10);
  }
  try {
    return parseArticleDate(day);
  } catch {
    return undefined;
  }
}
