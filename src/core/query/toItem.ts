import type { KnowledgeBase } from '../knowledgeBase.js';
import type { Fact, Item } from '../types.js';
import type { Match } from './findMatches.js';
import { MAX_ANSWERS } from './limits.js';

/** The `Item` of the answer contract for a fact: what it says and its source, without index bookkeeping. */
export function toItem(fact: Fact): Item {
  const item: Item = { text: fact.text, source: fact.source };
  if (fact.person) item.person = fact.person;
  if (fact.date) item.date = fact.date;
  if (fact.event !== undefined) item.event = fact.event;
  if (fact.quote) item.quote = fact.quote;
  return item;
}

/** Which of an item's two texts a reader is shown: the answer, and the sentence it rests on as a quotation. */
export interface ShownParts {
  answer: boolean;
  quotation: boolean;
}

/**
 * What every adapter shows of an item, so that one sentence is never shown twice: the answer and the sentence
 * it rests on, quoted; only the quotation when the answer is that sentence (a passage found by /search, the
 * article's own words); only the answer when it holds the sentence whole (a dated event, "April 2020: <the
 * sentence>").
 */
export function shownParts(item: Item): ShownParts {
  const answer = oneLine(item.text);
  const sentence = oneLine(item.source.sentence);
  if (answer === sentence) return { answer: false, quotation: true };
  return { answer: true, quotation: !answer.includes(sentence) };
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
