import type { ExtractedArticle } from '../extract/extractFacts.js';
import type { FactKind } from '../types.js';
import type { KnowledgeIndex } from './knowledgeIndex.js';

/**
 * Four indexes rather than one: a `/who` looks only at names and roles, a `/when` only at events, so that
 * each query scores against what it asks for and stays fast as the corpus grows.
 */
export interface FactIndexes {
  people: KnowledgeIndex;
  events: KnowledgeIndex;
  quotes: KnowledgeIndex;
  passages: KnowledgeIndex;
}

export type IndexName = keyof FactIndexes;

export const INDEX_NAMES: readonly IndexName[] = ['people', 'events', 'quotes', 'passages'];

/** The fields of each index's documents. */
export const INDEX_FIELDS: Record<IndexName, readonly string[]> = {
  people: ['name', 'roles'],
  events: ['event', 'date', 'sentence'],
  quotes: ['quote', 'speaker', 'sentence'],
  passages: ['text', 'title'],
};

export const KIND_INDEX: Record<FactKind, IndexName> = { person: 'people', event: 'events', quote: 'quotes' };

/** A document to index: its field values, and where its fact or passage is in the article's lists. */
export interface IndexDocument {
  values: string[];
  /** Position in `facts` (fact indexes) or `passages` (the passage index) of the extracted article. */
  position: number;
}

/** The documents an article adds to each index, in the order the article states them. */
export function documentsOf(extracted: ExtractedArticle, title = ''): Record<IndexName, IndexDocument[]> {
  const documents: Record<IndexName, IndexDocument[]> = { people: [], events: [], quotes: [], passages: [] };
  extracted.facts.forEach((fact, position) => {
    if (fact.kind === 'person' && fact.person) {
      documents.people.push({ values: [fact.person.name, fact.person.roles.join(' | ')], position });
    } else if (fact.kind === 'event' && fact.date) {
      documents.events.push({ values: [fact.event ?? '', fact.date.text, fact.source.sentence], position });
    } else if (fact.kind === 'quote' && fact.quote) {
      documents.quotes.push({
        values: [fact.quote.text, fact.quote.speaker ?? '', fact.source.sentence],
        position,
      });
    }
  });
  extracted.passages.forEach((passage, position) =>
    documents.passages.push({ values: [passage.text, title], position }),
  );
  return documents;
}
