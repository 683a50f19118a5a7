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

/** Quotations of a passage: “…” (with ‘…’ inside left alone) and "…". */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch !== '“' && !(ch === '"' && isOpening(text, i))) {
      i++;
      continue;
    }
    const close = ch === '“' ? '”' : '"';
    const end = text.indexOf(close, i + 1);
    const stop = end < 0 ? text.length : end + 1;
    const inner = text.slice(i + 1, end < 0 ? text.length : end);
    const cleaned = inner.replace(/\s+/g, ' ').trim().replace(/,$/, '').trim();
    if (cleaned) spans.push({ start: i, end: stop, text: cleaned, open: end < 0 });
    i = stop;
  }
  return spans;
}

function isOpening(text: string, i: number): boolean {
  return i === 0 || /[\s([—–:-]/.test(text[i - 1]!);
}

const NAMING_WORDS =
  /\b(titled|entitled|called|dubbed|named|nicknamed|so-called|known as|termed|labell?ed|branded|the words?|the term|the phrase|slogan|motto|hashtag|headlined|reads?)\s+(?:(?:a|an|the|it|them|him|her|this|that)\s+)?$/i;

/**
 * Whether a quotation is something said, rather than a title, a name or a scare quote: quotations of one
 * or two words ("a “defining moment”") and what follows "titled", "dubbed", "known as" are not speech;
 * neither is a title-case phrase, unless a verb of saying stands right next to it.
 */
export function isSpeech(passage: string, span: QuoteSpan, attributedNextToIt: boolean): boolean {
  const words = span.text.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w));
  const before = passage.slice(Math.max(0, span.start - 40), span.start);
  if (NAMING_WORDS.test(before) || words.length < 3) return false;
  if (attributedNextToIt) return true;
  const long = words.filter((w) => w.replace(/[^\p{L}]/gu, '').length >= 4);
  const titleCase = long.length > 0 && long.every((w) => /^\p{Lu}/u.test(w.replace(/^[^\p{L}]+/u, '')));
  return !(titleCase && words.length <= 10 && !/[.!?]$/.test(span.text));
}
