import type { Token } from '../text/tokenize.js';
import { SPEECH_VERBS } from './lexicon.js';
import type { QuoteSpan } from './quotations.js';

/** Something in a passage that can be a speaker: a person's name, or a pronoun or description standing for one. */
export interface SpeakerReference {
  /** Token indexes, end exclusive. */
  from: number;
  to: number;
  /** The person it stands for (an index into the article's people), or null when it is unknown. */
  person: number | null;
}

/** How a speaker was found, from the most to the least direct evidence. */
export type Attribution = 'after' | 'before' | 'according-to' | 'sentence';

export interface SpeakerFound {
  person: number | null;
  by: Attribution;
}

const MAX_GAP = 14;
const PARTICIPLE = /ing$/;

/**
 * The speaker of a quotation, from the words around it in its passage:
 * “…,” said X / “…,” X said / X said: “…” / X said that “…” / X underlined the need …, saying that “…” /
 * according to X. `tokens` are the passage's; `quotes` are all its quotations (none of their words count).
 */
export function attributeQuote(
  tokens: Token[],
  quote: QuoteSpan,
  quotes: QuoteSpan[],
  references: SpeakerReference[],
): SpeakerFound | undefined {
  const inQuote = (t: Token) => quotes.some((q) => t.start >= q.start && t.end <= q.end);
  const isVerb = (i: number) => !inQuote(tokens[i]!) && SPEECH_VERBS.has(tokens[i]!.text.toLowerCase());
  const outside = references.filter((r) => !inQuote(tokens[r.from]!));
  const first = tokens.findIndex((t) => t.start >= quote.end);
  const last = findLastIndex(tokens, (t) => t.end <= quote.start);

  // After the quotation: “…,” said X / “…,” X said / “…,” X, the minister, said.
  if (first >= 0) {
    const limit = boundary(tokens, first, 1, inQuote);
    for (let v = first; v < Math.min(limit, first + MAX_GAP); v++) {
      if (!isVerb(v)) continue;
      const subject = closest(
        outside.filter((r) => r.from >= first && r.to <= v),
        'last',
      );
      const inverted = closest(
        outside.filter((r) => r.from > v && r.from < limit && r.from - v <= 8),
        'first',
      );
      const found = subject ?? inverted;
      if (found) return { person: found.person, by: 'after' };
      break;
    }
  }
  // Before it: X said: “…” / X said that “…” / X: “…” / X …, saying that “…”.
  if (last >= 0) {
    const limit = boundary(tokens, last, -1, inQuote);
    const window = (r: SpeakerReference) => r.from > limit && r.to <= last + 1;
    if (tokens[last]!.text === ':') {
      const named = outside.find((r) => r.to === last && window(r));
      if (named) return { person: named.person, by: 'before' };
    }
    for (let v = last; v > limit && last - v <= MAX_GAP; v--) {
      if (!isVerb(v)) continue;
      const verb = tokens[v]!.text.toLowerCase();
      const candidates = outside.filter((r) => window(r) && r.to <= v);
      const subject = PARTICIPLE.test(verb) ? closest(candidates, 'first') : closest(candidates, 'last');
      const inverted = closest(
        outside.filter((r) => window(r) && r.from > v),
        'first',
      );
      const found = subject ?? inverted;
      if (found) return { person: found.person, by: 'before' };
      break;
    }
  }
  // According to X.
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.text.toLowerCase() !== 'according' || tokens[i + 1]!.text.toLowerCase() !== 'to') continue;
    const named = outside.find((r) => r.from === i + 2);
    if (named) return { person: named.person, by: 'according-to' };
  }
  // A verb of saying anywhere in the sentence, and its subject.
  const verb = tokens.findIndex((_, i) => isVerb(i));
  if (verb >= 0) {
    const subject =
      closest(
        outside.filter((r) => r.to <= verb),
        'first',
      ) ?? closest(outside, 'first');
    if (subject) return { person: subject.person, by: 'sentence' };
  }
  return undefined;
}

/** The next sentence end or quotation in one direction: attribution does not reach past it. */
function boundary(tokens: Token[], from: number, step: 1 | -1, inQuote: (t: Token) => boolean): number {
  let i = from;
  for (; i >= 0 && i < tokens.length; i += step) {
    const token = tokens[i]!;
    if (inQuote(token)) return i;
    if (step === 1 && /^[.!?;]$/.test(token.text)) return i;
    if (step === -1 && /^[.!?;]$/.test(token.text) && i !== from) return i;
  }
  return i;
}

function closest(references: SpeakerReference[], which: 'first' | 'last'): SpeakerReference | undefined {
  const sorted = [...references].sort((a, b) => a.from - b.from);
  return which === 'first' ? sorted[0] : sorted[sorted.length - 1];
}

function findLastIndex<T>(list: T[], test: (item: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return i;
  return -1;
}
