/**
 * Turns what a date expression states into an ISO value at the precision written, resolving what it leaves
 * out (the year of "Dec. 4", the day of "Monday", "last year") against the article's own date.
 */

/** What an expression states. Month is 1-12; weekday is 0 (Sunday) to 6. */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
}

/** How an expression relates to the article's date, when it is relative ("yesterday", "next month"). */
export interface RelativeDate {
  unit: 'day' | 'month' | 'year';
  /** Signed offset from the article's date, in `unit`s. */
  offset: number;
}

/**
 * Whether the sentence looks back (past tense) or forward ("will", "plans to", a later year): it decides
 * whether a bare "June" or "Friday" is the last one before the article or the next one after it.
 */
export type Tense = 'past' | 'future';

/** `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `--MM-DD` or `--MM`; `undefined` when nothing honest can be said. */
export function resolveDate(
  parts: DateParts | RelativeDate,
  articleDate: string | undefined,
  tense: Tense = 'past',
  /** "this June" (same year as the article), "last June", "next June". */
  anchor?: 'this' | 'last' | 'next',
): string | undefined {
  const reference = articleDate ? parseIsoDay(articleDate) : undefined;
  if ('unit' in parts) return reference ? shift(reference, parts) : undefined;
  const { year, month, day, weekday } = parts;
  if (year !== undefined) return format(year, month, month !== undefined ? day : undefined);
  if (month !== undefined) {
    if (!reference) return day !== undefined ? `--${pad(month)}-${pad(day)}` : `--${pad(month)}`;
    return format(yearFor(reference, month, day ?? (tense === 'future' ? 31 : 1), tense, anchor), month, day);
  }
  if (weekday !== undefined && reference) return isoDay(weekdayNear(reference, weekday, tense));
  return undefined;
}

function yearFor(
  reference: Date,
  month: number,
  day: number,
  tense: Tense,
  anchor?: 'this' | 'last' | 'next',
): number {
  const year = reference.getUTCFullYear();
  if (anchor === 'this') return year;
  const thisYear = Date.UTC(year, month - 1, day);
  const ref = reference.getTime();
  if (anchor === 'last') return thisYear < ref ? year : year - 1;
  if (anchor === 'next') return thisYear > ref ? year : year + 1;
  if (tense === 'future') return thisYear >= ref ? year : year + 1;
  return thisYear <= ref ? year : year - 1;
}

/** The weekday on or before the article's date (or on or after it, for a forward-looking sentence). */
function weekdayNear(reference: Date, weekday: number, tense: Tense): Date {
  const current = reference.getUTCDay();
  const delta = tense === 'future' ? (weekday - current + 7) % 7 : -((current - weekday + 7) % 7);
  return new Date(reference.getTime() + delta * 86_400_000);
}

function shift(reference: Date, { unit, offset }: RelativeDate): string {
  const y = reference.getUTCFullYear();
  const m = reference.getUTCMonth();
  if (unit === 'year') return String(y + offset);
  if (unit === 'month') {
    const d = new Date(Date.UTC(y, m + offset, 1));
    return format(d.getUTCFullYear(), d.getUTCMonth() + 1);
  }
  return isoDay(new Date(reference.getTime() + offset * 86_400_000));
}

export function parseIsoDay(iso: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
}

function isoDay(date: Date): string {
  return format(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function format(year: number, month?: number, day?: number): string {
  const y = String(year).padStart(4, '0');
  if (month === undefined) return y;
  return day === undefined ? `${y}-${pad(month)}` : `${y}-${pad(month)}-${pad(day)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
