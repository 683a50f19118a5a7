import type { KnowledgeBase } from '../knowledgeBase.js';
import type { Fact, Item } from '../types.js';
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
  // Results come best first, so each person's group appears in the order of its best score. Only the
  // groups that fill the answer have their facts read: a common name matches thousands of mentions.
  const byPerson = new Map<number, SearchResult[]>();
  for (const result of results) {
    const person = kb.personOf(result.doc);
    const group = byPerson.get(person);
    if (group) group.push(result);
    else byPerson.set(person, [result]);
  }
  const items: Item[] = [];
  for (const group of byPerson.values()) {
    const facts = group.map((result) => kb.fact(result.id)).filter((fact) => fact?.person) as Fact[];
    const seen = new Set<string>();
    for (const fact of facts.sort(newestFirst)) {
      const roles = fact
        .person!.roles.map((r) => r.toLowerCase())
        .sort()
        .join('|');
      if (seen.has(roles)) continue;
      seen.add(roles);
      items.push(toItem(fact));
    }
    if (items.length >= MAX_ANSWERS) break;
  }
  return items.slice(0, MAX_ANSWERS);
}

export function newestFirst(a: Fact, b: Fact): number {
  return (b.source.date ?? '').localeCompare(a.source.date ?? '');
}
