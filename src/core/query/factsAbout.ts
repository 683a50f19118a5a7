import type { KnowledgeBase } from '../knowledgeBase.js';
import type { Fact } from '../types.js';
import { findMatches } from './findMatches.js';

/**
 * Every fact whose passage is about `topic` (the passage's own words, not its article's title), in corpus
 * order. The digest's topic filter: a fact about violence is one stated in a sentence about violence.
 */
export function factsAbout(kb: KnowledgeBase, topic: string): Fact[] {
  const passages = new Set(findMatches(kb.indexes.passages, topic, { fields: ['text'] }).map((r) => r.id));
  if (passages.size === 0) return [];
  const facts: Fact[] = [];
  for (const fact of kb.allFacts()) if (passages.has(fact.passageId)) facts.push(fact);
  return facts;
}
