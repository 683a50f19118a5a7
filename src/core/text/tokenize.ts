/** A word, number or punctuation mark of a passage, with its character offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct';
}

// Dotted abbreviations (U.S.), initials (F.), words with inner hyphens or apostrophes (Kassym-Jomart,
// O'Neill), possessive endings split off ('s, and the apostrophe of a plural's: "the Mineworkers' Union"),
// numbers with separators, then any other single character.
const TOKEN =
  /(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s|$)|[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*(?<![’']s)|[’']s\b|\d+(?:[.,:]\d+)*|\S/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const value = match[0];
    const start = match.index;
    const kind = isPluralPossessive(text, value, start) ? 'word' : kindOf(value);
    tokens.push({ text: value, start, end: start + value.length, kind });
  }
  return tokens;
}

/** What a token of `TOKEN` is, from its first character (the hot path: every word of the corpus). */
function kindOf(value: string): Token['kind'] {
  const first = value.charCodeAt(0);
  if ((first >= 97 && first <= 122) || (first >= 65 && first <= 90)) return 'word';
  if (first >= 48 && first <= 57) return 'number';
  if (first < 128 && value !== "'s") return 'punct';
  return /^\p{L}/u.test(value) || value === '’s' || value === "'s" ? 'word' : 'punct';
}

const POSSESSIVE = /^[’']s?$/;

/** The apostrophe of "the Mineworkers' Union", not a closing quotation mark ("a 'fair deal' and"). */
function isPluralPossessive(text: string, value: string, start: number): boolean {
  return (
    (value === "'" || value === '’') &&
    /\p{L}s/u.test(text.slice(start - 2, start)) &&
    /^ \p{L}/u.test(text.slice(start + 1, start + 3))
  );
}

export function isCapitalised(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word') return false;
  const first = token.text.charCodeAt(0);
  // ASCII first, where news mostly is; other scripts through the Unicode property.
  if (first < 128) return first >= 65 && first <= 90;
  return /^\p{Lu}/u.test(token.text);
}

export function isPossessive(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && POSSESSIVE.test(token.text);
}
