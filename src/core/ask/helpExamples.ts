import type { CommandInfo } from '../commands.js';
import { answersTo, QUESTION_FORMS } from '../commands.js';
import { GIVEN_NAMES } from '../extract/givenNames.js';
import { eventClauses } from '../index/dateClauses.js';
import type { KnowledgeBase } from '../knowledgeBase.js';
import { personKey } from '../personKey.js';
import type { Fact, Item, QueryIntent } from '../types.js';
import type { WordCounts } from './exampleWords.js';
import { countWords, eventWords, looseWords, mostPassagesFirst, topicsOf } from './exampleWords.js';
import { parseInput } from './parseInput.js';
import { whenQuestion } from '../query/whenQuestion.js';

/** Examples drawn from the loaded corpus, each found to answer as a user would ask it. */
export interface HelpExamples {
  /** The corpus holds no article. */
  empty: boolean;
  /** A command for each kind of question the corpus answers ("/who Jankauskas"); none for a kind it cannot. */
  commands: Partial<Record<QueryIntent, string>>;
  /** The name /who's example asks by ("Jankauskas"), for other ways of asking (Telegram's inline mode). */
  name?: string;
  /** Questions in words the corpus answers ("Who is the EU Ambassador to Kazakhstan?"), up to three. */
  questions: string[];
}

/** Articles the examples are drawn from: the newest, whose people and events are those in the news now. */
const SAMPLE_ARTICLES = 60;
/** Candidates of each kind looked at before giving up on that kind. */
const TRIES = 12;
/** Questions asked to draw one example: each is a query, and help must come quickly. */
const ASKS_PER_EXAMPLE = 24;
/**
 * Questions asked for each example whatever the time: a busy machine still gets examples, a slow one pays
 * for these few, and the draw's deadline bounds only the rest.
 */
const ASKS_WITHOUT_DEADLINE = 4;
/** A name as people write it: two to four capitalised words ("Kęstutis Jankauskas", "Mary O'Neill-Hart"). */
const FULL_NAME = /^\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}(?: \p{Lu}[\p{L}\p{M}'’-]*\p{Ll}){1,3}$/u;
/** A role held at the article's date, of a few words ("former mayor" and "future …" are not held). */
const CURRENT_ROLE = /^(?!(?:former|future)\b)\S+(?: \S+){0,5}$/i;
/** A role that begins with whose it is ("CPHI's acting director"): asked without "the". */
const OWNED_ROLE = /^\p{Lu}\S*['’]s\s/u;
/** A role capitalised only as its sentence's first word ("Harbour master"), not as a title ("Prime Minister"). */
const SENTENCE_CAPITAL = /^\p{Lu}(?=\p{Ll}*(?: \p{Ll}+)+$)/u;
const QUOTATION_MARK = /[“”"„«»]/;
/** A year, a month or a day whose year is known: "4 December (year unknown)" makes a poor example. */
const KNOWN_YEAR = /^\d{4}(?:-\d{2}){0,2}$/;

/** Examples are drawn again at most this often: with feeds, the corpus may change at every poll. */
const REDRAW_AFTER_MS = 60_000;
/** Time spent asking for examples at most, after which the kinds not yet drawn have none. */
const DRAW_BUDGET_MS = 50;

interface Drawn {
  generation: number;
  /** When they were drawn, by the clock they were drawn with. */
  at: number;
  examples: HelpExamples;
  /** New examples are being drawn after this turn of the event loop. */
  redrawing: boolean;
}

const drawn = new WeakMap<KnowledgeBase, Drawn>();

/** The clock examples are timed by: milliseconds, as `Date.now` gives them. */
export type Clock = () => number;

/**
 * Examples for help texts, drawn from the loaded corpus, each asked as a user would ask it (`answersTo`)
 * and kept only if its first answer is what it was drawn from: a person by the name people would type, an
 * event by a few words of its clause, a speaker's quotations, words that several passages share, and
 * questions in words. They are drawn on the first call, in `DRAW_BUDGET_MS` at most. Once the knowledge base
 * has changed, the examples kept are still given, and new ones are drawn after the reply (`setImmediate`), no
 * sooner than `REDRAW_AFTER_MS` after the last: asking for them costs tens of queries, and a help must not
 * wait for them nor a corpus fed at every poll keep the event loop busy.
 */
export function helpExamples(kb: KnowledgeBase, now: Clock = Date.now): HelpExamples {
  const kept = drawn.get(kb);
  if (!kept) return draw(kb, now).examples;
  if (kept.generation !== kb.generation && !kept.redrawing && now() - kept.at >= REDRAW_AFTER_MS) {
    kept.redrawing = true;
    setImmediate(() => draw(kb, now));
  }
  return kept.examples;
}

function draw(kb: KnowledgeBase, now: Clock): Drawn {
  const generation = kb.generation;
  const at = now();
  const made: Drawn = { generation, at, examples: drawExamples(kb, now), redrawing: false };
  drawn.set(kb, made);
  return made;
}

/** A command's example: the corpus's own, else one that holds on any corpus, else the form it is typed in. */
export function exampleOf(examples: HelpExamples, info: CommandInfo): string {
  const own = info.query ? examples.commands[info.command] : undefined;
  // Following someone the corpus names: the person of the /who example.
  const followed =
    (info.command === 'follow' || info.command === 'unfollow') && examples.commands.who
      ? examples.commands.who.replace(/^\/who\b/, `/${info.command}`)
      : undefined;
  return own ?? followed ?? info.example ?? info.usage;
}

/** The questions in words help shows: the corpus's own, else their general forms. */
export function questionsOf(examples: HelpExamples): readonly string[] {
  return examples.questions.length > 0 ? examples.questions : QUESTION_FORMS;
}

interface Person {
  name: string;
  role: string;
  articles: Set<string>;
  mentions: number;
}

interface Speaker {
  name: string;
  /** Their quotations in quotation marks (not reported speech), in the order the articles give them. */
  quotes: Fact[];
}

interface DatedEvent {
  fact: Fact;
  /** The part of its sentence its date belongs to. */
  clause: string;
  /** What a `/when` could ask it by: the names and phrases of its clause… */
  words: string[];
  /** …else two words of it that stand apart. */
  loose: string | undefined;
}

function drawExamples(kb: KnowledgeBase, now: Clock): HelpExamples {
  if (kb.stats.articles === 0) return { empty: true, commands: {}, questions: [] };
  const deadline = now() + DRAW_BUDGET_MS;
  // Each example gets `ASKS_PER_EXAMPLE` questions, and all of them the draw's time: help must not wait.
  const asker = (): Ask => {
    let asked = 0;
    return (input) =>
      asked++ < ASKS_PER_EXAMPLE && (asked <= ASKS_WITHOUT_DEADLINE || now() < deadline)
        ? answersTo(kb, parseInput(input))
        : undefined;
  };
  const articles = newestArticles(kb);
  const facts = articles.flatMap((id) => kb.articleFacts(id));
  // The sentences facts rest on, not every passage: read from the cache one by one, those cost seconds.
  const counts = countWords(new Set(facts.map((fact) => fact.source.sentence)));
  const people = peopleOf(facts);
  const events = eventsOf(facts, new Set(people.flatMap((p) => p.name.split(' '))));
  const who = whoExample(asker(), people);
  // Another person than /who's where the corpus has one: help then names two people rather than one twice.
  const speakers = speakersOf(facts).sort(
    (a, b) => Number(samePerson(a.name, who?.person)) - Number(samePerson(b.name, who?.person)),
  );
  const commands: [QueryIntent, string | undefined][] = [
    ['who', who && `/who ${who.name}`],
    ['when', whenExample(asker(), asker(), events)],
    ['quote', quoteExample(asker(), speakers)],
    ['search', searchExample(asker(), counts)],
  ];
  const questions = [
    roleQuestion(asker(), people),
    dateQuestion(asker(), events),
    speakerQuestion(asker(), speakers, counts),
  ];
  return {
    empty: false,
    commands: Object.fromEntries(commands.filter(([, example]) => example !== undefined)),
    ...(who ? { name: who.name } : {}),
    questions: questions.filter((question) => question !== undefined),
  };
}

/** The best supported person whose first answer is them with a role, and the name they are asked by. */
function whoExample(ask: Ask, people: Person[]): { person: string; name: string } | undefined {
  return firstOf(people, (p) =>
    firstOf(askedBy(p.name), (name) =>
      isPerson(ask(`/who ${name}`), p.name) ? { person: p.name, name } : undefined,
    ),
  );
}

/** The first event a name or phrase of its clause finds; else the first that two of its words find. */
function whenExample(named: Ask, loose: Ask, events: DatedEvent[]): string | undefined {
  const byWords = (ask: Ask, words: string, fact: Fact) =>
    isEvent(ask(`/when ${words}`), fact) ? `/when ${words}` : undefined;
  return (
    firstOf(events, ({ fact, words }) => firstOf(words, (w) => byWords(named, w, fact))) ??
    firstOf(events, ({ fact, loose: words }) => (words ? byWords(loose, words, fact) : undefined))
  );
}

function quoteExample(ask: Ask, speakers: Speaker[]): string | undefined {
  return firstOf(speakers, (s) =>
    firstOf(askedBy(s.name), (name) =>
      isQuoteBy(ask(`/quote ${name}`), s.name) ? `/quote ${name}` : undefined,
    ),
  );
}

/** Two words that several passages share, else one: a corpus of one short article may share no pair. */
function searchExample(ask: Ask, counts: WordCounts): string | undefined {
  const found = (words: string) =>
    (ask(`/search ${words}`)?.length ?? 0) > 0 ? `/search ${words}` : undefined;
  return firstOf(mostPassagesFirst(counts.pairs), found) ?? firstOf(mostPassagesFirst(counts.words), found);
}

/** "Who is the harbour master?", of a role of a few words that finds its holder. */
function roleQuestion(ask: Ask, people: Person[]): string | undefined {
  return firstOf(
    people.filter((p) => p.role.includes(' ')),
    (p) => {
      const role = p.role.replace(SENTENCE_CAPITAL, (c) => c.toLowerCase());
      const question = `Who is ${OWNED_ROLE.test(role) ? '' : 'the '}${role}?`;
      return isPerson(ask(question), p.name) ? question : undefined;
    },
  );
}

/** "When did the Eastport harbour reopen?", of an event whose clause reads as one. */
function dateQuestion(ask: Ask, events: DatedEvent[]): string | undefined {
  return firstOf(events, ({ fact, clause }) => {
    const question = whenQuestion(clause, fact.date!.text);
    return question !== undefined && isEvent(ask(question), fact) ? question : undefined;
  });
}

/**
 * "What did Lindqvist say about fishing fleet?", of what the corpus says most about of all a speaker said,
 * else of a name they said; none of a speaker who said neither.
 */
function speakerQuestion(ask: Ask, speakers: Speaker[], counts: WordCounts): string | undefined {
  return firstOf(speakers, (s) => {
    const topics = s.quotes
      .flatMap((fact) => topicsOf(fact.quote!.text, counts).map((topic) => ({ fact, ...topic })))
      .sort((a, b) => b.passages - a.passages);
    return firstOf(topics, ({ fact, words }) => {
      const question = `What did ${askedBy(s.name)[0]} say about ${words}?`;
      return isQuoteBy(ask(question), s.name, fact.quote!.text) ? question : undefined;
    });
  });
}

/** The ids of the newest articles, by their date and then their id: the same corpus, the same articles. */
function newestArticles(kb: KnowledgeBase): string[] {
  return [...kb.articleIds()]
    .map((id) => ({ id, date: kb.article(id)?.date ?? '' }))
    .sort((a, b) => (a.date !== b.date ? (a.date > b.date ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, SAMPLE_ARTICLES)
    .map((article) => article.id);
}

/**
 * People with a full name and a role they hold, best supported first: named in the most articles, then with
 * a given name people know (a person, not a fragment such as "Hospitals Trust"), then named most often.
 */
function peopleOf(facts: readonly Fact[]): Person[] {
  const byKey = new Map<string, Omit<Person, 'role'> & { role?: string }>();
  for (const fact of facts) {
    if (fact.kind !== 'person' || !fact.person || !FULL_NAME.test(fact.person.name)) continue;
    const key = personKey(fact.person.name);
    const person = byKey.get(key) ?? { name: fact.person.name, articles: new Set<string>(), mentions: 0 };
    byKey.set(key, person);
    person.articles.add(fact.source.id);
    person.mentions++;
    person.role ??= fact.person.roles.find((role) => CURRENT_ROLE.test(role));
  }
  const known = (p: Person) => Number(hasGivenName(p.name));
  return [...byKey.values()]
    .filter((p): p is Person => p.role !== undefined)
    .sort((a, b) => b.articles.size - a.articles.size || known(b) - known(a) || b.mentions - a.mentions);
}

/**
 * People quoted in quotation marks, the most quoted first: people the articles name as such, or whose given
 * name is known, not an organisation ("Federal Reserve").
 */
function speakersOf(facts: readonly Fact[]): Speaker[] {
  const people = new Set(facts.flatMap((fact) => (fact.person ? [personKey(fact.person.name)] : [])));
  const byKey = new Map<string, Speaker>();
  for (const fact of facts) {
    const speaker = fact.kind === 'quote' && !fact.quote?.reported ? fact.quote?.speaker : null;
    if (!speaker || !FULL_NAME.test(speaker)) continue;
    const key = personKey(speaker);
    if (!people.has(key) && !hasGivenName(speaker)) continue;
    const known = byKey.get(key);
    if (known) known.quotes.push(fact);
    else byKey.set(key, { name: speaker, quotes: [fact] });
  }
  return [...byKey.values()].sort((a, b) => b.quotes.length - a.quotes.length);
}

/**
 * Dated events in the order the newest articles state them (an article's first events are what it is
 * about), with the clause of their date and words to ask them by. Only dates whose year is known, and
 * sentences that quote no one: an example should read plainly.
 */
function eventsOf(facts: readonly Fact[], personWords: ReadonlySet<string>): DatedEvent[] {
  const clauses = eventClauses(facts);
  const events: DatedEvent[] = [];
  for (const fact of facts) {
    const clause = clauses.get(fact.id);
    if (!clause || QUOTATION_MARK.test(fact.source.sentence) || !KNOWN_YEAR.test(fact.date!.iso)) continue;
    events.push({
      fact,
      clause,
      words: eventWords(clause, fact.date!.text, personWords),
      loose: looseWords(clause, fact.date!.text),
    });
  }
  return events;
}

/** Whether a name starts with a given name people know ("Clara Benz", not "Hospitals Trust"). */
function hasGivenName(name: string): boolean {
  return GIVEN_NAMES.has(personKey(name).split(' ')[0]!);
}

/** The names a person is asked by, the shortest first: the surname, then the full name. */
function askedBy(name: string): string[] {
  return [name.slice(name.lastIndexOf(' ') + 1), name];
}

/**
 * The answers to a command or question as a user would ask it; `undefined` once the asks of its example or
 * the time of the draw are spent.
 */
type Ask = (input: string) => Item[] | undefined;

/** Whether the first answer is this person, with a role: "X is named, without a role" shows little. */
function isPerson(asked: Item[] | undefined, name: string): boolean {
  const first = asked?.[0]?.person;
  return samePerson(first?.name, name) && (first?.roles.length ?? 0) > 0;
}

/** Whether the first answer is this event: its date, from its article. */
function isEvent(asked: Item[] | undefined, event: Fact): boolean {
  const first = asked?.[0];
  return first?.date?.iso === event.date?.iso && first?.source.id === event.source.id;
}

/** Whether the first answer is a quotation of this speaker (this quotation, when `text` is given). */
function isQuoteBy(asked: Item[] | undefined, speaker: string, text?: string): boolean {
  const first = asked?.[0]?.quote;
  return samePerson(first?.speaker ?? undefined, speaker) && (text === undefined || first?.text === text);
}

function samePerson(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && personKey(a) === personKey(b);
}

/** What `make` gives for the first of the first `TRIES` candidates it gives something for. */
function firstOf<T, R>(candidates: readonly T[], make: (candidate: T) => R | undefined): R | undefined {
  for (const candidate of candidates.slice(0, TRIES)) {
    const made = make(candidate);
    if (made !== undefined) return made;
  }
  return undefined;
}
