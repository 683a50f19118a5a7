import type { IndexName } from '../index/factIndexes.js';
import { indexTerms, queryWords, tokenizeForIndex } from '../index/searchTerms.js';
import type { KnowledgeBase } from '../knowledgeBase.js';
import { findMatches } from '../query/findMatches.js';
import type { Fact } from '../types.js';

/** Facts one alert shows at most: an alert says what is new and links the article, it is not the article. */
export const MAX_ALERT_FACTS = 3;

/**
 * The fields a fact matches a follow by: its own words, not its article's title or subject (`context`), so
 * that an article about Clara Benz alerts with the facts that name her, and a fact never matches only
 * because of the article it stands in.
 */
const OWN_FIELDS: Record<Exclude<IndexName, 'passages'>, string[]> = {
  people: ['name', 'roles', 'sentence'],
  events: ['clause', 'sentence'],
  quotes: ['quote', 'speaker', 'sentence'],
};

/**
 * The facts of one article that are about `words`, best first, at most `limit`: every word of the follow must
 * be in the fact's own words (in any of its forms: "Benz's", "elections"), none stood in for by a close
 * spelling, so that "Clara Benz" does not fire on every Clara, nor on a Bens. Ranked by the core's retrieval
 * (`findMatches`), restricted to the article's facts; a person named without a role comes after the rest.
 */
export function followedFacts(
  kb: KnowledgeBase,
  articleId: string,
  words: string,
  limit = MAX_ALERT_FACTS,
): Fact[] {
  const facts = new Map(kb.articleFacts(articleId).map((fact) => [fact.id, fact]));
  if (facts.size === 0) return [];
  const wanted = queryWords(words);
  if (wanted.length === 0) return [];
  const ids = [...facts.keys()];
  const found: { fact: Fact; relevance: number }[] = [];
  for (const [name, fields] of Object.entries(OWN_FIELDS) as [keyof typeof OWN_FIELDS, string[]][]) {
    const matches = findMatches(kb.indexes[name], words, {
      fields,
      within: ids,
      minCoverage: 1,
      rarity: kb.indexes.passages,
    });
    for (const match of matches) {
      const fact = facts.get(match.id);
      if (fact && holdsEveryWord(fact, wanted)) found.push({ fact, relevance: match.relevance });
    }
  }
  const bare = (fact: Fact) => (fact.kind === 'person' && !fact.person?.roles.length ? 1 : 0);
  return found
    .sort((a, b) => bare(a.fact) - bare(b.fact) || b.relevance - a.relevance)
    .slice(0, limit)
    .map(({ fact }) => fact);
}

/** Whether each word of the follow is one of the fact's own words, as written or in another form of it. */
function holdsEveryWord(fact: Fact, wanted: ReturnType<typeof queryWords>): boolean {
  const text = [
    fact.person?.name,
    ...(fact.person?.roles ?? []),
    fact.quote?.text,
    fact.quote?.speaker,
    fact.source.sentence,
  ]
    .filter(Boolean)
    .join(' ');
  const terms = new Set<string>();
  for (const token of tokenizeForIndex(text)) {
    const indexed = indexTerms(token);
    if (indexed === null) continue;
    for (const term of Array.isArray(indexed) ? indexed : [indexed]) terms.add(term);
  }
  return wanted.every(({ forms }) => forms.some((form) => terms.has(form)));
}
