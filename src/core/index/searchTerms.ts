/** How text becomes search terms, the same way for documents and for queries. */

/** Words too common to tell passages apart; left out of the indexes and of queries. */
export const STOP_WORDS = new Set(
  `a an and are as at be been being but by did do does doing for from had has have having he her hers him
  his i if in into is it its itself me my of off on or our ours she so than that the their theirs them
  then there these they this those to too us was we were what when where which while who whom whose why
  will with would you your yours about after again against all also am any because before between both
  can could during each few further here how just more most no nor not now only other out over own same
  should some such through under until up very s t said says say tell told`.split(/\s+/),
);

/** Plain ASCII letters and digits: nothing to fold but the case (most terms, and the hot path of indexing). */
const PLAIN = /^[A-Za-z0-9]+$/;

/** Lower case, accents folded (Kęstutis → kestutis), possessive dropped; `null` for a stop word. */
export function processTerm(term: string): string | null {
  const folded = PLAIN.test(term) ? term.toLowerCase() : fold(term);
  if (!folded || STOP_WORDS.has(folded)) return null;
  return folded;
}

function fold(term: string): string {
  return term
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss');
}

/** MiniSearch's default split, keeping words like "co-founder" and "U.S." apart into their letters. */
export const SPLIT = /[\n\r\p{Z}\p{P}]+/u;

const SEPARATOR = /^[\n\r\p{Z}\p{P}]$/u;
/** Which ASCII characters split words; others are looked up once and remembered. */
const ASCII_SEPARATORS = Uint8Array.from({ length: 128 }, (_, c) =>
  SEPARATOR.test(String.fromCharCode(c)) ? 1 : 0,
);
const separators = new Map<string, boolean>();

function isSeparator(char: string, code: number): boolean {
  if (code < 128) return ASCII_SEPARATORS[code] === 1;
  let separator = separators.get(char);
  if (separator === undefined) {
    separator = SEPARATOR.test(char);
    separators.set(char, separator);
  }
  return separator;
}

/**
 * Calls `found` with the start and end of each word of `text`, as `text.split(SPLIT)` would cut it, without
 * building the array: indexing a large corpus splits some hundred million words.
 */
export function forEachToken(text: string, found: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    const next = code >= 0xd800 && code <= 0xdbff ? text.charCodeAt(i + 1) : 0;
    const width = next >= 0xdc00 && next <= 0xdfff ? 2 : 1; // a surrogate pair is one character
    const separator = isSeparator(width === 1 ? text[i]! : text.slice(i, i + 2), code);
    if (separator) {
      if (start >= 0) found(start, i);
      start = -1;
    } else if (start < 0) start = i;
    i += width;
  }
  if (start >= 0) found(start, text.length);
}

export function tokenizeForSearch(text: string): string[] {
  const tokens: string[] = [];
  forEachToken(text, (start, end) => tokens.push(text.slice(start, end)));
  return tokens;
}

/** The terms of a query after processing, in order, without repeats. */
export function termsOf(query: string): string[] {
  const terms = tokenizeForSearch(query)
    .map(processTerm)
    .filter((t): t is string => t !== null);
  return [...new Set(terms)];
}
