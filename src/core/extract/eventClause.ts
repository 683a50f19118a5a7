import { withoutDateline } from '../text/dateline.js';

// Clauses are joined by semicolons and spaced dashes.
const CLAUSE_BREAK = /;\s+|\s[–—]\s/g;
const MIN_CLAUSE_WORDS = 5;

/** What happened on a date: the clause of the sentence that holds the date expression, or the sentence. */
export function eventClause(sentence: string, dateStart: number): string {
  const clauses: { start: number; end: number }[] = [];
  let start = 0;
  for (const match of sentence.matchAll(CLAUSE_BREAK)) {
    clauses.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  clauses.push({ start, end: sentence.length });
  const clause = clauses.find((c) => dateStart >= c.start && dateStart < c.end) ?? {
    start: 0,
    end: sentence.length,
  };
  let text = sentence.slice(clause.start, clause.end).trim();
  if (text.split(/\s+/).length < MIN_CLAUSE_WORDS) text = sentence.trim();
  text = withoutDateline(text);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
