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

/** Lower case, accents folded (Kęstutis → kestutis), possessive dropped; `null` for a stop word. */
export function processTerm(term: string): string | null {
  const folded = term
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss');
  if (!folded || STOP_WORDS.has(folded)) return null;
  return folded;
}

/** MiniSearch's default split, keeping words like "co-founder" and "U.S." apart into their letters. */
export const SPLIT = /[\n\r\p{Z}\p{P}]+/u;

export function tokenizeForSearch(text: string): string[] {
  return text.split(SPLIT).filter(Boolean);
}

/** The terms of a query after processing, in order, without repeats. */
export function termsOf(query: string): string[] {
  const terms = tokenizeForSearch(query)
    .map(processTerm)
    .filter((t): t is string => t !== null);
  return [...new Set(terms)];
}
