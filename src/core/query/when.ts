import type { KnowledgeBase } from '../knowledgeBase.js';
import type { Item } from '../types.js';
import { isStatementDate } from '../index/dateClauses.js';
import type { Match } from './findMatches.js';
import { findMatches } from './findMatches.js';
import { termsOf } from '../index/searchTerms.js';
import { MAX_ANSWERS } from './limits.js';
import { datesNearby, matchingPassages } from './nearbyFacts.js';
import { SEARCH_WEIGHTS } from './searchWeights.js';
import { factItems } from './toItem.js';

/** How much more of a question a passage must hold than the best event, for its neighbour's date to come first. */
const PASSAGE_LEAD = 0.15;

/**
 * Dated events about a topic ("Istanbul Convention"), best match first. A passage that matches the question
 * clearly better than any event, and has no date of its own, is answered with the date of the sentence
 * next to it (see `datesNearby`).
 */
export function when(kb: KnowledgeBase, query: string, minCoverage = 1, ahead = false): Item[] {
  const events = findMatches(kb.indexes.events, query, {
    ...SEARCH_WEIGHTS.events,
    rarity: kb.indexes.passages,
    minCoverage,
    limit: MAX_ANSWERS * 4,
  })
    .filter(holdsWhatHappened)
    .slice(0, MAX_ANSWERS);
  const floor = Math.max(minCoverage, (events[0]?.coverage ?? 0) + PASSAGE_LEAD);
  const nearby = floor <= 1 ? datesNearby(kb, matchingPassages(kb, query, floor)) : [];
  const items = factItems(kb, events);
  const ordered = STATEMENT_ASKED.test(query) ? statementsFirst(items) : items;
  return [...nearby, ...(ahead ? stillToComeFirst(ordered) : ordered)].slice(0, MAX_ANSWERS);
}

/**
 * "When did the Airbus A350 first fly?" is not answered by the year Aer Lingus takes its A350s: an answer
 * holds (or its article's context does) a word of what the question asks happened, or one related to it,
 * when the question has such a word besides its names and the words any event has (made, got, first).
 */
function holdsWhatHappened(match: Match): boolean {
  const asked = match.words.flatMap(({ term, name }, i) => (name || ANY_EVENT.has(term) ? [] : [i]));
  return asked.length === 0 || asked.some((i) => match.heldIn(i).length > 0);
}

/** Words of a question (as searched) that say nothing of which event it asks about. */
const ANY_EVENT = new Set(
  termsOf('make made get got go went take took happen happened first last next year day time date'),
);

/** "When will Akerson step down?": the dates that were ahead of their article first, each group in its order. */
function stillToComeFirst(items: readonly Item[]): Item[] {
  const ahead = (item: Item) =>
    item.date !== undefined &&
    item.source.date !== undefined &&
    item.date.iso.slice(0, 10) >= item.source.date;
  return [...items.filter(ahead), ...items.filter((item) => !ahead(item))];
}

/** "When did GM announce its sales drop?" asks when it was said, not when the drop was. */
const STATEMENT_ASKED =
  /\b(?:announce[ds]?|said|say|says|reported|reveal(?:ed|s)?|confirm(?:ed|s)?|disclose[ds]?)\b/i;

/** Of the answers from one sentence, the date it was said on takes the place of the first. */
function statementsFirst(items: readonly Item[]): Item[] {
  const statement = (item: Item) =>
    item.date !== undefined && isStatementDate(item.source.sentence, item.date.text);
  const place = (item: Item, i: number) =>
    statement(item) ? items.findIndex((other) => other.source.sentence === item.source.sentence) - 0.5 : i;
  return items
    .map((item, i) => ({ item, place: place(item, i) }))
    .sort((a, b) => a.place - b.place)
    .map(({ item }) => item);
}
