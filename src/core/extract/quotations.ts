/** A quoted span of a passage: the characters between the quotation marks. */
export interface QuoteSpan {
  /** Offsets of the whole span, marks included. */
  start: number;
  end: number;
  /** The words between the marks, without the trailing comma of "…,” he said". */
  text: string;
  /** The closing mark is missing: the quotation runs on into the next paragraph. */
  open: boolean;
}

/** "‘82", "‘90s": an apostrophe before a year, not an opening mark. */
const TWO_DIGIT_YEAR = /^\d\ds?\b/;

/**
 * Quotations of a passage: “…” (with ‘…’ inside left alone), "…", and ‘…’ where it is not inside another.
 * A ‘ opens a quotation only where a ’ closes it before a space or punctuation ("don’t" does not close it;
 * a ‘ with no close, as in ‘82, is not a quotation), or where it runs on into the next paragraph.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const opens =
      ch === '“' ||
      ((ch === '"' || (ch === '‘' && !TWO_DIGIT_YEAR.test(text.slice(i + 1, i + 5)))) && isOpening(text, i));
    const end = opens ? closingMark(text, ch, i + 1) : -1;
    if (!opens || (ch === '‘' && end < 0 && !opensParagraphQuote(text, i))) {
      i++;
      continue;
    }
    const stop = end < 0 ? text.length : end + 1;
    const inner = text.slice(i + 1, end < 0 ? text.length : end);
    const cleaned = inner.replace(/\s+/g, ' ').trim().replace(/,$/, '').trim();
    if (cleaned) spans.push({ start: i, end: stop, text: cleaned, open: end < 0 });
    i = stop;
  }
  return spans;
}

/**
 * "Havers said: ‘This is not a decision we have taken lightly. … our supporters deserve." with the next
 * paragraph opening ‘We will …’: a quotation over paragraphs, in print style, closes only in the last. A ‘
 * with no close is one when it opens a sentence and runs on to the passage's end, which ends one (an
 * apostrophe, as in ‘cause or rock ‘n roll, opens no sentence), and holds no other quotation (a stray ‘ before
 * one does not swallow it).
 */
function opensParagraphQuote(text: string, i: number): boolean {
  const rest = text.slice(i + 1);
  return /^\p{Lu}/u.test(rest) && /[.!?…]\s*$/.test(rest) && !/[“”"‘]/.test(rest);
}

/** Where the quotation opened by `mark` closes, or -1. */
function closingMark(text: string, mark: string, from: number): number {
  if (mark === '“') return text.indexOf('”', from);
  if (mark === '"') return text.indexOf('"', from);
  for (let at = text.indexOf('’', from); at >= 0; at = text.indexOf('’', at + 1)) {
    if (!/[\p{L}\d]/u.test(text[at + 1] ?? ' ')) return at;
  }
  return -1;
}

function isOpening(text: string, i: number): boolean {
  return i === 0 || /[\s([—–:-]/.test(text[i - 1]!);
}

const NAMING_WORDS =
  /\b(titled|entitled|called|dubbed|named|nicknamed|so-called|known as|termed|labell?ed|branded|the term|the phrase|slogan|motto|hashtag|headlined)\s+(?:(?:a|an|the|it|them|him|her|this|that)\s+)?$/i;
/** Naming words that also judge: "called her “a pioneer who never wanted to be called one”". */
const JUDGING_NAMES = /^(?:called|branded|labell?ed|termed)$/i;
/** A judgement is a description of a few words ("a pioneer who …"); a name is short ("called him “Tiger”"). */
const JUDGEMENT_WORDS = 4;

/** Whether the words after a naming word ("called her") judge, in lower case and several words, not name. */
function isJudgement(namingWord: string, words: readonly string[]): boolean {
  return JUDGING_NAMES.test(namingWord) && words.length >= JUDGEMENT_WORDS && /^\p{Ll}/u.test(words[0]!);
}

/** Words that introduce an inscription: speech only where a person is said to have written it (`isSpeech`). */
const INSCRIPTION_WORDS = /\b(?:the words?|reads?|reading)\s*:?\s*$/i;

/**
 * Whether a quotation is something said, rather than a title, a name or a scare quote: what follows "titled",
 * "dubbed", "known as" is not speech, nor what "reads" or follows "the words" unless its writer is named; nor are one or two words (a “defining moment”), unless they are a
 * sentence of their own with a verb of saying right next to them (“It's carnage,” said …); nor is a
 * title-case phrase or a ‘…’, unless a verb of saying stands right next to it.
 */
export function isSpeech(
  passage: string,
  span: QuoteSpan,
  attributedNextToIt: boolean,
  singleMarksQuote = false,
): boolean {
  const words = span.text.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w));
  const before = passage.slice(Math.max(0, span.start - 40), span.start);
  const naming = NAMING_WORDS.exec(before);
  if (naming && !isJudgement(naming[1]!, words)) return false;
  // "a sign that read “…”" is no one's speech; "Quispe had written a message that read “…”" is Quispe's.
  if (INSCRIPTION_WORDS.test(before) && !attributedNextToIt) return false;
  if (words.length < 3) {
    const ownSentence =
      /[,.!?]\s*$/.test(passage.slice(span.start + 1, span.end - 1)) && /(?:^|[:,.!?])\s*$/.test(before);
    return attributedNextToIt && ownSentence;
  }
  if (attributedNextToIt) return true;
  // Single marks quote speech in some papers (`singleMarksQuote`: the article has no other), and set off a
  // phrase (‘cut the cord’) in most.
  if (passage[span.start] === '‘' && !singleMarksQuote) return false;
  const long = words.filter((w) => w.replace(/[^\p{L}]/gu, '').length >= 4);
  const titleCase = long.length > 0 && long.every((w) => /^\p{Lu}/u.test(w.replace(/^[^\p{L}]+/u, '')));
  return !(titleCase && words.length <= 10 && !/[.!?]$/.test(span.text));
}
