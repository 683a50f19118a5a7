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
 * Whether the sentence looks back (past tense), forward ("will", "is due to", a later year) or neither ("the
 * summit opens on June 24"): it decides whether a bare "June" or "Friday" is the last one up to the article,
 * the next one from it, or whichever of the two is nearer.
 */
export type Tense = 'past' | 'future' | 'unmarked';

/**
 * "this June" (the article's year), "last June", "next Friday": "last" and "next" never name the article's
 * own day or month.
 */
export type Anchor = 'this' | 'last' | 'next';

/** `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `--MM-DD` or `--MM`; `undefined` when nothing honest can be said. */
export function resolveDate(
  parts: DateParts | RelativeDate,
  articleDate: string | undefined,
  tense: Tense = 'unmarked',
  anchor?: Anchor,
): string | undefined {
  const reference = articleDate ? parseIsoDay(articleDate) : undefined;
  if ('unit' in parts) return reference ? shift(reference, parts) : undefined;
  const { year, month, day, weekday } = parts;
  if (year !== undefined) return format(year, month, month !== undefined ? day : undefined);
  if (month !== undefined) {
    if (!reference) return day !== undefined ? `--${pad(month)}-${pad(day)}` : `--${pad(month)}`;
    return format(yearFor(reference, month, day, tense, anchor), month, day);
  }
  if (weekday !== undefined && reference) return isoDay(weekdayNear(reference, weekday, tense, anchor));
  return undefined;
}

/**
 * The full year of a two-digit one ("the class of '82"): the one within ninety years before the article's
 * year and ten after it, so that '82 is 1982 and '15 2015 in an article of 2010; none without an article date.
 */
export function yearOfTwoDigits(twoDigits: number, articleDate: string | undefined): number | undefined {
  const reference = articleDate ? parseIsoDay(articleDate) : undefined;
  if (!reference) return undefined;
  const articleYear = reference.getUTCFullYear();
  const year = articleYear - (articleYear % 100) + twoDigits;
  if (year > articleYear + 10) return year - 100;
  return year <= articleYear - 90 ? year + 100 : year;
}

function yearFor(
  reference: Date,
  month: number,
  day: number | undefined,
  tense: Tense,
  anchor?: Anchor,
): number {
  const year = reference.getUTCFullYear();
  if (anchor === 'this') return year;
  const ref = reference.getTime();
  if (anchor === 'last') return Date.UTC(year, month - 1, day ?? 1) < ref ? year : year - 1;
  if (anchor === 'next') return Date.UTC(year, month - 1, day ?? 31) > ref ? year : year + 1;
  // The last such day or month up to the article, and the next from it: the same year when the article is in it.
  const back = Date.UTC(year, month - 1, day ?? 1) <= ref ? year : year - 1;
  const ahead = Date.UTC(year, month - 1, day ?? 31) >= ref ? year : year + 1;
  if (tense !== 'unmarked') return tense === 'past' ? back : ahead;
  return daysAway(ref, ahead, month, day) < daysAway(ref, back, month, day) ? ahead : back;
}

/** Days between the article's date and a day, or the nearest day of a month. */
function daysAway(ref: number, year: number, month: number, day: number | undefined): number {
  const first = Date.UTC(year, month - 1, day ?? 1);
  const last = day !== undefined ? first : Date.UTC(year, month, 0);
  return Math.max(first - ref, ref - last, 0) / 86_400_000;
}

/**
 * The weekday on or before the article's date in a past-tense sentence, on or after it in a forward-looking
 * one, the nearer of the two when the tense says neither. "Last" and "next" Friday are never the article's own
 * day; "this Friday" is the coming one unless the sentence looks back.
 */
function weekdayNear(reference: Date, weekday: number, tense: Tense, anchor?: Anchor): Date {
  const ahead = (weekday - reference.getUTCDay() + 7) % 7;
  const back = (reference.getUTCDay() - weekday + 7) % 7;
  return new Date(reference.getTime() + weekdayOffset(ahead, back, tense, anchor) * 86_400_000);
}

function weekdayOffset(ahead: number, back: number, tense: Tense, anchor?: Anchor): number {
  if (anchor === 'next') return ahead || 7;
  if (anchor === 'last') return -(back || 7);
  if (tense === 'past') return -back;
  return tense === 'future' || anchor === 'this' || ahead < back ? ahead : -back;
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

/** The ISO value of a year, a month of it or a day, at the precision given. */
export function format(year: number, month?: number, day?: number): string {
  const y = String(year).padStart(4, '0');
  if (month === undefined) return y;
  return day === undefined ? `${y}-${pad(month)}` : `${y}-${pad(month)}-${pad(day)}`;
}

export function pad(n: number): string {
  return String(n).padStart(2, '0');
}
