import type { KnowledgeBase } from '../knowledgeBase.js';
import type { Item } from '../types.js';
import { ask } from './ask.js';
import { findFacts } from '../query/findFacts.js';
import { MAX_INPUT_LENGTH } from '../query/limits.js';
import { parseInput } from './parseInput.js';
import { recentFacts } from '../query/recentFacts.js';
import { search } from '../query/search.js';
import { toItem } from '../query/toItem.js';

/** How many facts an empty lookup offers. */
export const RECENT_FACTS = 10;

/**
 * What to offer for text typed into a search box (Telegram's inline mode), where there is no room for a
 * reply that explains: nothing typed gives a few recent facts; a command or a question ("/when …",
 * "Who is …?") gives its answers; bare words give the facts of every kind that match them, or else the
 * passages that mention them. Text longer than a question is offered nothing.
 */
export function lookUp(kb: KnowledgeBase, text: string): Item[] {
  const query = text.trim();
  if (!query) return recentFacts(kb, RECENT_FACTS).map(toItem);
  if (query.length > MAX_INPUT_LENGTH) return [];
  const parsed = parseInput(query);
  if (parsed.intent !== 'search' || !parsed.freeText) return ask(kb, query).answers;
  const facts = findFacts(kb, query);
  return facts.length > 0 ? facts.map(toItem) : search(kb, query);
}
