import type { KnowledgeBase } from '../knowledgeBase.js';
import type { Fact, Item } from '../types.js';
import type { ArticleInfo } from '../model.js';
import { passageId } from '../ids.js';
import { withoutDateline } from '../text/dateline.js';
import type { Match } from './findMatches.js';
import { findMatches } from './findMatches.js';
import { MAX_ANSWERS } from './limits.js';
import { agentsNearby, matchingPassages, peopleNearby, successorsNearby } from './nearbyFacts.js';
import { COUNT_WORDS, ROLE_FIELDS, ROLE_HEADS, ROLE_MODIFIERS } from '../extract/lexicon.js';
import { GIVEN_NAMES } from '../extract/givenNames.js';
import { queryForms, spelledOut, termsOf } from '../index/searchTerms.js';
import { SEARCH_WEIGHTS } from './searchWeights.js';
import { isNationTerm, relatedTerms } from '../index/relatedWords.js';
import {
  holdsLeadingRole,
  holdsFieldsAsked,
  holdsRoleAsked,
  holdsRoleIn,
  holdsRoleWordAsked,
  holdsStandInLead,
  holdsStandInRole,
  isAbbreviation,
  isRoleWord,
  namesNoOwner,
  namesOwnerAsked,
  ownersAsked,
  roleAbbreviated,
  rolesOwnedElsewhere,
  standInAsked,
  timePreferred,
  wordsAsked,
  withoutTimeWords,
} from './roleAsked.js';
import { toItem } from './toItem.js';
import { roleSetKey } from '../personKey.js';

/**
 * How much of "Who chaired the jury?" a passage must cover for the person it names next to the verb to answer:
 * less than a fact, as the verb must also stand right by the name.
 */
const AGENT_COVERAGE = 0.4;

/**
 * "Who is the administrator handling Calder Homes?", "the judge in the crash-for-cash trial": what a question
 * about a role must find is the role and whose it is; its other words ("handling", "trial") count this much
 * of their weight. Compared at 0.5, 0.3, 0.15 and 0 on the development questions: 0.15 answered most, and
 * no question without an answer got one.
 */
const OTHER_WORD_WEIGHT = 0.15;
const ROLE_TERMS = new Set([...ROLE_HEADS, ...ROLE_MODIFIERS].flatMap((word) => termsOf(word)));

/** How much of "Who runs X?" a leader must cover: X named only by their article's title is enough. */
const LEADING_COVERAGE = 0.5;

/**
 * "Nadia Oyelaran's coach": a role is written with its owner's surname ("Oyelaran's coach, …"), so a
 * question that names the owner in full asks by the surname.
 */
const OWNER_IN_FULL = /\b(?:\p{Lu}[\p{L}-]+\s+)+(\p{Lu}[\p{L}-]+)['’]s\b/u;

/**
 * People by name or by role ("Vassilenko", "vice speaker of the Mazhilis"): one answer for each person and
 * each different set of roles, the most recent article first; best-matching person first. `leading`: the
 * query names an organisation and asks who leads it ("Who runs the RTA?").
 */
export function who(
  kb: KnowledgeBase,
  question: string,
  minCoverage = 1,
  leading = false,
  actionAsked?: string,
): Item[] {
  const action = actionAsked ?? (leading ? undefined : actionDoing(question));
  // "The inquiry, led by the retired judge Sir Peter Crane": who did what is asked, as a sentence says it.
  const agents = action
    ? agentsNearby(
        kb,
        action,
        question,
        matchingPassages(kb, `${action} ${question}`, Math.min(minCoverage, AGENT_COVERAGE)),
      )
    : [];
  // "Who led the aid convoy?": its leader ("lead": "leader"); "Who prosecuted Mercer?": who is "prosecuting".
  const verb = action ? termsOf(action)[0] : undefined;
  const doerRoles = new Set(verb ? [verb, ...relatedTerms(verb)] : []);
  const others = whoHolds(kb, question, minCoverage, leading, doerRoles).filter(
    (item) => !agents.some((agent) => agent.person?.name === item.person?.name),
  );
  // The doers before the heads of what else its article names; "Who is in charge of the pipe programme?": of
  // the leaders, whom a passage says leads it ("Nowak will lead the pipe programme") before the firm's head.
  const asked = leading && !action ? new Set(termsOf(question)) : new Set<string>();
  const isDoer = (item: Item) =>
    saysLeadsWhatIsAsked(item.source.sentence ?? '', asked) ||
    (doerRoles.size > 0 && !!item.person?.roles.some((role) => termsOf(role).some((t) => doerRoles.has(t))));
  const doers = others.filter(isDoer);
  return [...agents, ...doers, ...others.filter((item) => !doers.includes(item))].slice(0, MAX_ANSWERS);
}

/**
 * Whether a person's sentence says they lead something the question names ("Nowak, who joined in 2007, will
 * lead the pipe programme", "runs the trial"): a verb of leading, then a term asked within a few words.
 */
function saysLeadsWhatIsAsked(sentence: string, asked: ReadonlySet<string>): boolean {
  if (asked.size === 0) return false;
  for (const [, led] of sentence.matchAll(LEADS))
    if (termsOf(led!).some((term) => asked.has(term))) return true;
  return false;
}

/** A verb of leading, in any tense, and the few words after it: what is led. */
const LEADS =
  /\b(?:lead|leads|led|leading|run|runs|ran|running|oversee|oversees|oversaw|overseeing|in charge of)\s+((?:\S+\s+){0,3}\S+)/gi;

/**
 * "Who's handing the petition to Holyrood?", "Who is organising the march?": a verb of action in its -ing form
 * opening the question, done by whoever is asked for, as "Who handed …?" asks; a passage writes it in any
 * tense ("will hand in"), which its stem finds. Not a role ("Who is acting chairman?"), nor a stand-in's
 * "filling in as …", which asks for the role.
 */
function actionDoing(question: string): string | undefined {
  const verb = DOING.exec(question)?.[1];
  return verb && !isRoleWord(verb) && !ROLE_MODIFIERS.has(verb) && !standInAsked(wordsAsked(verb))
    ? verb
    : undefined;
}

/** A verb's -ing form opening a question, not "going to" ("Who is going to be …?"), which asks of the future. */
const DOING = /^(\p{Ll}{3,}ing)\s+(?!to\b)\S/u;

function whoHolds(
  kb: KnowledgeBase,
  question: string,
  minCoverage: number,
  leading: boolean,
  doerRoles: ReadonlySet<string> = new Set(),
): Item[] {
  const succeeding = SUCCEEDING.exec(question);
  if (succeeding) return successorsOf(kb, question, succeeding, minCoverage, leading);
  const query = withRolesSpelt(kb, question.replace(OWNER_IN_FULL, "$1's"));
  // "Who runs the RTA?": the RTA is often named only by the article the person is in.
  const floor = leading ? Math.min(minCoverage, LEADING_COVERAGE) : minCoverage;
  const asked = wordsAsked(query);
  const givenNames = [...asked].some((word) => ROLE_HEADS.has(word)) ? givenNamesOf(query) : new Set();
  const qualifiers = roleQualifiersOf(query);
  const nations = nationsOfRole(query);
  let matches = findMatches(kb.indexes.people, withoutTimeWords(query), {
    ...SEARCH_WEIGHTS.people,
    rarity: kb.indexes.passages,
    minCoverage: floor,
    wordWeight: ({ term, name }) =>
      givenNames.has(term) || nations.has(term)
        ? OTHER_WORD_WEIGHT
        : name || ROLE_TERMS.has(term) || doerRoles.has(term) || qualifiers.has(term)
          ? 1
          : OTHER_WORD_WEIGHT,
  });
  // Thousands of mentions share a few sets of roles ("president of the united states"): each is read once.
  const leads = perRoleSet((roleSet) => holdsLeadingRole(roleSet, asked));
  const holdsWord = perRoleSet((roleSet) => holdsRoleWordAsked(roleSet, asked));
  const holds = perRoleSet((roleSet) => holdsRoleAsked(roleSet, asked) && holdsFieldsAsked(roleSet, query));
  matches = matches.filter((match) => {
    const roleSet = match.stored.roleSet ?? '';
    if (leading) return leads(roleSet);
    return holdsWord(roleSet) && (byName(match) || holds(roleSet));
  });
  // "/who Vassilenko" is about Vassilenko, not whoever his sentences name; "the coach before Vale" is not Vale;
  // "Who prosecuted Mercer?" is not Mercer either: whom a question names after its verb had it done to them.
  const time = timePreferred(query);
  // "the chief exec at Aldermoor Health Trust": whose role it is, not who holds it.
  const owner = ownerOfRoleAsked(query);
  if (owner.size > 0) matches = matches.filter((match) => !isNamedIn(match.stored.person ?? '', owner));
  const named = matches.filter((match) => match.mainNameIn.includes('name'));
  if (doerRoles.size > 0) matches = matches.filter((match) => !named.includes(match));
  else if (time === undefined && named.length > 0) matches = named;
  // No role extracted answers it: the people a passage names next to the role words.
  if (matches.length === 0) return peopleNearby(kb, query, matchingPassages(kb, query, floor), leading);
  // Matches come best first, so each person's group appears in the order of its best match. Within it, a
  // mention stands for its roles only if no newer one, or none as good from the same day, gave them. The
  // grouping reads the index's stored fields: a common name matches thousands of mentions, and only the
  // ones shown have their facts read.
  const byPerson = new Map<string, Map<string, Mention>>();
  matches.forEach((match, rank) => {
    const { person = '', roleSet = '', date = '' } = match.stored;
    let byRoles = byPerson.get(person);
    if (!byRoles) byPerson.set(person, (byRoles = new Map()));
    const kept = byRoles.get(roleSet);
    if (!kept || date > kept.date) byRoles.set(roleSet, { match, rank, date });
  });
  // "/who mayor": of people matching as well, the one in the newest article first (the latest holder).
  // "Who is the next health minister?": the incoming one before the minister now; "Who is filling in as
  // ops director?": the acting one.
  const inTime =
    time !== undefined
      ? (roleSet: string) => holdsRoleIn(roleSet, time)
      : standInAsked(asked)
        ? holdsStandInRole
        : undefined;
  const groups = [...byPerson.values()].map((byRoles) => {
    const mentions = [...byRoles.values()];
    const best = mentions.reduce((a, b) => (b.rank < a.rank ? b : a));
    return {
      byRoles,
      inTime: inTime !== undefined && mentions.some(({ match }) => inTime(match.stored.roleSet ?? '')),
      relevance: best.match.relevance,
      date: mentions.reduce((d, m) => (m.date > d ? m.date : d), ''),
    };
  });
  groups.sort((a, b) =>
    a.inTime !== b.inTime
      ? Number(b.inTime) - Number(a.inTime)
      : sameRelevance(a.relevance, b.relevance)
        ? b.date < a.date
          ? -1
          : b.date > a.date
            ? 1
            : 0
        : b.relevance - a.relevance,
  );
  // "Who is the CEO of Fiat?": not Chrysler's, however well its article matches.
  const owners = ownersAsked(query);
  const items: Item[] = [];
  let read = 0;
  for (const { byRoles } of groups) {
    if (read >= FACTS_READ) break;
    const newest = [...byRoles.values()].sort((a, b) =>
      b.date < a.date ? -1 : b.date > a.date ? 1 : a.rank - b.rank,
    );
    for (const { match } of newest) {
      const fact = kb.fact(match.id);
      read++;
      if (
        fact?.person &&
        (byName(match) ||
          (!rolesOwnedElsewhere(fact.person.roles, owners) &&
            !ledElsewhere(kb, fact, owners) &&
            namesNations(kb, fact, nations))) &&
        !(leading && introducedAsSpokesperson(kb, fact))
      )
        items.push(toItem(fact));
    }
    if (items.length >= MAX_ANSWERS) break;
  }
  const standIn = leading && time === undefined ? standInLeaderBeside(kb, items[0], owners) : undefined;
  if (standIn)
    return [standIn, ...items.filter((item) => item.person?.name !== standIn.person?.name)].slice(
      0,
      MAX_ANSWERS,
    );
  return items.slice(0, MAX_ANSWERS);
}

/**
 * "Who runs the charity now?": an interim or acting head that the article of the best answer names, of no
 * other organisation than the one asked. News names one because the head left, so they lead it now, before
 * its chair (who heads its board), though the question may name it as the stand-in's sentence does not
 * ("Brightwell Children's Trust", "Brightwell"). Reads that one article's facts.
 */
function standInLeaderBeside(
  kb: KnowledgeBase,
  best: Item | undefined,
  owners: ReadonlySet<string>,
): Item | undefined {
  if (!best?.person || holdsStandInLead(roleSetKey(best.person.roles))) return undefined;
  const standIn = kb
    .articleFacts(best.source.id)
    .find(
      (fact) =>
        fact.person !== undefined &&
        holdsStandInLead(roleSetKey(fact.person.roles)) &&
        !rolesOwnedElsewhere(fact.person.roles, owners),
    );
  return standIn && toItem(standIn);
}

/**
 * "Who was the judge in the Alison Mercer case?": the given names of the people a question about a role
 * names in full, as terms. An article names a person in full once, then by surname, so the one holding the
 * role is seldom named beside the given name.
 */
function givenNamesOf(query: string): Set<string> {
  const words = query.split(/\s+/);
  return new Set(
    words.flatMap((word, i) =>
      /^\p{Lu}/u.test(word) && GIVEN_NAMES.has(word.toLowerCase()) && /^\p{Lu}/u.test(words[i + 1] ?? '')
        ? termsOf(word)
        : [],
    ),
  );
}

/**
 * "/who Brackley Hume bridge engineer": the words a query writes right before a role word, as terms. They
 * name the role as its holder's title does ("principal bridge engineer"), so they weigh as role words.
 */
function roleQualifiersOf(query: string): Set<string> {
  const words = query.split(/\s+/);
  return new Set(
    words.flatMap((word, i) =>
      /^\p{Ll}/u.test(word) && ROLE_HEADS.has(words[i + 1]?.toLowerCase() ?? '') ? termsOf(word) : [],
    ),
  );
}

/**
 * "the Scottish transport minister", "France's energy minister": the country a query writes right before a
 * role (its field and head), as terms. News of a country's affairs calls its minister "the transport
 * minister", so the country counts as little as the question's other words; but a role whose article
 * names no such country is no answer (`namesNations`), nor one that names another (`rolesOwnedElsewhere`).
 */
function nationsOfRole(query: string): Set<string> {
  const words = query.split(/\s+/);
  return new Set(
    words.flatMap((word, i) => {
      const terms = termsOf(word.replace(/['’]s?$/, ''));
      const role = words.slice(i + 1, i + 3).map((w) => w.toLowerCase());
      const beforeRole =
        ROLE_HEADS.has(role[0] ?? '') || (ROLE_FIELDS.has(role[0] ?? '') && ROLE_HEADS.has(role[1] ?? ''));
      return beforeRole && terms.length === 1 && isNationTerm(terms[0]!) ? terms : [];
    }),
  );
}

/**
 * Whether the article of a fact names each country asked (`nationsOfRole`), as itself or its people ("the
 * Scottish Parliament" of the Scottish transport minister): a role the article gives no country is not
 * taken for any country's. Reads the article's passages, for the few facts shown.
 */
function namesNations(kb: KnowledgeBase, fact: Fact, nations: ReadonlySet<string>): boolean {
  if (nations.size === 0) return true;
  const article = kb.articleOf(fact.id)?.id;
  if (article === undefined) return false;
  const named = new Set<string>();
  for (const passage of kb.articlePassages(article))
    for (const term of termsOf(passage.text)) named.add(term);
  return [...nations].every((nation) => [nation, ...relatedTerms(nation)].some((term) => named.has(term)));
}

/**
 * The words, lower case, of what a query names as a role's owner, after "of" or "at" right after a role word
 * ("CEO of Fiat", "chief exec at Aldermoor Health Trust"); none when it names none.
 */
function ownerOfRoleAsked(query: string): ReadonlySet<string> {
  const words = query.toLowerCase().split(/\s+/);
  const at = words.findIndex(
    (word, i) =>
      (word === 'of' || word === 'at') &&
      words.slice(Math.max(0, i - 2), i).some((w) => isRoleWord(w) || ROLE_MODIFIERS.has(w)),
  );
  return new Set(at < 0 ? [] : words.slice(at + 1));
}

/**
 * "Chief executive Thomas Enders said" in an article whose lead opens "Airbus have announced …" and whose title
 * names Airbus: roles that name no organisation are of the one the article is about, its lead's opening name
 * when the title repeats it, unless the person's sentence or the one before names the one asked. Reads two
 * passages more for each such fact shown.
 */
function ledElsewhere(kb: KnowledgeBase, fact: Fact, owners: ReadonlySet<string>): boolean {
  if (owners.size === 0 || !fact.person?.roles.every(namesNoOwner)) return false;
  const sentence = kb.passage(fact.passageId);
  const before = kb.passageBefore(fact.passageId);
  if ([sentence, before].some((p) => p !== undefined && namesOwnerAsked(p.text, owners))) return false;
  const actor = leadActor(kb, kb.articleOf(fact.id));
  return actor !== undefined && !namesOwnerAsked(actor, owners);
}

/**
 * "A spokesman for the Front, who gave his name only as Commander Yusuf": whom their sentence introduces as
 * someone's spokesperson, in a phrase set off by a comma before their name, speaks for its leader whatever
 * other title they are given; "the spokesman for Mayor Ruth Hale" leads.
 */
function introducedAsSpokesperson(kb: KnowledgeBase, fact: Fact): boolean {
  const surname = fact.person?.name.split(' ').at(-1);
  const text = kb.passage(fact.passageId)?.text ?? '';
  const at = surname ? text.indexOf(surname) : -1;
  return at > 0 && SPOKESPERSON_BEFORE.test(text.slice(0, at));
}

/**
 * A spokesperson's title, then a comma before the end of the text (a name's start), in one clause and out of
 * any quotation: "Boeing spokesman Lin Barksdale said “…, …” is no introduction of a name the quotation holds.
 */
const SPOKESPERSON_BEFORE = /\bspokes(?:man|woman|person)\b[^.;“”"]*,[^.;“”"]*$/i;

/** The capitalised name a lead sentence opens with after its dateline ("Sporting Atlântico have sold …"). */
const OPENING_NAME = /^(?:The\s+)?(\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*)*)/u;

/** The name an article's lead opens with, if its title names it too: what the article is about. */
function leadActor(kb: KnowledgeBase, article: ArticleInfo | undefined): string | undefined {
  if (!article?.title) return undefined;
  const first = kb.passage(passageId(article.id, 0));
  const lead = first?.headline ? kb.passage(passageId(article.id, 1)) : first;
  const name = lead && OPENING_NAME.exec(withoutDateline(lead.text))?.[1];
  return name &&
    isOrganisationLike(name) &&
    article.title.includes(name) &&
    capitalisedInMidSentence(kb, article, name)
    ? name
    : undefined;
}

/**
 * Whether an article writes a name with its capital somewhere other than at the start of its title or of a
 * sentence: "Commuters in Dunmore say …" under "Commuters angry as …" names no one, "Airbus" said again
 * later does, and so does a name of several capitalised words. Reads the article's passages up to the
 * first such place.
 */
function capitalisedInMidSentence(kb: KnowledgeBase, article: ArticleInfo, name: string): boolean {
  if (/\s/.test(name) || (article.title ?? '').indexOf(name) > 0) return true;
  for (const passage of kb.articlePassages(article.id))
    if (withoutDateline(passage.text).indexOf(name) > 0) return true;
  return false;
}

/**
 * Whether a name opening a sentence may be an organisation's: not a person's ("Hester Vane"), a number ("Two
 * climbers") or people named by their work ("Nurses at Northgate General"), which a capital there does not
 * make names.
 */
function isOrganisationLike(name: string): boolean {
  const first = name.split(/\s+/)[0]!.toLowerCase();
  return (
    !namesNoOwner(name) &&
    !GIVEN_NAMES.has(first) &&
    !(first in COUNT_WORDS) &&
    !isRoleWord(first.replace(/s$/, ''))
  );
}

/** Whether every word of a name (lower case, as stored) is among `words`. */
function isNamedIn(name: string, words: ReadonlySet<string>): boolean {
  return name !== '' && name.split(' ').every((word) => words.has(word));
}

/** A test of a set of roles, made once for each set however many mentions hold it. */
function perRoleSet(test: (roleSet: string) => boolean): (roleSet: string) => boolean {
  const results = new Map<string, boolean>();
  return (roleSet) => {
    let result = results.get(roleSet);
    if (result === undefined) results.set(roleSet, (result = test(roleSet)));
    return result;
  };
}

/** Facts read for the answers at most: a few more than are shown, for those of another organisation. */
const FACTS_READ = MAX_ANSWERS + 10;

/**
 * "/who Westmarch PCC": an abbreviation no list of titles holds, spelt out as the role it abbreviates
 * ("police and crime commissioner") of the people the rest of the query finds.
 */
function withRolesSpelt(kb: KnowledgeBase, query: string): string {
  const words = query.split(/\s+/);
  return words
    .map((word, i) => {
      const letters = word.replace(/\P{L}/gu, '');
      if (!isAbbreviation(letters) || spelledOut(letters) || words.length < 2) return word;
      // "GM", "UAW": a word the corpus writes is a name it knows, not a role it never abbreviates; and the
      // search below, over everyone the rest of the query names, is not made for every question with one.
      if (queryForms(letters).some((form) => kb.indexes.people.documentFrequency(form) > 0)) return word;
      const rest = words.filter((_, j) => j !== i).join(' ');
      const roles = findMatches(kb.indexes.people, rest, {
        ...SEARCH_WEIGHTS.people,
        rarity: kb.indexes.passages,
        // The spelt-out query is searched at the floor; this only says what the abbreviation may stand for.
        minCoverage: 0,
        limit: ABBREVIATION_HOLDERS,
      }).flatMap((match) => (match.stored.roleSet ?? '').split('|'));
      return roleAbbreviated(letters, roles) ?? word;
    })
    .join(' ');
}

/** How many of the people the rest of a query finds are read for the role an abbreviation stands for. */
const ABBREVIATION_HOLDERS = 50;

/** "Who will replace Akerson as GM chairman?", "Who succeeds Caroline Mabry?": who comes after the person named. */
const SUCCEEDING =
  /\b(?:replaces?|replaced(?! by)|replacing|succeeds?|succeeded(?! by)|succeeding|takes? over from|taking over from|(?:successor|replacement) (?:to|of|for))\s+((?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’-]*)/u;

/**
 * The people after the one a question names (`SUCCEEDING`), never that person: the holders-to-be of the role
 * the question names, else of that person's role; else whom a passage says replaces or succeeds them.
 */
function successorsOf(
  kb: KnowledgeBase,
  question: string,
  succeeding: RegExpExecArray,
  minCoverage: number,
  leading: boolean,
): Item[] {
  const asked = succeeding[1]!;
  const surname = asked.split(/\s+/).at(-1)!;
  const predecessor = (name: string) => isNamedAs(name, asked);
  const other = (item: Item) => item.person !== undefined && !predecessor(item.person.name);
  const rest = question.replace(succeeding[0], ' ');
  const namesRole = [...wordsAsked(rest)].some((word) => ROLE_HEADS.has(word));
  const role = namesRole
    ? ''
    : (who(kb, succeeding[1]!)
        .find((item) => !other(item))
        ?.person?.roles.find((r) => !/^(?:former|future) /.test(r)) ?? '');
  if (!namesRole && !role) return [];
  // A successor is named where the one they succeed is: in an article that names both.
  const namesSurname = (item: Item) =>
    kb.articleFacts(item.source.id).some((fact) => fact.person?.name.split(' ').at(-1) === surname);
  const holders = who(kb, `next ${role} ${rest}`, minCoverage, leading).filter(
    (item) => other(item) && namesSurname(item),
  );
  if (holders.length > 0) return holders;
  // Passages naming them, those that say "replaced" or "successor" first.
  const passages = matchingPassages(kb, `${succeeding[1]!} replaced succeeded successor replacement`, 0);
  return successorsNearby(kb, passages, surname, predecessor);
}

/**
 * Whether a person is the one a question names: by first and last name when it gives both ("Rupert
 * Murdoch" is not Lachlan Murdoch), by surname when it gives only that.
 */
function isNamedAs(name: string, asked: string): boolean {
  const words = name.split(' ');
  const askedWords = asked.split(/\s+/);
  if (words.at(-1) !== askedWords.at(-1)) return false;
  return askedWords.length === 1 || words[0] === askedWords[0];
}

interface Mention {
  match: Match;
  /** Place among the matches, best first. */
  rank: number;
  date: string;
}

/** Relevances this close are a tie: the same role words, in fields of the same length. */
const TIE = 1e-6;

function sameRelevance(a: number, b: number): boolean {
  return Math.abs(a - b) <= TIE * Math.max(a, b);
}

function byName(match: Match): boolean {
  const field = match.fields.indexOf('name');
  if (field < 0) return false;
  const bit = 1 << field;
  for (let w = 0; w < match.words.length; w++) if (match.fieldBits(w) & bit) return true;
  return false;
}
