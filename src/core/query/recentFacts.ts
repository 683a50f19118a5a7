import type { KnowledgeBase } from '../knowledgeBase.js';
import type { Fact, FactKind } from '../types.js';

const KINDS: readonly FactKind[] = ['person', 'event', 'quote'];

/**
 * A few facts from the newest articles, taking a person, an event and a quotation in turn so that the
 * list shows what the corpus holds; articles without a date come last. A statement is given once.
 */
export function recentFacts(kb: KnowledgeBase, count: number): Fact[] {
  const newestFirst = [...kb.allFacts()]
    .map((fact, order) => ({ fact, order }))
    .sort((a, b) => (b.fact.source.date ?? '').localeCompare(a.fact.source.date ?? '') || a.order - b.order);
  const queues = new Map<FactKind, Fact[]>(KINDS.map((kind) => [kind, []]));
  const seen = new Set<string>();
  for (const { fact } of newestFirst) {
    if (seen.has(fact.text)) continue;
    seen.add(fact.text);
    queues.get(fact.kind)?.push(fact);
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
