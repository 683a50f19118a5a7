import type { ExtractedArticle } from '../extract/extractFacts.js';
import { personKey, roleSetKey } from '../personKey.js';
import { articleContext, namesReferredTo, passageContext } from './articleContext.js';
import { eventClauses } from './dateClauses.js';
import type { IndexDocument, IndexSpec } from './searchIndex.js';

/**
 * Four indexes rather than one: a `/who` looks only at names and roles, a `/when` only at events, so that
 * each query scores against what it asks for and stays fast as the corpus grows.
 */
export type IndexName = 'people' | 'events' | 'quotes' | 'passages';

export const INDEX_NAMES: readonly IndexName[] = ['people', 'events', 'quotes', 'passages'];

/**
 * The fields of each index. Facts carry their `context` (the article's title and main subject, the sentence
 * before, acronyms spelt out): a question names what the article is about more often than the sentence does.
 * People store what `/who` groups them by, so that thousands of mentions of a name are grouped without
 * reading one fact.
 */
export const INDEX_SPECS = {
  // `subject`: what the article is about, for a person whose role names no organisation ("chief executive"
  // in an article about Lumensky is Lumensky's); `sentence`: the person's own sentence, which says more of
  // them than the rest of the article.
  people: {
    fields: ['name', 'roles', 'subject', 'sentence', 'context'],
    storeFields: ['person', 'roleSet', 'date'],
  },
  // `sentence`: the rest of the sentence, outside the date's clause or the quotation.
  events: { fields: ['clause', 'sentence', 'context'] },
  // `reported`: said in other words ("X said that …"), which `/quote` gives after the quotations.
  quotes: { fields: ['quote', 'speaker', 'sentence', 'context'], storeFields: ['reported'] },
  passages: { fields: ['text'] },
} as const satisfies Record<IndexName, IndexSpec>;

/** The names of an index's fields, which its search weights are typed by: a misspelt field is an error. */
export type IndexField<I extends IndexName> = (typeof INDEX_SPECS)[I]['fields'][number];

const CAPITALISED_WORD = /\b\p{Lu}[\p{L}\d&'’-]*/gu;

/** A sentence that opens with whose it is, as the sentence before says: "Its head, …", "Their leader, …". */
const OWNED_BEFORE = /^(?:Its|Their)\s/;

/** The documents an article adds to each index, in the order the article states them. */
export function documentsOf(
  extracted: ExtractedArticle,
  article: { title?: string; date?: string },
): Record<IndexName, IndexDocument[]> {
  const documents: Record<IndexName, IndexDocument[]> = { people: [], events: [], quotes: [], passages: [] };
  const { passages, facts } = extracted;
  const context = articleContext(article.title ?? '', passages);
  const byId = new Map(passages.map((passage, i) => [passage.id, i]));
  // A quotation's context also holds the sentence before its own, which often says who speaks and about
  // what; a person's and an event's, the names in it, which say what "its chief executive" leads and what
  // "it would publish a report in December" is about.
  const sentenceBefore = (passageId: string) => {
    const i = byId.get(passageId) ?? 0;
    return i > 0 && !passages[i - 1]!.headline ? passages[i - 1]!.text : '';
  };
  const withSentenceBefore = (passageId: string, sentence: string) =>
    `${passageContext(context, sentence)} | ${sentenceBefore(passageId)}`;
  // The names of the sentence before, and those it refers to ("The plant, which …. It was fined in 2017").
  const withNamesBefore = (passageId: string, sentence: string) => {
    const before = sentenceBefore(passageId);
    const names = [...(before.match(CAPITALISED_WORD) ?? []), ...namesReferredTo(context, before)];
    return `${passageContext(context, sentence)} | ${names.join(' ')}`;
  };
  const clauses = eventClauses(facts);
  for (const fact of facts) {
    const sentence = fact.source.sentence;
    if (fact.kind === 'person' && fact.person) {
      documents.people.push({
        id: fact.id,
        name: fact.person.name,
        roles: fact.person.roles.join(' | '),
        subject: fact.person.roles.some((role) => !/\p{Lu}/u.test(role)) ? context.subject.join(' ') : '',
        sentence,
        // "Its general secretary, Nadia Ferrante,": "its" is what the sentence before is about, in any words.
        context: OWNED_BEFORE.test(sentence)
          ? withSentenceBefore(fact.passageId, sentence)
          : withNamesBefore(fact.passageId, sentence),
        person: personKey(fact.person.name),
        roleSet: roleSetKey(fact.person.roles),
        date: article.date ?? '',
      });
    } else if (fact.kind === 'event' && fact.date) {
      const clause = clauses.get(fact.id) ?? sentence;
      documents.events.push({
        id: fact.id,
        clause,
        sentence: outside(sentence, clause),
        context: withNamesBefore(fact.passageId, sentence),
      });
    } else if (fact.kind === 'quote' && fact.quote) {
      documents.quotes.push({
        id: fact.id,
        quote: fact.quote.text,
        speaker: fact.quote.speaker ?? '',
        sentence: outside(sentence, fact.quote.text),
        context: withSentenceBefore(fact.passageId, sentence),
        ...(fact.quote.reported ? { reported: 'yes' } : {}),
      });
    }
  }
  documents.passages = passages.map(({ id, text }) => ({ id, text }));
  return documents;
}

/** The words of a sentence outside a part of it, which is indexed in a field of its own: no word twice. */
function outside(sentence: string, part: string): string {
  const at = sentence.indexOf(part);
  return at < 0 ? sentence : `${sentence.slice(0, at)} ${sentence.slice(at + part.length)}`.trim();
}
