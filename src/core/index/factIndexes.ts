import MiniSearch from 'minisearch';
import type { Fact, Passage } from '../types.js';
import { processTerm, tokenizeForSearch } from './searchTerms.js';

/** A document of the people index: one person fact. */
interface PersonDoc {
  id: string;
  name: string;
  roles: string;
}
interface EventDoc {
  id: string;
  event: string;
  date: string;
  sentence: string;
}
interface QuoteDoc {
  id: string;
  quote: string;
  speaker: string;
  sentence: string;
}
interface PassageDoc {
  id: string;
  text: string;
  title: string;
}

/**
 * Four small MiniSearch indexes rather than one: a `/who` looks only at names and roles, a `/when` only at
 * events, so that each query scores against what it asks for and stays fast as the corpus grows.
 */
export interface FactIndexes {
  people: MiniSearch<PersonDoc>;
  events: MiniSearch<EventDoc>;
  quotes: MiniSearch<QuoteDoc>;
  passages: MiniSearch<PassageDoc>;
}

const common = { processTerm, tokenize: tokenizeForSearch, idField: 'id' } as const;

export function createIndexes(): FactIndexes {
  return {
    people: new MiniSearch<PersonDoc>({ ...common, fields: ['name', 'roles'] }),
    events: new MiniSearch<EventDoc>({ ...common, fields: ['event', 'date', 'sentence'] }),
    quotes: new MiniSearch<QuoteDoc>({ ...common, fields: ['quote', 'speaker', 'sentence'] }),
    passages: new MiniSearch<PassageDoc>({ ...common, fields: ['text', 'title'] }),
  };
}

export function indexFacts(indexes: FactIndexes, facts: Fact[], passages: Passage[], title = ''): void {
  for (const fact of facts) {
    if (fact.kind === 'person' && fact.person) {
      indexes.people.add({ id: fact.id, name: fact.person.name, roles: fact.person.roles.join(' | ') });
    } else if (fact.kind === 'event' && fact.date) {
      indexes.events.add({
        id: fact.id,
        event: fact.event ?? '',
        date: fact.date.text,
        sentence: fact.source.sentence,
      });
    } else if (fact.kind === 'quote' && fact.quote) {
      indexes.quotes.add({
        id: fact.id,
        quote: fact.quote.text,
        speaker: fact.quote.speaker ?? '',
        sentence: fact.source.sentence,
      });
    }
  }
  for (const passage of passages) indexes.passages.add({ id: passage.id, text: passage.text, title });
}

export function discardFacts(indexes: FactIndexes, facts: Fact[], passages: Passage[]): void {
  for (const fact of facts) {
    const index =
      fact.kind === 'person' ? indexes.people : fact.kind === 'event' ? indexes.events : indexes.quotes;
    if (index.has(fact.id)) index.discard(fact.id);
  }
  for (const passage of passages) if (indexes.passages.has(passage.id)) indexes.passages.discard(passage.id);
}
