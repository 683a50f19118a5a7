import type { KnowledgeBase } from '../knowledgeBase.js';
import type { Item } from '../types.js';
import type { Match } from './findMatches.js';
import { queryForms, queryWords } from '../index/searchTerms.js';
import { relatedTerms } from '../index/relatedWords.js';
import { findMatches, typosAllowed } from './findMatches.js';
import { MAX_ANSWERS } from './limits.js';
import { SEARCH_WEIGHTS } from './searchWeights.js';
import { factItems } from './toItem.js';
import { who } from './who.js';
import { isRoleHead } from '../extract/rolePhrase.js';
import { holdsLeadingRole, holdsRoleIn } from './roleAsked.js';
import { DOCUMENTS, ROLE_MODIFIERS, STATEMENTS, UTTERANCES } from '../extract/lexicon.js';
import { parsePassageId, passageId } from '../ids.js';
import { MONTHS } from '../text/formatDate.js';

/** How sure a description of a speaker ("the head of AVAS") must be of the person it stands for. */
const SPEAKER_BY_ROLE_COVERAGE = 0.8;
/** Matches looked at for an answer: enough for a page of quotations behind statements reported in other words. */
const CANDIDATES = MAX_ANSWERS * 4;
/** How much of "about …" a speaker's quotation must hold: "domestic vandalism" is not "domestic violence". */
const TOPIC_COVERAGE = 0.75;
/**
 * …and, when none of the speaker's quotations holds that much, what one must hold to be given instead, if the
 * corpus knows every word of the topic: a word of it in the quotation, its sentence or the one before ("What
 * did Oyelaran say she'd do with the prize money?": "Asked what she would do with her prize, …"), and the
 * topic's name if it names one (see `findMatches`).
 */
const ANY_TOPIC_WORD = 0.01;
/** Edits a topic's word may be from one the corpus holds and be that word mistyped: more would be another word. */
const TYPO = 1;

/**
 * Quotations by words they contain or by their speaker ("just society", "Koshanov", "Mulally third
 * quarter"); with a speaker `asked`, only that person's quotations, about `query` if it is not empty ("What did
 * Koshanov say about domestic violence?", "What did the head of AVAS say about Ford's offer?").
 */
export function quote(kb: KnowledgeBase, query: string, asked?: string, minCoverage = 1): Item[] {
  const { quotes } = kb.indexes;
  const speaker = asked?.replace(EX_PREFIX, 'former ');
  if (speaker === undefined) {
    // A query whose main name is a speaker's ("Mulally third quarter") asks for that speaker's quotations
    // only, ranked by the rest of the query.
    const speakers = findMatches(quotes, query, {
      fields: ['speaker'],
      minCoverage: 0,
      holdingMainName: true,
    });
    const anyone = () =>
      findMatches(quotes, query, {
        ...SEARCH_WEIGHTS.quotes,
        rarity: kb.indexes.passages,
        minCoverage,
        limit: CANDIDATES,
      });
    if (speakers.length > 0) {
      const within = speakers.map((match) => match.id);
      const own = findMatches(quotes, query, { ...SEARCH_WEIGHTS.quotes, minCoverage: 0, within });
      // "/quote Northlink frustration": when none of the speaker's words holds the rest of the query, the name
      // says whose words are meant, which its spokesman said ("Northlink's operations director … said").
      const others = own.some((match) => match.coverage >= minCoverage) ? [] : anyone();
      return quotedFirst(kb, others.length > 0 ? others : own);
    }
    return quotedFirst(kb, anyone());
  }
  const said = speakerQuotes(kb, speaker);
  if (said.length === 0)
    return query.trim() ? quotedFirst(kb, describedOnTopic(kb, speaker, query, minCoverage)) : [];
  if (!query.trim()) return quotedFirst(kb, said);
  const found = onTopic(kb, said, query, minCoverage);
  if (found.length > 0) return quotedFirst(kb, found);
  const held = isDescription(speaker) ? holderOnTopic(kb, speaker, query, minCoverage) : [];
  if (held.length > 0) return quotedFirst(kb, held);
  // "What did Hallam Water say in its apology?", "What did Bush say about the markets in October 2008?", "What
  // did Mistry say after she won the seat?": the kind of statement, the time and the occasion asked of say
  // where and when the words were said, not words they repeat.
  const { rest, period } = withoutPeriod(withoutStatementKind(withoutOccasion(kb, query)));
  if (rest !== query.trim()) {
    const then = period ? said.filter((match) => kb.articleOf(match.id)?.date?.startsWith(period)) : said;
    const when = rest ? onTopic(kb, then, rest, minCoverage) : then;
    if (when.length > 0) return quotedFirst(kb, when);
  }
  // "What did the union boss say about bricklayers?": a description fits more people than the first found.
  return isDescription(speaker) ? quotedFirst(kb, describedOnTopic(kb, speaker, query, minCoverage)) : [];
}

/**
 * "What did the CEO say about the bakers' hours?": of the many holders of a role the corpus quotes, the one
 * quoted on the topic, found among the quotations on it rather than by trying each holder.
 */
function holderOnTopic(kb: KnowledgeBase, description: string, topic: string, minCoverage: number): Match[] {
  const { quotes, passages } = kb.indexes;
  const holders = new Set(
    who(kb, description, SPEAKER_BY_ROLE_COVERAGE).flatMap(({ person }) =>
      person && holdsRoleWords(rolesAsked(person.roles, description), description) ? [person.name] : [],
    ),
  );
  // Among all holders' words a mistyped word ("knitting" as "unit") would find another's: the topic as asked.
  if (holders.size === 0 || !corpusHolds(kb, topic, true)) return [];
  const spokenBy = (coverage: number) =>
    findMatches(quotes, topic, {
      ...SEARCH_WEIGHTS.quotes,
      rarity: passages,
      minCoverage: coverage,
      limit: CANDIDATES,
    })
      .map((match) => kb.fact(match.id)?.quote?.speaker)
      .find((name): name is string => typeof name === 'string' && holders.has(name));
  // As of one speaker (`onTopic`): most of the topic, else any word of it.
  const speaker = spokenBy(Math.max(minCoverage, TOPIC_COVERAGE)) ?? spokenBy(ANY_TOPIC_WORD);
  if (!speaker) return [];
  return onTopic(kb, findMatches(quotes, speaker, { fields: ['speaker'] }), topic, minCoverage);
}

/** "ex-treasurer": a former one, as roles write it. */
const EX_PREFIX = /\bex-(?=\p{L})/giu;

/** A speaker described ("the union boss", "the Fed chairman"), not named: its words say what they are. */
function isDescription(speaker: string): boolean {
  return speaker.split(/\s+/).some((word) => isRoleHead(word) || LEADER_WORDS.has(word.toLowerCase()));
}

/** "in October 2008", "during 2019": a month and year, or a year, written in full. */
const PERIOD_PHRASE = new RegExp(`\\b(?:in|during)\\s+(?:(${MONTHS.join('|')})\\s+)?(\\d{4})\\b`, 'i');

/** A topic without the time it names, and that time as the start of the dates within it ("2008-10"). */
function withoutPeriod(topic: string): { rest: string; period?: string } {
  const found = PERIOD_PHRASE.exec(topic);
  if (!found) return { rest: topic };
  const month = found[1] ? MONTHS.findIndex((name) => name.toLowerCase() === found[1]!.toLowerCase()) + 1 : 0;
  const period = month ? `${found[2]}-${String(month).padStart(2, '0')}` : found[2]!;
  return { rest: topic.replace(found[0], ' ').replace(/\s+/g, ' ').trim(), period };
}

/**
 * Of a speaker's quotations (`said`), those about a topic, and those beside them (`withNearby`): most of the
 * topic, or, when none holds that much and the corpus knows every word of it, any word of it.
 */
function onTopic(kb: KnowledgeBase, said: readonly Match[], topic: string, minCoverage: number): Match[] {
  const search = (coverage: number) =>
    findMatches(kb.indexes.quotes, topic, {
      ...SEARCH_WEIGHTS.quotes,
      minCoverage: coverage,
      within: new Set(said.map((match) => match.id)),
      rarity: kb.indexes.passages,
      limit: CANDIDATES,
    });
  const about = search(Math.max(minCoverage, TOPIC_COVERAGE));
  if (about.length > 0 || !corpusHolds(kb, topic)) return withNearby(kb, about, said);
  return withNearby(kb, search(ANY_TOPIC_WORD), said);
}

/** "after she won Marsh End", "when he was sacked": the occasion of the words, which the sentences before name. */
const OCCASION_CLAUSE =
  /(?:^|\s)(?:after|when|once|as soon as)\s+(?:she|he|they|it|we|i|the|his|her|their|its)\b.*$/i;

/** A topic without the occasion it was said on ("after she won Marsh End"), if the corpus names that occasion. */
function withoutOccasion(kb: KnowledgeBase, topic: string): string {
  const occasion = OCCASION_CLAUSE.exec(topic)?.[0];
  return occasion && corpusHolds(kb, occasion) ? topic.replace(occasion, '').trim() : topic;
}

/** "in its apology", "during her speech": where something was said, before or after the topic. */
const STATEMENT_PHRASE = /\b(?:in|during)\s+(?:(?:its|his|her|their|the|a|an|this|that)\s+)?([\p{L}-]+)/giu;

/** A topic without the statements it names ("in its apology", "in her email to staff": "to staff"). */
function withoutStatementKind(topic: string): string {
  return topic
    .replace(STATEMENT_PHRASE, (phrase, noun: string) => (isStatementKind(noun) ? '' : phrase))
    .replace(/\s+/g, ' ')
    .trim();
}

function isStatementKind(noun: string): boolean {
  const lower = noun.toLowerCase();
  return STATEMENTS.has(lower) || DOCUMENTS.has(lower) || UTTERANCES.has(lower);
}

/**
 * The quotations found, then the speaker's others in the same sentence or the one after. News names the topic
 * once, in the sentence that reports the speaker, and quotes them on it next ("Vogelsang said the club had
 * followed Falcão for two seasons. “He reads the game a second before everyone else,” she said"), so a
 * quotation there is about what was asked even where it does not repeat it. (Paragraphs are no measure: many
 * feeds write one a line, which reads as one paragraph.)
 */
function withNearby(kb: KnowledgeBase, found: readonly Match[], said: readonly Match[]): Match[] {
  const passageOf = (match: Match) => kb.fact(match.id)?.passageId;
  const places = new Set(
    found.flatMap((match) => {
      const at = parsePassageId(passageOf(match) ?? '');
      return at ? [passageId(at.articleId, at.index), passageId(at.articleId, at.index + 1)] : [];
    }),
  );
  const ids = new Set(found.map((match) => match.id));
  const beside = (match: Match) => !ids.has(match.id) && places.has(passageOf(match) ?? '');
  return [...found, ...said.filter(beside)];
}
/**
 * Whether the corpus holds every word of a topic, or a word one letter from it ("scalling" is "scaling"
 * mistyped): "domestic vandalism" asks of what no article names.
 */
function corpusHolds(kb: KnowledgeBase, topic: string, exactly = false): boolean {
  const { passages } = kb.indexes;
  return queryWords(topic).every(
    ({ forms }) =>
      forms.some((form) => passages.documentFrequency(form) > 0) ||
      (!exactly &&
        passages.closeTerms(forms.at(-1)!, Math.min(TYPO, typosAllowed(forms.at(-1)!))).length > 0),
  );
}

/**
 * Quotations before statements reported in other words, each in the order given; a statement reported is
 * followed by its speaker's words in quotation marks in the same sentence or the next ("Rantanen said the firm
 * had looked at 40 companies. “Most of them want to photograph everything,” he said"), which come first.
 */
function quotedFirst(kb: KnowledgeBase, matches: readonly Match[]): Item[] {
  const quoted = matches.filter((match) => !match.stored.reported).map((match) => match.id);
  const reported = matches.filter((match) => match.stored.reported);
  const beside = reported.slice(0, MAX_ANSWERS).flatMap((match) => quotationsAfter(kb, match.id));
  const ids = new Set([...quoted, ...beside]);
  return factItems(kb, [...[...ids].slice(0, MAX_ANSWERS).map((id) => ({ id })), ...reported]);
}

/** The ids of the quotations of a reported statement's speaker in its sentence and the next. */
function quotationsAfter(kb: KnowledgeBase, reportedId: string): string[] {
  const fact = kb.fact(reportedId);
  const speaker = fact?.quote?.speaker;
  const at = parsePassageId(fact?.passageId ?? '');
  if (!speaker || !at) return [];
  return [at.index, at.index + 1]
    .flatMap((index) => kb.passageFacts(passageId(at.articleId, index), 'quote'))
    .filter((other) => !other.quote?.reported && other.quote?.speaker === speaker)
    .map((other) => other.id);
}

/**
 * The quotations of a speaker named ("Henderson") or described by a role the corpus gives them ("the health
 * minister"); a description is read as a role first, as a speaker's name would take "minister" for "Ministry".
 */
function speakerQuotes(kb: KnowledgeBase, speaker: string): Match[] {
  const byName = () => findMatches(kb.indexes.quotes, speaker, { fields: ['speaker'] });
  // Of the people found for the role, the first who is quoted: with `strictly`, of those whose roles name it.
  const byRole = (strictly: boolean) => () => {
    for (const { person } of who(kb, speaker, SPEAKER_BY_ROLE_COVERAGE)) {
      if (!person) continue;
      // A role held before answers by its own words: a former head of conservation is no former director.
      const exactly = strictly || asksFormer(speaker);
      if (exactly && !holdsRoleWords(rolesAsked(person.roles, speaker), speaker)) continue;
      const said = findMatches(kb.indexes.quotes, person.name, { fields: ['speaker'] });
      if (said.length > 0) return said;
    }
    return [];
  };
  const described = speaker.split(/\s+/).some((word) => isRoleHead(word));
  // A holder of the role named as it is written, then a speaker of that name ("the dairy farmers": their
  // association), then one `who` finds by a related word or their sentence ("lawyer" for "general counsel").
  const order = described ? [byRole(true), byName, byRole(false)] : [byName, byRole(false)];
  for (const find of order) {
    const found = find();
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * "What did the plant manager say about the cause of the fire?": a speaker described in words no role of theirs
 * holds as asked ("the buyers' group chair" of "Simon Achterberg, a paramedic who chairs the Harbourside Buyers'
 * Group") is the speaker of a quotation on the topic, ranked by description and topic together, whose role word
 * ("manager") stands in the quotation's sentence, the one before, or the speaker's roles, and whose words that
 * qualify it ("interior minister", "club secretary") stand there or elsewhere in the article.
 */
function describedOnTopic(
  kb: KnowledgeBase,
  description: string,
  topic: string,
  minCoverage: number,
): Match[] {
  const words = description.split(/\s+/).filter((word) => !ACRONYM.test(word));
  const heads = words.filter((word) => isRoleHead(word) || LEADER_WORDS.has(word.toLowerCase()));
  const modifiers = words.filter((word) => !isRoleHead(word) && ROLE_MODIFIERS.has(word.toLowerCase()));
  if (heads.length === 0) return [];
  const { quotes, passages } = kb.indexes;
  const about = findMatches(quotes, topic, {
    ...SEARCH_WEIGHTS.quotes,
    rarity: passages,
    minCoverage: Math.max(minCoverage, TOPIC_COVERAGE),
  });
  if (about.length === 0) return [];
  const ranked = findMatches(quotes, `${description} ${topic}`, {
    ...SEARCH_WEIGHTS.quotes,
    rarity: passages,
    minCoverage: 0,
    within: about.map((match) => match.id),
  });
  for (const match of ranked) {
    const fact = kb.fact(match.id);
    const speaker = fact?.quote?.speaker;
    if (!fact || !speaker) continue;
    const roleList = rolesAsked(who(kb, speaker)[0]?.person?.roles ?? [], description);
    // The words near a former holder's quotation describe whoever holds the role now: their roles must say it.
    if (asksFormer(description) && !holdsRoleWords(roleList, description)) continue;
    const roles = roleWordsOf(roleList);
    const leads = holdsLeadingRole(roleList.join('|'));
    const held = (word: string) =>
      roles.has(singular(word)) ||
      (leads && LEADER_WORDS.has(word.toLowerCase())) ||
      relatedRoleWord(word, roles);
    const near = (word: string) =>
      findMatches(quotes, word, { fields: ['sentence', 'context'], within: [match.id] }).length > 0;
    const at = parsePassageId(fact.passageId);
    const inArticle = (word: string) =>
      findMatches(passages, word).some((found) => parsePassageId(found.id)?.articleId === at?.articleId);
    if (!heads.every((word) => held(word) || near(word))) continue;
    // A leader by any title leads what the sentences just before their quotation name ("The Rail Workers
    // Union … Its general secretary, …"), not anything else the article names ("party").
    const byTitle = heads.every((word) => roles.has(singular(word)) || near(word));
    const before = at ? sentencesBefore(at.articleId, at.index) : [];
    const described = (word: string) =>
      held(word) || (byTitle ? inArticle(word) : findMatches(passages, word, { within: before }).length > 0);
    if (!modifiers.every(described)) continue;
    return onTopic(kb, findMatches(quotes, speaker, { fields: ['speaker'] }), topic, minCoverage);
  }
  return [];
}

/** How many sentences before a leader's quotation may name what they lead. */
const LED_WITHIN = 3;

/** The passage ids of a quotation's sentence and the `LED_WITHIN` before it. */
function sentencesBefore(articleId: string, index: number): string[] {
  const from = Math.max(0, index - LED_WITHIN);
  return Array.from({ length: index - from + 1 }, (_, k) => passageId(articleId, from + k));
}

/**
 * Words that describe whoever leads, by any title: "the union boss" is the union's general secretary, "the
 * party leader" its chairman (see `holdsLeadingRole`).
 */
const LEADER_WORDS = new Set(['boss', 'leader', 'head', 'chief']);

/** "CEO", "CFO": a role spelt out in the roles ("chief executive"), which `who` has matched already. */
const ACRONYM = /^\p{Lu}{2,}s?$/u;

/** "the former director", "the ex-treasurer" (read as "former"): one who held the role before. */
function asksFormer(description: string): boolean {
  return /\bformer\b/i.test(description);
}

/** The roles of a person that can answer a description: of a former holder, only the roles held before. */
function rolesAsked(roles: readonly string[], description: string): readonly string[] {
  return asksFormer(description) ? roles.filter((role) => holdsRoleIn(role.toLowerCase(), 'former')) : roles;
}

/**
 * Whether a person's roles name each role word of a description ("critic" of "the Bristol critic"): the
 * prime minister whose sentence names "dairy farmers" is not "the dairy farmers", whose association speaks.
 */
function holdsRoleWords(roles: readonly string[], description: string): boolean {
  const held = roleWordsOf(roles);
  return description
    .split(/\s+/)
    .filter((word) => isRoleHead(word) && !ACRONYM.test(word))
    .every((word) => held.has(singular(word)));
}

/** "lawyer" of a "general counsel", "physician" of a "doctor": a role word related to one of the roles' words. */
function relatedRoleWord(word: string, roles: ReadonlySet<string>): boolean {
  const stem = (w: string) => queryForms(w).at(-1);
  const related = new Set(relatedTerms(stem(word) ?? ''));
  return [...roles].some((role) => related.has(stem(role) ?? ''));
}

/** The words of a person's roles, each in the singular: "manager" of "site manager". */
function roleWordsOf(roles: readonly string[]): Set<string> {
  return new Set(roles.flatMap((role) => role.split(/[^\p{L}-]+/u)).map(singular));
}

function singular(word: string): string {
  return word.toLowerCase().replace(/s$/, '');
}
