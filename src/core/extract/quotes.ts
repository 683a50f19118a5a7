import type { Passage } from '../types.js';
import type { Token } from '../text/tokenize.js';
import type { SpeakerReference } from './attributeQuote.js';
import { attributeQuote } from './attributeQuote.js';
import { PERSON_PRONOUNS, ROLE_MODIFIERS } from './lexicon.js';
import type { ArticlePeople, PersonMention } from './people.js';
import type { QuoteSpan } from './quotations.js';
import { findQuoteSpans, isSpeech } from './quotations.js';
import { isRoleHead } from './rolePhrase.js';

/** A quotation of an article and who said it (an index into the article's people, or null). */
export interface ArticleQuote {
  passageIndex: number;
  span: QuoteSpan;
  speaker: number | null;
}

/**
 * Every quotation of an article that is speech, with its speaker. A pronoun ("he added") or a description
 * ("the minister said") stands for the person named last before it; an interrupted quotation keeps its
 * speaker; a passage that is only a quotation continues the quotation before it.
 */
export function extractQuotes(passages: Passage[], { people, tokens }: ArticlePeople): ArticleQuote[] {
  const mentions = people
    .flatMap((p) => p.mentions)
    .sort((a, b) => a.passageIndex - b.passageIndex || a.start - b.start);
  const spansByPassage = passages.map((p) => findQuoteSpans(p.text));
  const outsideQuotes = mentions.filter(
    (m) => !spansByPassage[m.passageIndex]!.some((q) => m.start >= q.start && m.end <= q.end),
  );
  const quotes: ArticleQuote[] = [];
  let previous: ArticleQuote | undefined;
  passages.forEach((passage, passageIndex) => {
    const spans = spansByPassage[passageIndex]!;
    const passageTokens = tokens[passageIndex]!;
    const references = speakerReferences(passageIndex, passageTokens, outsideQuotes, people);
    const found = spans.map((span) => attributeQuote(passageTokens, span, spans, references));
    const attributed = found.find((f) => f !== undefined);
    spans.forEach((span, i) => {
      const own = found[i];
      const nextToIt = own?.by === 'after' || own?.by === 'before';
      if (!isSpeech(passage.text, span, nextToIt)) return;
      let speaker = own?.person ?? attributed?.person ?? null;
      const onlyQuote =
        spans.length === 1 && span.start <= 1 && span.end >= passage.text.trimEnd().length - 1;
      if (
        own === undefined &&
        attributed === undefined &&
        onlyQuote &&
        previous &&
        previous.passageIndex === passageIndex - 1
      ) {
        speaker = previous.speaker;
      }
      const quote = { passageIndex, span, speaker };
      quotes.push(quote);
      previous = quote;
    });
  });
  return quotes;
}

const DETERMINERS = new Set(['the', 'this', 'that']);

/** Names, pronouns and descriptions of the passage that may be a quotation's speaker. */
function speakerReferences(
  passageIndex: number,
  tokens: Token[],
  mentions: PersonMention[],
  people: ArticlePeople['people'],
): SpeakerReference[] {
  const references: SpeakerReference[] = mentions
    .filter((m) => m.passageIndex === passageIndex)
    .map((m) => ({ from: m.fromToken, to: m.toToken, person: m.person }));
  const latestBefore = (offset: number, test: (m: PersonMention) => boolean = () => true) => {
    let found: PersonMention | undefined;
    for (const m of mentions) {
      if (m.passageIndex > passageIndex || (m.passageIndex === passageIndex && m.start >= offset)) break;
      if (test(m)) found = m;
    }
    return found;
  };
  tokens.forEach((token, i) => {
    const lower = token.text.toLowerCase();
    if (PERSON_PRONOUNS.has(lower)) {
      references.push({ from: i, to: i + 1, person: latestBefore(token.start)?.person ?? null });
      return;
    }
    // "the minister said", "the Deputy Foreign Minister added": the latest person with that role.
    if (!DETERMINERS.has(lower)) return;
    let j = i + 1;
    while (
      j < tokens.length &&
      ROLE_MODIFIERS.has(tokens[j]!.text.toLowerCase()) &&
      !isRoleHead(tokens[j]!.text)
    )
      j++;
    const head = tokens[j];
    if (
      !head ||
      !isRoleHead(head.text) ||
      (tokens[j + 1]?.kind === 'word' && /^\p{Lu}/u.test(tokens[j + 1]!.text))
    )
      return;
    const word = head.text.toLowerCase();
    const holder = latestBefore(token.start, (m) =>
      people[m.person]!.roles.some((r) => r.role.toLowerCase().includes(word)),
    );
    references.push({ from: i, to: j + 1, person: holder?.person ?? null });
  });
  return references;
}
