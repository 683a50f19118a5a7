import type { KnowledgeBase } from '../knowledgeBase.js';
import type { Item } from '../types.js';
import type { SearchResult } from '../index/knowledgeIndex.js';
import { findMatches } from './findMatches.js';
import { MAX_ANSWERS } from './limits.js';
import { toItem } from './toItem.js';

/**
 * People by name or by role ("Vassilenko", "vice speaker of the Mazhilis"): one answer for each person and
 * each different set of roles, the most recent article first; best-matching person first.
 */
export function who(kb: KnowledgeBase, query: string): Item[] {
  const results = findMatches(kb.indexes.people, query, { boost: { name: 3, roles: 1 } });
  // Results come best first, so each person's group appears in the order of its best score. Within it, a
  // mention stands for its roles only if no newer one, or none as good from the same day, gave them. All
  // of this is done with numbers: a common name matches thousands of mentions, and only the ones shown
  // have their facts read.
  const byPerson = new Map<number, Map<number, Mention>>();
  results.forEach((result, rank) => {
    const person = kb.personOf(result.doc);
    let byRoles = byPerson.get(person);
    if (!byRoles) byPerson.set(person, (byRoles = new Map()));
    const roles = kb.rolesOf(result.doc);
    const date = kb.articleOf('people', result.doc)?.date ?? '';
    const kept = byRoles.get(roles);
    if (!kept || date > kept.date) byRoles.set(roles, { result, rank, date });
  });
  const items: Item[] = [];
  for (const byRoles of byPerson.values()) {
    const newest = [...byRoles.values()].sort((a, b) =>
      b.date < a.date ? -1 : b.date > a.date ? 1 : a.rank - b.rank,
    );
    for (const { result } of newest) {
      const fact = kb.fact(result.id);
      if (fact?.person) items.push(toItem(fact));
    }
    if (items.length >= MAX_ANSWERS) break;
  }
  return items.slice(0, MAX_ANSWERS);
}

interface Mention {
  result: SearchResult;
  /** Place among the results, best first. */
  rank: number;
  date: string;
}
