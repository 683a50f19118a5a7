import { passageId, sourceOf } from '../ids.js';
import type { KnowledgeBase } from '../knowledgeBase.js';
import type { Fact, Item, Passage } from '../types.js';
import { formatDate } from '../text/formatDate.js';
import { ROLE_HEADS, ROLE_MODIFIERS } from '../extract/lexicon.js';
import { queryWords, spelledOut, termsOf } from '../index/searchTerms.js';
import { roleSetKey } from '../personKey.js';
import { holdsFieldsAsked, holdsRoleAsked, LEADING_WORDS, titlesOfOneSex, wordsAsked } from './roleAsked.js';
import { eventClauses } from '../index/dateClauses.js';
import { findMatches } from './findMatches.js';
import { SEARCH_WEIGHTS } from './searchWeights.js';

/** Words between a person's name and the role word a passage names them by, at most ("Bantom, the union's vice president"). */
const NEAR = 6;
/** Passages read for an answer when no fact answers a question: the best few. */
const PASSAGES_READ = 3;
/** Words that open a sentence about what the one before said ("As a result, Kazakhstan joined …"). */
const FOLLOWS_ON =
  /^(?:as a result|then|later|after that|afterwards|subsequently|this|that|it|there|the move|the decision)\b/i;

/** A passage that matches a question, with how much of it the passage holds. */
export interface PassageMatch {
  passage: Passage;
  coverage: number;
}

/** The passages that best match a question, each with its coverage. */
export function matchingPassages(kb: KnowledgeBase, query: string, minCoverage: number): PassageMatch[] {
  const found: PassageMatch[] = [];
  for (const match of findMatches(kb.indexes.passages, query, {
    ...SEARCH_WEIGHTS.passages,
    minCoverage,
    limit: PASSAGES_READ * 2,
  })) {
    const passage = kb.passage(match.id);
    if (passage && !passage.headline) found.push({ passage, coverage: match.coverage });
    if (found.length >= PASSAGES_READ) break;
  }
  return found;
}

/**
 * Dates for passages that match a question but state no date of their own: "Boeing unveiled its 787" is
 * dated by the sentence after it ("Sunday was chosen …"), "As a result, Kazakhstan joined …" by the one
 * before; an article's first sentence, by the article's date when no sentence next to it has one. Each
 * answer cites the sentences it rests on and is marked as read from a passage.
 */
export function datesNearby(kb: KnowledgeBase, passages: readonly PassageMatch[], query: string): Item[] {
  const asked = new Set(termsOf(query));
  // Of the neighbour's dates, that of the clause holding most of the question ("delayed until October 2007"
  // for a question about the delay, not the "later this year" it was first due).
  const askedIn = (clause: string | undefined) =>
    termsOf(clause ?? '').filter((term) => asked.has(term)).length;
  const items: Item[] = [];
  const happened = whatHappenedAsked(query);
  for (const { passage } of passages) {
    if (askedOnlyInDescription(passage.text, happened)) continue;
    const facts = kb.articleFacts(passage.articleId);
    if (facts.some((fact) => fact.kind === 'event' && fact.passageId === passage.id)) continue;
    const before = kb.passageBefore(passage.id);
    const after = kb.passage(passageId(passage.articleId, passage.index + 1));
    const order = FOLLOWS_ON.test(passage.text) ? [before, after] : [after, before];
    for (const neighbour of order) {
      if (!neighbour || neighbour.headline) continue;
      const events = facts.filter((fact) => fact.kind === 'event' && fact.passageId === neighbour.id);
      const clauses = eventClauses(events);
      const event = events.reduce<Fact | undefined>(
        (best, fact) =>
          best === undefined || askedIn(clauses.get(fact.id)) > askedIn(clauses.get(best.id)) ? fact : best,
        undefined,
      );
      if (!event?.date) continue;
      const [first, second] = neighbour === before ? [neighbour, passage] : [passage, neighbour];
      const which = neighbour === before ? 'before' : 'after';
      const text = `${formatDate(event.date.iso)}: ${passage.text} (dated by the sentence ${which})`;
      items.push({ ...nearbyItem(kb, event, text, `${first.text} ${second.text}`), event: passage.text });
      break;
    }
    const article = kb.article(passage.articleId);
    // The lead of a dated article that dates nothing tells the news of its day ("GM has cancelled …").
    if (
      items.at(-1)?.source.sentence.includes(passage.text) ||
      !article?.date ||
      (before && !before.headline)
    )
      continue;
    items.push({
      kind: 'event',
      text: `${formatDate(article.date)}: ${passage.text} (the date of the article, whose first sentence this is)`,
      date: { iso: article.date, text: '' },
      event: passage.text,
      source: sourceOf(article, passage.text),
      fromPassage: true,
    });
  }
  return items;
}

/** The terms of a question's words that are no names: what it asks happened ("start", "operating"). */
function whatHappenedAsked(query: string): ReadonlySet<string> {
  return new Set(queryWords(query).flatMap((word) => (word.name ? [] : word.forms)));
}

/**
 * "Zuri Rides, which also operates in Uganda, said it would appeal": a clause set off by a comma and "which"
 * or "who" describes what the sentence names, as it has long been; the date of the sentence next to it is of
 * the news the rest tells, so it dates no question whose words of what happened stand only in that clause.
 */
function askedOnlyInDescription(text: string, happened: ReadonlySet<string>): boolean {
  const held = (part: string) => termsOf(part).some((term) => happened.has(term));
  return held(text) && !held(text.replace(DESCRIBING_CLAUSE, ' '));
}

const DESCRIBING_CLAUSE = /,\s+(?:which|who)\b[^,.;]*(?:,|$)/giu;

/**
 * People a matching passage names next to the role asked for, when no extracted role answers it: for each
 * place the passage writes a role word of the question, the person of the same article named nearest to it
 * (within a few words), with the role as the passage writes it ("Kelpwise's chief executive and co-founder,
 * Lena Hartmann": chief executive). Only for a question that names a role, or asks who leads something: a
 * passage that holds a name asked for says nothing of who else it names.
 */
export function peopleNearby(
  kb: KnowledgeBase,
  query: string,
  passages: readonly PassageMatch[],
  leading = false,
): Item[] {
  const asked = wordsAsked(query);
  // Role words as sequences: "CEO" asked is "chief executive" written (the whole of it, not "chief" alone).
  const single = leading ? LEADING_WORDS : [...asked].filter((word) => ROLE_HEADS.has(word));
  // "spokesperson" asked is the "spokesman" or "spokeswoman" written.
  const heads: string[][] = [...single, ...single.flatMap(titlesOfOneSex)].map((word) => [word]);
  for (const word of single) {
    const spelt = spelledOut(word);
    if (spelt)
      heads.push(
        spelt.map((w) => w.toLowerCase()),
        spelt.slice(0, 2).map((w) => w.toLowerCase()),
      );
  }
  const items: Item[] = [];
  if (heads.length === 0) return items;
  const roleWords = new Set(heads.flat());
  for (const { passage } of passages) {
    const words = passage.text.split(/[^\p{L}\p{N}'’-]+/u);
    const lower = words.map((word) => word.toLowerCase());
    // A person of the article with no role, or one of the roles asked (a former mayor is not a mayor).
    const people = kb.articleFacts(passage.articleId).filter((fact) => {
      const roles = fact.person?.roles;
      return (
        fact.kind === 'person' &&
        roles &&
        (roles.length === 0 ||
          (holdsRoleAsked(roleSetKey(roles), asked) && holdsFieldsAsked(roleSetKey(roles), query)))
      );
    });
    const named = new Set<string>();
    lower.forEach((_, at) => {
      if (!heads.some((head) => head.every((word, i) => lower[at + i] === word))) return;
      const nearest = nearestPerson(words, at, people);
      if (!nearest || named.has(nearest.id)) return;
      named.add(nearest.id);
      const { name, roles } = nearest.person!;
      // "The UK fisheries minister, Robert Ainslie": the words asked about the role are part of it.
      const role = roles.length > 0 ? roles : [roleAround(words, at, new Set([...roleWords, ...asked]))];
      items.push({
        ...nearbyItem(
          kb,
          nearest,
          `${name} is ${role.join('; ')} (read from the sentence quoted).`,
          passage.text,
        ),
        person: { name, roles: role },
      });
    });
  }
  return items;
}

/**
 * The people a passage says did what the question asks (`action`, a verb in the past), in the articles of the
 * passages that match it: the one named just after "ACTION by" ("The jury, chaired by the Danish architect
 * Henrik Lund"), else the one named just before the verb ("Torbjørn Lie estimated"), with their roles. The
 * passage must hold the verb and another word of the question that is not a name ("jury"): the names are
 * often only in the article's other sentences. Each answer cites the passage.
 */
export function agentsNearby(
  kb: KnowledgeBase,
  action: string,
  question: string,
  matching: readonly PassageMatch[],
): Item[] {
  const verb = termsOf(action)[0];
  const asked = queryWords(question)
    .filter((word) => !word.name)
    .map((word) => word.forms.at(-1)!)
    .filter((term) => term !== verb);
  const items: Item[] = [];
  if (verb === undefined || asked.length === 0) return items;
  for (const articleId of new Set(matching.map(({ passage }) => passage.articleId))) {
    const people = kb.articleFacts(articleId).filter((fact) => fact.kind === 'person');
    let before = false;
    for (const passage of kb.articlePassages(articleId)) {
      const words = passage.text.split(/[^\p{L}\p{N}'’-]+/u);
      const terms = words.map((word) => termsOf(word)[0]);
      const holds = asked.some((term) => terms.includes(term));
      // "A library … has won the prize. It was commissioned by …": "it" is what the sentence before names.
      const refers = holds || (before && /^(?:it|they|this|the project)\b/i.test(passage.text));
      before = holds;
      if (passage.headline || !refers) continue;
      terms.forEach((term, at) => {
        if (term !== verb) return;
        const doer =
          words[at + 1] === 'by'
            ? nearestPerson(words.slice(at + 2, at + 3 + NEAR), 0, people, 'after')
            : nearestPerson(words.slice(Math.max(0, at - NEAR), at), NEAR, people, 'before');
        if (!doer || items.some((item) => item.person?.name === doer.person!.name)) return;
        const { name, roles } = doer.person!;
        const text = roles.length > 0 ? `${name} is ${roles.join('; ')}` : `${name} ${action} it`;
        items.push(nearbyItem(kb, doer, `${text} (read from the sentence quoted).`, passage.text));
      });
    }
  }
  return items;
}

/** Words after which a passage names who comes after someone: "to be replaced by current director Theodore Solso". */
const SUCCEEDED_BY =
  /\b(?:replaced by|succeeded by|(?:his|her|their) successor,?|(?:his|her|their) replacement,?)\s/gi;

/**
 * Whom a matching passage that names `surname` says replaces or succeeds them: the first other person of the
 * article (not `predecessor`) named within a few words after "replaced by", "succeeded by", "her
 * successor", with their roles.
 */
export function successorsNearby(
  kb: KnowledgeBase,
  passages: readonly PassageMatch[],
  surname: string,
  predecessor: (name: string) => boolean,
): Item[] {
  const items: Item[] = [];
  for (const { passage } of passages) {
    const words = passage.text.split(/[^\p{L}\p{N}'’-]+/u);
    if (!words.includes(surname)) continue;
    const people = kb
      .articleFacts(passage.articleId)
      .filter((fact) => fact.kind === 'person' && !predecessor(fact.person!.name));
    for (const phrase of passage.text.matchAll(SUCCEEDED_BY)) {
      const at =
        passage.text.slice(0, phrase.index + phrase[0].length).split(/[^\p{L}\p{N}'’-]+/u).length - 1;
      const next = nearestPerson(words.slice(at), 0, people);
      if (!next || items.some((item) => item.person?.name === next.person!.name)) continue;
      const { name, roles } = next.person!;
      const text = roles.length > 0 ? `${name} is ${roles.join('; ')}` : `${name} succeeds ${surname}`;
      items.push({
        ...nearbyItem(kb, next, `${text} (read from the sentence quoted).`, passage.text),
        person: { name, roles },
      });
    }
  }
  return items;
}

/**
 * Of the people given, the one whose surname the words hold nearest to `at`, within `NEAR` words; only
 * `before` or `after` it when asked.
 */
function nearestPerson(
  words: readonly string[],
  at: number,
  people: readonly Fact[],
  side?: 'before' | 'after',
): Fact | undefined {
  let best: { fact: Fact; distance: number } | undefined;
  for (const fact of people) {
    const surname = fact.person!.name.split(' ').at(-1)!;
    words.forEach((word, i) => {
      if ((side === 'before' && i >= at) || (side === 'after' && i < at)) return;
      const distance = Math.abs(i - at);
      if (word === surname && distance <= NEAR && (!best || distance < best.distance))
        best = { fact, distance };
    });
  }
  return best?.fact;
}

/** The role phrase around a role word: the role words and their lower-case qualifiers next to it ("chief executive"). */
function roleAround(words: readonly string[], at: number, heads: ReadonlySet<string>): string {
  const isRoleWord = (word: string | undefined) =>
    word !== undefined &&
    /^\p{Ll}/u.test(word) &&
    (heads.has(word) || ROLE_MODIFIERS.has(word) || ROLE_HEADS.has(word));
  let from = at;
  let to = at;
  while (isRoleWord(words[from - 1])) from--;
  while (isRoleWord(words[to + 1])) to++;
  return words.slice(from, to + 1).join(' ');
}

function nearbyItem(kb: KnowledgeBase, fact: Fact, text: string, sentence: string): Item {
  const article = kb.article(fact.source.id);
  const item: Item = {
    kind: fact.kind,
    text,
    source: article ? sourceOf(article, sentence) : { ...fact.source, sentence },
    fromPassage: true,
  };
  if (fact.person) item.person = fact.person;
  if (fact.date) item.date = fact.date;
  return item;
}
