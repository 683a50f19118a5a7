/**
 * The benchmark's questions, drawn from the corpus itself (so that most have answers, as a user's would):
 * people's names for /who, words of dated events for /when, words of quotations for /quote, words of a
 * sentence as a free-text question, and misspelt names and words for the fuzzy path.
 */
import type { KnowledgeBase } from '../src/core/knowledgeBase.js';
import { STOP_WORDS } from '../src/core/index/searchTerms.js';
import { seededRandom } from './generateCorpus.js';

export const COMMANDS = ['who', 'when', 'quote', 'free text', 'fuzzy'] as const;
export type Command = (typeof COMMANDS)[number];
export type QuerySet = Record<Command, string[]>;

/** Facts kept of each kind to draw questions from. */
const SAMPLE = 4000;

export function buildQueries(kb: KnowledgeBase, count: number, seed = 42): QuerySet {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  // Reservoir samples, so that the whole corpus is drawn from without keeping it in memory.
  const samples = {
    names: [] as string[],
    events: [] as string[],
    quotes: [] as string[],
    sentences: [] as string[],
  };
  const seen = { names: 0, events: 0, quotes: 0, sentences: 0 };
  const keep = (kind: keyof typeof samples, value: string) => {
    const n = seen[kind]++;
    if (n < SAMPLE) samples[kind].push(value);
    else {
      const at = Math.floor(random() * (n + 1));
      if (at < SAMPLE) samples[kind][at] = value;
    }
  };
  for (const fact of kb.allFacts()) {
    if (fact.person) keep('names', fact.person.name);
    if (fact.event) keep('events', fact.event);
    if (fact.quote) keep('quotes', fact.quote.text);
    keep('sentences', fact.source.sentence);
  }
  const words = (text: string) =>
    (text.match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((w) => w.length > 2 && !STOP_WORDS.has(w.toLowerCase()));
  const span = (text: string, length: number) => {
    const all = words(text);
    const from = Math.floor(random() * Math.max(1, all.length - length));
    return all.slice(from, from + length).join(' ');
  };
  const misspell = (word: string) => {
    const at = 1 + Math.floor(random() * (word.length - 2));
    const edit = random();
    if (edit < 0.33) return word.slice(0, at) + word.slice(at + 1); // a letter left out
    if (edit < 0.66) return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2); // two swapped
    return word.slice(0, at) + 'e' + word.slice(at + 1); // one wrong
  };
  const surname = (name: string) => name.split(' ').pop()!;
  const queries: QuerySet = { who: [], when: [], quote: [], 'free text': [], fuzzy: [] };
  for (let i = 0; i < count; i++) {
    const name = pick(samples.names);
    queries.who.push(`/who ${random() < 0.6 ? name : surname(name)}`);
    queries.when.push(`/when ${span(pick(samples.events), 2)}`);
    queries.quote.push(`/quote ${span(pick(samples.quotes), 2 + Math.floor(random() * 2))}`);
    queries['free text'].push(span(pick(samples.sentences), 3 + Math.floor(random() * 3)));
    const long = [surname(pick(samples.names)), ...words(pick(samples.sentences))].filter(
      (w) => w.length >= 6,
    );
    const word = long.length === 0 ? 'government' : random() < 0.5 ? long[0]! : pick(long);
    queries.fuzzy.push(`${word === long[0] && random() < 0.8 ? '/who' : '/search'} ${misspell(word)}`);
  }
  return queries;
}
