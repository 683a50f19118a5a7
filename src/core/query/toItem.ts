import type { KnowledgeBase } from '../knowledgeBase.js';
import { withoutDateline } from '../text/dateline.js';
import { formatDate } from '../text/formatDate.js';
import type { Fact, Item } from '../types.js';
import type { Match } from './findMatches.js';
import { MAX_ANSWERS } from './limits.js';

/** The `Item` of the answer contract for a fact: what it says and its source, without index bookkeeping. */
export function toItem(fact: Fact): Item {
  const item: Item = { kind: fact.kind, text: fact.text, source: fact.source };
  if (fact.person) item.person = fact.person;
  if (fact.date) item.date = fact.date;
  if (fact.event !== undefined) item.event = fact.event;
  if (fact.quote) item.quote = fact.quote;
  return item;
}

/** What a reader is shown of an item: the answer (`undefined` when the quotation says it all), and whether the
 * sentence it rests on is quoted under it. */
export interface ShownParts {
  answer: string | undefined;
  quotation: boolean;
}

/** A quotation that is this much of its sentence's words is the sentence, for a reader. */
const QUOTED_SHARE = 0.8;
/** Words besides a quotation that are no more than who said it ("stressed EU Ambassador Ana Ruiz"). */
const MAX_ATTRIBUTION_WORDS = 8;

/**
 * What every adapter shows of an item, so that one sentence is shown once in a reply: the answer and the
 * sentence it rests on, quoted; only the quotation when the answer is that sentence (a passage found by
 * /search, the article's own words); only the answer when it holds the sentence whole but its dateline (a
 * dated event, "April 2020: <the sentence>") or when it quotes what is nearly all of it (a quotation and
 * who said it). An item whose sentence an `earlier` item of the reply rests on does not quote it again, and
 * a dated event that would repeat it gives its date and the number of that item instead.
 */
export function shownParts(item: Item, earlier: readonly Item[] = []): ShownParts {
  const answer = oneLine(item.text);
  const sentence = oneLine(item.source.sentence);
  if (answer === sentence) return { answer: undefined, quotation: true };
  const holdsSentence = answer.toLowerCase().includes(withoutDateline(sentence).toLowerCase());
  const before = earlier.findIndex(
    (other) => other.source.id === item.source.id && oneLine(other.source.sentence) === sentence,
  );
  if (before >= 0) {
    const same = `the same sentence as ${before + 1}.`;
    const repeated = holdsSentence ? (item.date ? `${formatDate(item.date.iso)}: ${same}` : same) : item.text;
    return { answer: repeated, quotation: false };
  }
  return { answer: item.text, quotation: !holdsSentence && !quotesNearlyAll(item.quote, sentence) };
}

/**
 * Whether a quotation in quotation marks is its sentence but for who said it: most of its words, or the
 * rest is a few words that name the speaker. A reported statement is the article's words about what was
 * said, and is shown with them.
 */
function quotesNearlyAll(quote: Item['quote'], sentence: string): boolean {
  if (!quote || quote.reported) return false;
  const quoted = oneLine(quote.text);
  const at = sentence.indexOf(quoted);
  if (at < 0 || quoted === '') return false;
  const rest = wordsOf(`${sentence.slice(0, at)} ${sentence.slice(at + quoted.length)}`);
  const share = wordsOf(quoted).length;
  if (share >= QUOTED_SHARE * (share + rest.length)) return true;
  const speaker = new Set(wordsOf(quote.speaker ?? ''));
  return rest.length <= MAX_ATTRIBUTION_WORDS && rest.some((word) => speaker.has(word));
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu) ?? [];
}

// A quotation that runs over several lines is one sentence however its lines are broken.
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The items of fact-index matches, best first, at most `MAX_ANSWERS`. */
export function factItems(kb: KnowledgeBase, matches: readonly Pick<Match, 'id'>[]): Item[] {
  const items: Item[] = [];
  for (const match of matches) {
    const fact = kb.fact(match.id);
    if (fact) items.push(toItem(fact));
    if (items.length >= MAX_ANSWERS) break;
  }
  return items;
}
