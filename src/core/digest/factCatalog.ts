import type { Fact } from '../types.js';

/**
 * The facts a digest may pick from (all of them, or a topic's), arranged once so that picking for one chat
 * looks only at what it needs: "on this day" events by month and day, facts by article, and the rest in
 * the order they are offered (newest article first, each article in text order).
 */
export interface FactCatalog {
  ids: ReadonlySet<string>;
  ordered: readonly Fact[];
  /** Events with a full date, keyed by `MM-DD`. */
  byMonthDay: ReadonlyMap<string, readonly Fact[]>;
  byArticle: ReadonlyMap<string, readonly Fact[]>;
}

/** A person named without a role tells a reader nothing on its own; every other fact is digest material. */
function worthSending(fact: Fact): boolean {
  return fact.kind !== 'person' || (fact.person?.roles.length ?? 0) > 0;
}

export function buildCatalog(facts: Iterable<Fact>): FactCatalog {
  const ordered: Fact[] = [];
  const byMonthDay = new Map<string, Fact[]>();
  const byArticle = new Map<string, Fact[]>();
  for (const fact of facts) {
    if (!worthSending(fact)) continue;
    ordered.push(fact);
    push(byArticle, fact.source.id, fact);
    const full = fact.kind === 'event' && fact.date ? /^\d{4}-(\d{2}-\d{2})$/.exec(fact.date.iso) : null;
    if (full) push(byMonthDay, full[1]!, fact);
  }
  // Array sort is stable: within an article, and among undated articles, text order stays.
  ordered.sort((a, b) => (b.source.date ?? '').localeCompare(a.source.date ?? ''));
  return { ids: new Set(ordered.map((f) => f.id)), ordered, byMonthDay, byArticle };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
