import type { KnowledgeBase } from '../knowledgeBase.js';
import type { Fact, Item } from '../types.js';
import { findMatches } from './findMatches.js';
import { MAX_ANSWERS } from './limits.js';
import { toItem } from './toItem.js';

/**
 * People by name or by role ("Vassilenko", "vice speaker of the Mazhilis"): one answer for each person and
 * each different set of roles, the most recent article first; best-matching person first.
 */
export function who(kb: KnowledgeBase, query: string): Item[] {
  const results = findMatches(kb.indexes.people, query, { boost: { name: 3, roles: 1 } });
  const byPerson = new Map<string, { score: number; facts: Fact[] }>();
  for (const result of results) {
    const fact = kb.fact(result.id as string);
    if (!fact?.person) continue;
    const key = personKey(fact.person.name);
    const group = byPerson.get(key) ?? { score: 0, facts: [] };
    group.score = Math.max(group.score, result.score);
    group.facts.push(fact);
    byPerson.set(key, group);
  }
  const items: Item[] = [];
  for (const { facts } of [...byPerson.values()].sort((a, b) => b.score - a.score)) {
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
  }
  return items.slice(0, MAX_ANSWERS);
}

export function personKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function newestFirst(a: Fact, b: Fact): number {
  return (b.source.date ?? '').localeCompare(a.source.date ?? '');
}
