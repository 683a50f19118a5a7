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
