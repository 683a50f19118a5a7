import type { KnowledgeBase } from '../knowledgeBase.js';
import type { Item } from '../types.js';
import { articleIdOf } from '../ids.js';
import { eventClauses, isStatementDate } from '../index/dateClauses.js';
import { relatedTerms } from '../index/relatedWords.js';
import { baseForm } from '../text/baseForm.js';
import type { Match } from './findMatches.js';
import { findMatches } from './findMatches.js';
import { queryWords, termsOf } from '../index/searchTerms.js';
import { ARTICLE, PREPOSITION } from './whenQuestion.js';
import { MAX_ANSWERS } from './limits.js';
import { datesNearby, matchingPassages } from './nearbyFacts.js';
import { SEARCH_WEIGHTS } from './searchWeights.js';
import { factItems } from './toItem.js';

/**
 * Words that say how an event was meant or expected, not which event: "When was ANA originally supposed to get
 * its 787?" of "ANA were to take delivery in May 2008", "By when does GM want to be down to 3,605 dealers?" of
 * "It intends to reduce that number … by 2010". They count a little towards coverage.
 */
const INTENT_WORDS = new Set(
  termsOf(
    'want wants wanted plan plans planned intend intends intended hope hoped expect expected supposed originally initially likely still ever again',
  ),
);
const INTENT_WEIGHT = 0.3;
/** A year the question gives ("close in 2019", "before the 2010 refresh") says when, which the answer does by its date: it counts as little. */
const YEAR = /^(?:1[89]|20)\d\d$/;

/** How much more of a question a passage must hold than the best event, for its neighbour's date to come first. */
const PASSAGE_LEAD = 0.15;

/**
 * Dated events about a topic ("Istanbul Convention"), best match first. A passage that matches the question
 * clearly better than any event, and has no date of its own, is answered with the date of the sentence
 * next to it (see `datesNearby`).
 */
export function when(
  kb: KnowledgeBase,
  query: string,
  minCoverage = 1,
  ahead = false,
  span = false,
  done = false,
): Item[] {
  const verb = done ? closingVerb(query) : undefined;
  const planned = ahead ? plannedVerb(query) : undefined;
  const matches = findMatches(kb.indexes.events, query, {
    ...SEARCH_WEIGHTS.events,
    rarity: kb.indexes.passages,
    minCoverage,
    limit: MAX_ANSWERS * 4,
    wordWeight: ({ term }) => (INTENT_WORDS.has(term) || YEAR.test(term) ? INTENT_WEIGHT : 1),
  }).filter((match) => holdsWhatHappened(match) && holdsTheVerb(match, verb));
  const statementAsked = STATEMENT_ASKED.test(query);
  const precise = preciseFirst(kb, doersFirst(kb, matches));
  const ranked = (statementAsked ? precise : eventsBeforeStatements(kb, precise)).slice(0, MAX_ANSWERS);
  const floor = Math.max(minCoverage, (ranked[0]?.coverage ?? 0) + PASSAGE_LEAD);
  const items = factItems(kb, ranked);
  const found = floor <= 1 ? datesNearby(kb, matchingPassages(kb, query, floor), query) : [];
  const nearby = writtenDatesBeforeLeads(found, items, query);
  const ordered = byWhatIsAsked(statementAsked ? statementsFirst(items) : items, query);
  // "When was the market built?" is not answered by "is due to be finished in 2017": that is a plan; nor
  // "When did Ryanair take over Aer Lingus?" by "has been trying to take over Aer Lingus since December".
  const asked = new Set(termsOf(query));
  const moved = new Set(nearby);
  const rest = (ahead ? stillToComeFirst(ordered) : ordered).filter((item) => !moved.has(item));
  const answers = withThePlannedVerb([...nearby, ...rest], planned).filter(
    (item) =>
      !done || !(laterThanArticle(item) || onlyTried(item, asked) || !passageHoldsTheVerb(item, verb)),
  );
  return (span ? periodsFirst(answers) : answers).slice(0, MAX_ANSWERS);
}

/**
 * "Leon Whitaker … has died at his home" opens an obituary dated by its article; "His death on Sunday was
 * confirmed" says the day. A lead dated only by its article's date comes after an event of the same
 * article whose sentence tells what the question asks happened (in its words or related ones) with a date
 * written.
 */
function writtenDatesBeforeLeads(nearby: readonly Item[], events: readonly Item[], query: string): Item[] {
  const happened = queryWords(query).flatMap(({ forms, name }) => {
    const term = forms.at(-1)!;
    return name || ANY_EVENT.has(term) ? [] : [term, ...relatedTerms(term)];
  });
  if (happened.length === 0) return [...nearby];
  const tells = (item: Item) => termsOf(item.source.sentence).some((term) => happened.includes(term));
  return nearby.flatMap((item) => {
    if (item.date?.text !== '') return [item];
    const told = events.find(
      (event) => event.source.id === item.source.id && event.date?.text && tells(event),
    );
    return told ? [told, item] : [item];
  });
}

/** A verb of trying or wanting before "to" and what was tried: "attempting to take over", "bid to buy". */
const TRIED =
  /\b(?:attempt|try|tri|seek|sought|bid|hope|plan|aim|want|threaten|offer|vow|push|fight|fought|struggl|campaign)\p{L}*\s+to\s+(\p{L}+(?:\s+\p{L}+)?)/giu;

/** Whether an answer's event only tried or wanted to do what the question asks was done. */
function onlyTried(item: Item, asked: ReadonlySet<string>): boolean {
  for (const [, tried] of (item.event ?? '').matchAll(TRIED))
    if (termsOf(tried!).some((term) => asked.has(term))) return true;
  return false;
}

/** "Between which dates were the batches made?": the answers that are periods ("2016-03/2017-10") first. */
function periodsFirst(items: readonly Item[]): Item[] {
  const period = (item: Item) => item.date?.iso.includes('/') ?? false;
  return [...items.filter(period), ...items.filter((item) => !period(item))];
}

/**
 * "When did the Airbus A350 first fly?" is not answered by the year Aer Lingus takes its A350s: an answer
 * holds (or its article's context does) a word of what the question asks happened, or one related to it,
 * when the question has such a word besides its names and the words any event has (made, got, first).
 */
function holdsWhatHappened(match: Match): boolean {
  const asked = match.words.flatMap(({ term, name }, i) => (name || ANY_EVENT.has(term) ? [] : [i]));
  const holds = (i: number) => match.heldIn(i).length > 0;
  return (
    asked.length === 0 || asked.some(holds) || match.words.some(({ term }, i) => isFigure(term) && holds(i))
  );
}

/**
 * A figure a question gives ("closed at 7,114", "down to 3,605 dealers") says which event it is, whatever
 * verb the question uses for it; not a year, which many events share, nor a number of one or two digits.
 */
function isFigure(term: string): boolean {
  return /^\d{3,}$/.test(term) && !YEAR.test(term);
}

/**
 * "When was the dam finished?", "When was the ship built?": a question ending on the verb of what was done is
 * answered only by an event of that verb (or one related to it), not by another event of the dam or ship.
 */
function holdsTheVerb(match: Match, verb: string | undefined): boolean {
  if (verb === undefined) return true;
  // A verb the corpus never writes is searched as its closest words, which answer another question.
  const i = match.words.findIndex((word) => word.term === verb);
  // The title ("Landlord fined £85,000") is the context of every event of its article: the verb held there
  // alone says nothing of which event it is.
  return i >= 0 && match.heldIn(i).some((field) => field !== 'context');
}

/** The term of the verb a question ends on ("built" of "When was the ship built?"), unless any event has it. */
function closingVerb(query: string): string | undefined {
  const last = /([\p{L}'’-]+)\W*$/u.exec(query)?.[1];
  return last && baseForm(last) !== undefined ? verbAsked(last) : undefined;
}

/** The search term of a question's verb, unless any event has it ("made", "happened"). */
function verbAsked(word: string): string | undefined {
  const term = termsOf(word).at(-1);
  return term === undefined || ANY_EVENT.has(term) ? undefined : term;
}

/** Before a question's last word, these (or an article or preposition) make it a noun ("its new owners"). */
const DETERMINER = /^(?:this|that|these|those|its|his|her|their|our|my|your|and|or|new)$/i;
/** "due to close", "expected to start": after these, "to" is before a verb. */
const PLANNED_TO = /^(?:due|expected|set|scheduled|going|planned|likely|about)$/i;
/** A question's last word that is no verb: a particle of its verb ("step down", "take over"), or an adverb. */
const NOT_A_VERB = /^(?:down|up|off|out|over|back|away|in|on|through|ahead|due|now|again|soon|yet|finally)$/i;

/**
 * "When will work on the car park restart?", "When does the timetable start?", "When is the deal due to
 * close?": a question of what is to come that ends on its verb, after its subject or "due to". Its term,
 * unless any event has it.
 */
function plannedVerb(query: string): string | undefined {
  const words = query.split(/\s+/);
  const [before, last] = words.slice(-2);
  if (!before || !last || !/^\p{Ll}[\p{L}'’-]*$/u.test(last) || NOT_A_VERB.test(last)) return undefined;
  const planned = before === 'to' && PLANNED_TO.test(words.at(-3) ?? '');
  if (!planned && !isOnlySubject(words.slice(0, -1))) return undefined;
  return verbAsked(last);
}

/**
 * Whether words read as a subject and no verb: not ending on an article, possessive, preposition or a word
 * in -ing ("enrolling volunteers"), and holding no verb any event has or of wanting ("take effect", "expect
 * parity with plastic packaging"), after which the last word is a noun.
 */
function isOnlySubject(words: readonly string[]): boolean {
  const last = words.at(-1) ?? '';
  if ([ARTICLE, PREPOSITION, DETERMINER].some((word) => word.test(last)) || /(?:['’]s?|ing)$/i.test(last))
    return false;
  // A name alone ("Priya Ashworth start"): what a person will do is told in many words ("take over").
  if (words.every((word) => /^\p{Lu}/u.test(word))) return false;
  // An article after a word that is no preposition follows a verb ("Vale leave the Trust board").
  if (words.some((word, i) => i > 0 && ARTICLE.test(word) && !PREPOSITION.test(words[i - 1]!))) return false;
  return !termsOf(words.join(' ')).some((term) => ANY_EVENT.has(term) || INTENT_WORDS.has(term));
}

/** Before a date, these make it when something ends ("runs until 5 May") or starts ("from Sunday 10 December"). */
const UNTIL = /\b(?:until|till|through|to)\s+$/i;
const FROM = /\b(?:from|as of|starting|beginning)\s+$/i;
const ENDING = new Set(termsOf('end close finish expire stop'));
const STARTING = new Set(termsOf('start begin open commence'));

/**
 * Whether an answer's sentence holds the verb asked, or one related to it, or says it by the word before its
 * date: "The exhibition runs until 5 May" answers "When does the exhibition close?", "Trains run hourly from
 * Sunday" answers "When does the timetable start?".
 */
function saysTheVerb(item: Item, verb: string | undefined): boolean {
  if (verb === undefined) return true;
  const sentence = item.source.sentence;
  if (holdsVerbOrRelated(sentence, verb)) return true;
  const at = item.date?.text ? sentence.indexOf(item.date.text) : -1;
  const before = at < 0 ? '' : sentence.slice(Math.max(0, at - 20), at);
  return (ENDING.has(verb) && UNTIL.test(before)) || (STARTING.has(verb) && FROM.test(before));
}

/**
 * The answers that say the verb a question of what is to come ends on (see `saysTheVerb`), and a day of the
 * same article inside one's month or year ("will reopen in 2015 … Pupils will return on 7 September"),
 * which says more precisely when.
 */
function withThePlannedVerb(items: readonly Item[], verb: string | undefined): Item[] {
  const saying = items.filter((item) => saysTheVerb(item, verb));
  const inside = (item: Item) =>
    saying.some(
      (other) =>
        other.source.id === item.source.id &&
        other.date !== undefined &&
        item.date?.iso.startsWith(`${other.date.iso}-`) === true,
    );
  return items.filter((item) => saying.includes(item) || inside(item));
}

/** Whether an answer read from a passage and its neighbour holds the verb asked, or one related to it. */
function passageHoldsTheVerb(item: Item, verb: string | undefined): boolean {
  return verb === undefined || !item.fromPassage || holdsVerbOrRelated(item.source.sentence, verb);
}

/** Whether a sentence holds a verb (as a search term) or a word related to it. */
function holdsVerbOrRelated(sentence: string, verb: string): boolean {
  const held = new Set(termsOf(sentence));
  return [verb, ...relatedTerms(verb)].some((term) => held.has(term));
}

/** How much less of a question an event whose clause does what it asks may cover, and still come first. */
const VERB_LEAD = 0.1;

/**
 * "When did the council approve the fee?" of "Solvik will charge a fee from next April, after its council
 * approved it on Wednesday": the date whose clause has the question's verb as its own ("approved") answers
 * it, before one whose clause holds more of the question's other words. Such events come first, when they
 * cover nearly as much of the question as the best.
 */
function doersFirst(kb: KnowledgeBase, matches: readonly Match[]): Match[] {
  const best = matches[0]?.coverage ?? 0;
  // Of the answers that will be shown: each one read is a record read.
  const does = matches.map(
    (match, i) =>
      i < MAX_ANSWERS && match.coverage >= best - VERB_LEAD && namesItsDoer(match) && clauseDoesIt(kb, match),
  );
  return [...matches.filter((_, i) => does[i]), ...matches.filter((_, i) => !does[i])];
}

/**
 * "In 2001 the iPod and the following year Mac OS X was released": a clause of another subject does not
 * answer "When was the iPod released?". Of the question's words the clause lacks, most must be the article's
 * subject or title (the clause may call it "its trustees"), not only in the rest of the sentence.
 */
function namesItsDoer(match: Match): boolean {
  const outside = match.words
    .map((_, i) => match.heldIn(i))
    .filter((fields) => fields.length > 0 && !fields.includes('clause'));
  return (
    outside.filter((fields) => fields.includes('context')).length * 2 > outside.length || outside.length === 0
  );
}

/**
 * Whether a verb of the event's clause (in the past: "approved", "took") is a word of the question or related
 * to one. A clause of no verb of its own ("chaired by Uzbekistan in 2021 and Turkmenistan in 2022") has the
 * verb of the clause before.
 */
function clauseDoesIt(kb: KnowledgeBase, match: Match): boolean {
  const asked = new Set(
    match.words.flatMap(({ term, name }) =>
      name || ANY_EVENT.has(term) ? [] : [term, ...relatedTerms(term)],
    ),
  );
  if (asked.size === 0) return false;
  const fact = kb.fact(match.id);
  if (!fact) return false;
  // The events of its sentence, read one by one: reading the whole article's facts costs a record's decoding.
  const neighbours = kb.passageFacts(fact.passageId, 'event').filter((other) => other.date);
  const clauses = eventClauses(neighbours);
  let at = neighbours.findIndex((other) => other.id === fact.id);
  let verbs = verbTerms(clauses.get(fact.id) ?? fact.source.sentence);
  while (verbs.length === 0 && at > 0) verbs = verbTerms(clauses.get(neighbours[--at]!.id) ?? '');
  return verbs.some((term) => asked.has(term));
}

/** The search terms of the verbs of a clause in the past, and of their base forms. */
function verbTerms(clause: string): string[] {
  return clause.split(/[^\p{L}'’-]+/u).flatMap((word) => {
    const base = baseForm(word);
    return base === undefined ? [] : [...termsOf(word), ...termsOf(base)];
  });
}

/** How much less of a question an event may cover than the date it was said on, and come before it. */
const STATEMENT_LEAD = 0.2;

/**
 * "… after inspectors found cracks, the council said yesterday" and "The cracks were found on 4 November":
 * the day a thing was said comes after the day it happened, when that holds nearly as much of the question.
 */
function eventsBeforeStatements(kb: KnowledgeBase, matches: Match[]): Match[] {
  const shown = matches.slice(0, MAX_ANSWERS);
  const statement = shown.map((match) => {
    const fact = kb.fact(match.id);
    return fact?.date !== undefined && isStatementDate(fact.source.sentence, fact.date.text);
  });
  const order = shown.map((match, i) => {
    if (!statement[i]) return i;
    // After the last event below it that holds nearly as much of the question.
    const passed = shown.findLastIndex(
      (other, j) => j > i && !statement[j] && other.coverage >= match.coverage - STATEMENT_LEAD,
    );
    return passed < 0 ? i : passed + 0.5;
  });
  const reordered = shown
    .map((match, i) => ({ match, at: order[i]! }))
    .sort((a, b) => a.at - b.at)
    .map(({ match }) => match);
  return [...reordered, ...matches.slice(MAX_ANSWERS)];
}

/** How much less of a question a date of the same article inside the best answer's may cover, and come first. */
const PRECISE_LEAD = 0.2;

/**
 * "Night buses will run again from next month … The first buses leave on Saturday, December 11": a day of the
 * same article inside the month (or year) that answers best says more precisely when; it comes first.
 */
function preciseFirst(kb: KnowledgeBase, matches: Match[]): Match[] {
  const best = matches[0] && kb.fact(matches[0].id);
  const period = best?.date?.iso;
  if (!best || !period || !/^\d{4}(?:-\d{2})?$/.test(period)) return matches;
  const inside = matches.findIndex((match, i) => {
    if (i === 0 || match.coverage < matches[0]!.coverage - PRECISE_LEAD) return false;
    // Only a fact of the same article is read: reading another's is reading another record.
    if (articleIdOf(match.id) !== best.source.id) return false;
    return kb.fact(match.id)?.date?.iso.startsWith(`${period}-`) === true;
  });
  return inside < 0 ? matches : [matches[inside]!, ...matches.filter((_, i) => i !== inside)];
}

/** Words of a question (as searched) that say nothing of which event it asks about. */
const ANY_EVENT = new Set(
  termsOf(
    'make made get got go went take took happen happened play played hold held stage staged first last next year day time date',
  ),
);

/** "When will Akerson step down?": the dates that were ahead of their article first, each group in its order. */
function stillToComeFirst(items: readonly Item[]): Item[] {
  const ahead = (item: Item) => (againstArticle(item) ?? -1) > 0;
  return [...items.filter(ahead), ...items.filter((item) => !ahead(item))];
}

/**
 * Whether an answer's date is after its article's ("due to be finished in 2017", written in 2015): told as
 * planned, not done. A date of the article's own month or year ("in June", "this year") may be past: it is kept.
 */
function laterThanArticle(item: Item): boolean {
  return (againstArticle(item) ?? 0) > 0;
}

/** An answer's day against its article's: 1 after it, 0 the same day, -1 before; `undefined` if either is unknown. */
function againstArticle(item: Item): number | undefined {
  if (item.date === undefined || item.source.date === undefined) return undefined;
  const day = item.date.iso.slice(0, 10);
  return day > item.source.date ? 1 : day < item.source.date ? -1 : 0;
}

/** "When did GM announce its sales drop?" asks when it was said, not when the drop was. */
const STATEMENT_ASKED =
  /\b(?:announce[ds]?|said|say|says|reported|reveal(?:ed|s)?|confirm(?:ed|s)?|disclose[ds]?)\b/i;

/** Of the answers from one sentence, the date it was said on takes the place of the first. */
function statementsFirst(items: readonly Item[]): Item[] {
  const statement = (item: Item) =>
    item.date !== undefined && isStatementDate(item.source.sentence, item.date.text);
  const place = (item: Item, i: number) =>
    statement(item) ? items.findIndex((other) => other.source.sentence === item.source.sentence) - 0.5 : i;
  return items
    .map((item, i) => ({ item, place: place(item, i) }))
    .sort((a, b) => a.place - b.place)
    .map(({ item }) => item);
}

/**
 * "its lowest level since April 1997", "had not been updated since 2008": the date after "since" in a clause
 * of a superlative or a negation is when it was last so, the answer to "When was it last that low?" only.
 */
const LAST_TIME =
  /\b(?:\p{L}{2,}est|first|worst|best|most|least|not|never|no)\b(?:\s+\S+){0,8}?\s+since\s+$/iu;
/** "rose 43% in February compared with the same period last year": a date to compare with, not of the event. */
const BASELINE =
  /\b(?:compared (?:to|with)|than|versus|vs\.?|(?:up|down) from \S+ (?:in|on))\s+(?:the same \S+ (?:of|in)\s+)?$/i;

/**
 * The answers that are the last time something was so first when the question asks when it "last" was, and
 * after the others otherwise; the dates a figure is compared with last.
 */
function byWhatIsAsked(items: readonly Item[], query: string): Item[] {
  const before = (item: Item) => {
    const sentence = item.source.sentence;
    const at = item.date ? sentence.indexOf(item.date.text) : -1;
    return at < 0 ? '' : sentence.slice(Math.max(0, at - 80), at);
  };
  const lastAsked = /\blast\b/i.test(query);
  const rank = (item: Item) => {
    const text = before(item);
    if (BASELINE.test(text)) return 2;
    if (LAST_TIME.test(text)) return lastAsked ? 0 : 1.5;
    return 1;
  };
  return items
    .map((item, i) => ({ item, rank: rank(item), i }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map(({ item }) => item);
}
