import type { KnowledgeBase } from '../knowledgeBase.js';
import type { Fact, FactKind } from '../types.js';

const KINDS: readonly FactKind[] = ['person', 'event', 'quote'];

/**
 * A few facts from the newest articles, taking a person, an event and a quotation in turn so that the
 * list shows what the corpus holds; articles without a date come last. A statement is given once.
 */
export function recentFacts(kb: KnowledgeBase, count: number): Fact[] {
  // Newest articles first, read one at a time until every kind has enough: no walk through the archive.
  const ids = [...kb.articleIds()]
    .map((id, order) => ({ id, order, date: kb.article(id)?.date ?? '' }))
    .sort((a, b) => b.date.localeCompare(a.date) || a.order - b.order);
  const queues = new Map<FactKind, Fact[]>(KINDS.map((kind) => [kind, []]));
  const seen = new Set<string>();
  for (const { id } of ids) {
    if (KINDS.every((kind) => queues.get(kind)!.length >= count)) break;
    for (const fact of kb.articleFacts(id)) {
      if (seen.has(fact.text)) continue;
      seen.add(fact.text);
      queues.get(fact.kind)?.push(fact);
    }
  }
  const picked: Fact[] = [];
  while (picked.length < count) {
    let took = false;
    for (const kind of KINDS) {
      const fact = queues.get(kind)!.shift();
      if (fact && picked.length < count) {
        picked.push(fact);
        took = true;
      }
    }
    if (!took) break;
  }
  return picked;
}
