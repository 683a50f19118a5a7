import type { BenchArticle } from './benchArticles.js';
import { occurrences, overlap } from './spans.js';

/** A line of `meantime-timex.jsonl`. */
export interface TimexGold {
  file: string;
  text: string;
  value: string;
  type: string;
  line: number;
}

/** A date the system gives, placed on its file line. */
export interface SystemDate {
  file: string;
  line: number;
  start: number;
  end: number;
  iso: string;
  text: string;
}

export interface DateScore {
  gold: number;
  found: number;
  correct: number;
  errors: string[];
}

/** The bench README scores only gold values that are calendar dates (our held-out gold has ranges of them too). */
export const CALENDAR_VALUE = /^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/;

/** Every event fact's date, placed on the file line that holds it. */
export function systemDates(bench: BenchArticle): SystemDate[] {
  const dates: SystemDate[] = [];
  const passages = new Map(bench.extracted.passages.map((p) => [p.id, p]));
  // Facts come in text order; each is the next occurrence of its words not inside one placed before.
  const placed = new Map<string, { start: number; end: number }[]>();
  for (const fact of bench.extracted.facts) {
    if (fact.kind !== 'event' || !fact.date) continue;
    const passage = passages.get(fact.passageId)!;
    const before = placed.get(passage.id) ?? [];
    const cursor = before.length ? before[before.length - 1]!.start : 0;
    const at = occurrences(passage.text, fact.date.text).find(
      (start) =>
        start >= cursor &&
        !before.some((p) => overlap(start, start + fact.date!.text.length, p.start, p.end) > 0),
    );
    if (at === undefined) continue;
    placed.set(passage.id, [...before, { start: at, end: at + fact.date.text.length }]);
    const { line, column } = bench.place(passage, at);
    const end = column + fact.date.text.length;
    dates.push({ file: bench.file, line, start: column, end, iso: fact.date.iso, text: fact.date.text });
  }
  return dates;
}

/**
 * Recall: a gold date is found when the system gives a date on the same line over text that overlaps it.
 * Value: the system's ISO value, cut to the gold's precision, equals the gold value (a coarser value is wrong).
 */
export function scoreDates(
  gold: TimexGold[],
  system: SystemDate[],
  lineText: (file: string, line: number) => string,
): DateScore {
  const calendar = gold.filter((g) => g.type === 'DATE' && CALENDAR_VALUE.test(g.value));
  const score: DateScore = { gold: calendar.length, found: 0, correct: 0, errors: [] };
  const byLine = new Map<string, TimexGold[]>();
  for (const g of calendar)
    byLine.set(`${g.file}:${g.line}`, [...(byLine.get(`${g.file}:${g.line}`) ?? []), g]);
  for (const [key, golds] of byLine) {
    const [file, line] = [key.split(':')[0]!, Number(key.split(':')[1])];
    const text = lineText(file, line);
    const candidates = system.filter((s) => s.file === file && s.line === line);
    for (const { gold, start, end } of placeOnLine(golds, text)) {
      const best = candidates
        .map((s) => ({ s, shared: overlap(start, end, s.start, s.end) }))
        .filter((c) => c.shared > 0)
        .sort((a, b) => b.shared - a.shared)[0]?.s;
      const where = `${file}:${line} “${gold.text}” = ${gold.value}`;
      if (!best) {
        score.errors.push(`missed     ${where}`);
        continue;
      }
      score.found++;
      if (sameAtPrecision(best.iso, gold.value)) score.correct++;
      else score.errors.push(`wrong      ${where}, system “${best.text}” = ${best.iso}`);
    }
  }
  return score;
}

/**
 * A range (`2009/2011`) holds its two ends, which MEANTIME annotates one by one: either may be the gold. A
 * gold range wants the same range.
 */
export function sameAtPrecision(system: string, gold: string): boolean {
  if (gold.includes('/')) {
    const [from, to] = gold.split('/') as [string, string];
    const ends = system.split('/');
    return ends.length === 2 && sameAtPrecision(ends[0]!, from) && sameAtPrecision(ends[1]!, to);
  }
  if (system.includes('/')) return system.split('/').some((end) => sameAtPrecision(end, gold));
  return system.length >= gold.length && system.slice(0, gold.length) === gold;
}

/**
 * Where each gold expression of a line is: the longest first, each at its first occurrence not already
 * taken ("the day" of "ending the day" is not the one inside "late in the day").
 */
function placeOnLine(golds: TimexGold[], text: string): { gold: TimexGold; start: number; end: number }[] {
  const placed: { gold: TimexGold; start: number; end: number }[] = [];
  for (const gold of [...golds].sort((a, b) => b.text.length - a.text.length)) {
    const free = occurrences(text, gold.text).find(
      (start) => !placed.some((p) => overlap(start, start + gold.text.length, p.start, p.end) > 0),
    );
    const start = free ?? Math.max(0, text.indexOf(gold.text));
    placed.push({ gold, start, end: start + gold.text.length });
  }
  return placed;
}
